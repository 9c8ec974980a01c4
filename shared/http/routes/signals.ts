import * as z from 'zod';
import {
  getMyEmailPreferences,
  putMyEmailPreferences,
  unsubscribe,
  unsubscribeStatus,
} from '../../app/mail/email-preferences-service.js';
import {
  listMySignals,
  publicSignal,
  readAllMySignals,
  updateMySignal,
} from '../../app/pipeline/signal-list-service.js';
import {
  createCustomSignal,
  deleteCustomSignal,
  getCustomSignal,
  listCustomSignals,
  putCustomSignal,
} from '../../app/settings/custom-signal-service.js';
import { listOf, listResult, noContent, preconditionOf, resourceResult } from '../handlers/resource.js';
import { defineRoute } from '../route.js';
import { listQuerySchema, pageOf, pathOf } from '../schemas/common.js';
import { customSignalBodySchema, customSignalSchema } from '../schemas/settings.js';
import {
  emailPreferencesBodySchema,
  emailPreferencesSchema,
  mySignalsQuerySchema,
  signalPatchSchema,
  signalSchema,
  unsubscribeBodySchema,
  unsubscribeQuerySchema,
} from '../schemas/signals.js';
import { UNSUBSCRIBE_PAGE_CSP, unsubscribePage } from '../unsubscribe-page.js';
import { allowed, grants } from './access.js';

const area = 'signals' as const;
const { providerAdmin, employerAdmin, signalsUse } = grants;
const customAccess = allowed(signalsUse, employerAdmin, providerAdmin);
const employeePath = pathOf('employerId', 'employeeId');
const customPath = pathOf('employerId', 'employeeId', 'customSignalId');
const base = '/v1/employers/{employerId}/employees/{employeeId}/custom-signals';

