import * as z from 'zod';
import {
  getMyEmailPreferences,
  putMyEmailPreferences,
  unsubscribe,
  unsubscribeStatus,
} from '../../app/digests/preferences.js';
import {
  listMySignals,
  publicSignals,
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
import { calendarRoutes } from './calendar.js';
import { deadlineRoutes } from './deadlines.js';

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
    description:
      "A page of the caller's own signals, newest signal date first, with optional filters. A user sees only signals addressed to them, for employers and employees they may see.",
    access: allowed(signalsUse),
    query: mySignalsQuerySchema,
    response: pageOf(signalSchema),
    successStatus: 200,
    handler: async ({ caller, query }, deps) => {
      const { limit, cursor, ...filter } = query;
      const page = await listMySignals(deps, caller, filter, { limit, ...(cursor ? { cursor } : {}) });
      return listOf({ ...page, items: await publicSignals(deps, page.items) }, (s) => s);
    },
  }),
  defineRoute({
    operationId: 'updateMySignal',
    method: 'PATCH',
    path: '/v1/me/signals/{signalId}',
    area,
    summary: 'Mark a signal read, or handled (records who and when, with an optional note)',
    description:
      "Marks one of the caller's signals read, or handled (who and when are recorded, with an optional note). Marking again changes nothing; a withdrawn signal is 409. Answers the signal.",
    access: allowed(signalsUse),
    params: pathOf('signalId'),
    body: signalPatchSchema,
    response: signalSchema,
    successStatus: 200,
    problems: { conflict: 'The signal was withdrawn (its event no longer exists), or it changed meanwhile.' },
    handler: async ({ caller, params, body }, deps) => ({
      status: 200,
      body: (await publicSignals(deps, [await updateMySignal(deps, caller, params.signalId, body)]))[0],
    }),
  }),
  defineRoute({
    operationId: 'readAllMySignals',
    method: 'POST',
    path: '/v1/me/signals/read-all',
    area,
    summary: "Mark all the caller's unread signals read",
    description:
      'Marks every unread signal of the caller read, and answers how many changed. Safe to repeat (the second call answers 0).',
    access: allowed(signalsUse),
    response: z
      .object({ updated: z.number().int().min(0).describe('Signals that were unread and are now read.') })
      .meta({ examples: [{ updated: 4 }] }),
    successStatus: 200,
    handler: async ({ caller }, deps) => ({ status: 200, body: await readAllMySignals(deps, caller) }),
  }),
  defineRoute({
    operationId: 'listCustomSignals',
    method: 'GET',
    path: base,
    area,
    summary: "An employee's custom signals (eigen signalen)",
    description: "A page of the employee's custom signals (eigen signalen), by id.",
    access: customAccess,
    params: employeePath,
    query: listQuerySchema,
    response: pageOf(customSignalSchema),
    successStatus: 200,
    problems: { productNotActive: true },
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
    description:
      'Records a custom signal on the employee: a reminder on a date, optionally repeating and with an expiry date. The users with `CUSTOM` in their settings get it like any other signal. The answer carries the id the API gave it.',
    access: customAccess,
    params: employeePath,
    body: customSignalBodySchema,
    response: customSignalSchema,
    successStatus: 201,
    problems: { productNotActive: true },
    handler: async ({ caller, params, body }, deps) =>
      resourceResult(await createCustomSignal(deps, caller, params.employerId, params.employeeId, body), 201),
  }),
  defineRoute({
    operationId: 'getCustomSignal',
    method: 'GET',
    path: `${base}/{customSignalId}`,
    area,
    summary: 'Read a custom signal',
    description: 'Answers the custom signal with its ETag; 404 when it does not exist for this employee.',
    access: customAccess,
    params: customPath,
    response: customSignalSchema,
    successStatus: 200,
    etag: true,
    problems: { productNotActive: true },
    handler: async ({ caller, params }, deps) => resourceResult(await getCustomSignal(deps, caller, params)),
  }),
  defineRoute({
    operationId: 'putCustomSignal',
    method: 'PUT',
    path: `${base}/{customSignalId}`,
    area,
    summary: 'Replace a custom signal',
    description:
      'Replaces the custom signal. Within seconds (the change is followed; at the latest at the next run) open signals for occurrences it no longer has are withdrawn, and those of new occurrences made.',
    access: customAccess,
    params: customPath,
    body: customSignalBodySchema,
    response: customSignalSchema,
    successStatus: 200,
    etag: true,
    problems: { productNotActive: true },
    handler: async ({ caller, params, body, headers }, deps) =>
      resourceResult(await putCustomSignal(deps, caller, params, body, preconditionOf(headers))),
  }),
  defineRoute({
    operationId: 'deleteCustomSignal',
    method: 'DELETE',
    path: `${base}/{customSignalId}`,
    area,
    summary: 'Delete a custom signal',
    description:
      'Deletes the custom signal; its open signals are withdrawn within seconds (the change is followed; at the latest at the next run). 404 when it does not exist.',
    access: customAccess,
    params: customPath,
    successStatus: 204,
    etag: true,
    problems: { productNotActive: true },
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
    description:
      "The caller's digest e-mail preferences; the defaults (every run, not paused) when never set.",
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
    description:
      "Sets how the caller's digest e-mail comes: one per run, or one a week on a weekday, or paused. Nothing is lost on a change: signals collected for a weekly digest go out with the next digest. The signal list is never affected.",
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
    description:
      "The page a digest's unsubscribe link opens: it names nothing and shows one button that posts the form. The GET itself changes nothing, so a link scanner cannot unsubscribe anyone. A bad or expired token is 400.",
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
    description:
      "Pauses the e-mail of the user the token names (RFC 8058 one-click: a mail client posts `List-Unsubscribe=One-Click`). Answers 204; the page's own form (`via=page`) is redirected back to the page (303). Safe to repeat. An altered, foreign, missing or expired token gets the same 400, which names nobody.",
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
  // The legal deadlines overview and the calendar feed are served by this area's function too.
  ...deadlineRoutes,
  ...calendarRoutes,
];