export const signalRoutes = [
  defineRoute({
    operationId: 'listMySignals',
    method: 'GET',
    path: '/v1/me/signals',
    area,
    summary: "The caller's signals, newest signal date first",
    access: allowed(signalsUse),
    query: mySignalsQuerySchema,
    response: pageOf(signalSchema),
    successStatus: 200,
    handler: async ({ caller, query }, deps) => {
      const { limit, cursor, ...filter } = query;
      const page = await listMySignals(deps, caller, filter, { limit, ...(cursor ? { cursor } : {}) });
      return listOf(page, publicSignal);
    },
  }),
  defineRoute({
    operationId: 'updateMySignal',
    method: 'PATCH',
    path: '/v1/me/signals/{signalId}',
    area,
    summary: 'Mark a signal read, or handled (records who and when, with an optional note)',
    access: allowed(signalsUse),
    params: pathOf('signalId'),
    body: signalPatchSchema,
    response: signalSchema,
    successStatus: 200,
    handler: async ({ caller, params, body }, deps) => ({
      status: 200,
      body: publicSignal(await updateMySignal(deps, caller, params.signalId, body)),
    }),
  }),
  defineRoute({
    operationId: 'readAllMySignals',
    method: 'POST',
    path: '/v1/me/signals/read-all',
    area,
    summary: "Mark all the caller's unread signals read",
    access: allowed(signalsUse),
    response: z.object({ updated: z.number().int().min(0) }),
    successStatus: 200,
    handler: async ({ caller }, deps) => ({ status: 200, body: await readAllMySignals(deps, caller) }),
  }),
  defineRoute({
    operationId: 'listCustomSignals',
    method: 'GET',
    path: base,
    area,
    summary: "An employee's custom signals (eigen signalen)",
    access: customAccess,
    params: employeePath,
    query: listQuerySchema,
    response: pageOf(customSignalSchema),
    successStatus: 200,
    handler: async ({ caller, params, query }, deps) => {
      return listResult(await listCustomSignals(deps, caller, params.employerId, params.employeeId, query));
    },
  }),
  defineRoute({
    operationId: 'createCustomSignal',
    method: 'POST',
    path: base,
    area,
    summary: 'Record a custom signal on an employee',
    access: customAccess,
    params: employeePath,
    body: customSignalBodySchema,
    response: customSignalSchema,
    successStatus: 201,
    handler: async ({ caller, params, body }, deps) =>
      resourceResult(await createCustomSignal(deps, caller, params.employerId, params.employeeId, body), 201),
  }),
  defineRoute({
    operationId: 'getCustomSignal',
    method: 'GET',
    path: `${base}/{customSignalId}`,
    area,
    summary: 'Read a custom signal',
    access: customAccess,
    params: customPath,
    response: customSignalSchema,
    successStatus: 200,
    etag: true,
    handler: async ({ caller, params }, deps) => resourceResult(await getCustomSignal(deps, caller, params)),
  }),
  defineRoute({
    operationId: 'putCustomSignal',
    method: 'PUT',
    path: `${base}/{customSignalId}`,
    area,
    summary: 'Replace a custom signal',
    access: customAccess,
    params: customPath,
    body: customSignalBodySchema,
    response: customSignalSchema,
    successStatus: 200,
    etag: true,
    handler: async ({ caller, params, body, headers }, deps) =>
      resourceResult(await putCustomSignal(deps, caller, params, body, preconditionOf(headers))),
  }),
  defineRoute({
    operationId: 'deleteCustomSignal',
    method: 'DELETE',
    path: `${base}/{customSignalId}`,
    area,
    summary: 'Delete a custom signal',
    access: customAccess,
    params: customPath,
    successStatus: 204,
    etag: true,
    handler: async ({ caller, params, headers }, deps) => {
      await deleteCustomSignal(deps, caller, params, preconditionOf(headers));
      return noContent;
    },
  }),
  defineRoute({
    operationId: 'getMyEmailPreferences',
    method: 'GET',
    path: '/v1/me/email-preferences',
    area,
    summary: "The caller's e-mail preferences: digest cadence and pause",
    access: allowed(signalsUse),
    response: emailPreferencesSchema,
    successStatus: 200,
    handler: async ({ caller }, deps) => ({ status: 200, body: await getMyEmailPreferences(deps, caller) }),
  }),
  defineRoute({
    operationId: 'putMyEmailPreferences',
    method: 'PUT',
    path: '/v1/me/email-preferences',
    area,
    summary: "Set the caller's e-mail preferences (every run or weekly on a weekday; paused)",
    access: allowed(signalsUse),
    body: emailPreferencesBodySchema,
    response: emailPreferencesSchema,
    successStatus: 200,
    handler: async ({ caller, body }, deps) => ({
      status: 200,
      body: await putMyEmailPreferences(deps, caller, body),
    }),
  }),
  defineRoute({
    operationId: 'unsubscribePage',
    method: 'GET',
    path: '/v1/email/unsubscribe',
    area,
    summary: "The unsubscribe page a digest's footer links to (a button; the GET itself changes nothing)",
    access: { kind: 'public' },
    query: unsubscribeQuerySchema,
    mediaType: 'text/html',
    successStatus: 200,
    handler: async ({ query }, deps) => ({
      status: 200,
      body: unsubscribePage(query.token, (await unsubscribeStatus(deps, query.token)).paused),
      headers: { 'content-security-policy': UNSUBSCRIBE_PAGE_CSP, 'cache-control': 'no-store' },
    }),
  }),
  defineRoute({
    operationId: 'unsubscribe',
    method: 'POST',
    path: '/v1/email/unsubscribe',
    area,
    summary:
      "One-click unsubscribe (RFC 8058): pauses the e-mail of the user the token names; the page's form is redirected back to it (303)",
    access: { kind: 'public' },
    query: unsubscribeQuerySchema,
    body: unsubscribeBodySchema,
    formBody: true,
    redirects: true,
    successStatus: 204,
    handler: async ({ query, body }, deps) => {
      await unsubscribe(deps, query.token);
      if (body?.via === 'page') {
        return {
          status: 303,
          headers: { location: `/v1/email/unsubscribe?token=${encodeURIComponent(query.token)}` },
        };
      }
      return noContent;
    },
  }),
];
