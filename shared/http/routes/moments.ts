import {
  deleteEmployerMoments,
  getEmployerMoments,
  getProviderMoments,
  putEmployerMoments,
  putProviderMoments,
} from '../../app/moments/moments-service.js';
import { etagOf, noContent, preconditionOf } from '../handlers/resource.js';
import { defineRoute, type RouteResult } from '../route.js';
import { pathOf } from '../schemas/common.js';
import { momentsBodySchema, momentsSchema } from '../schemas/moments.js';
import { allowed, grants } from './access.js';

const area = 'settings' as const;
const { providerAdmin, employerAdmin, signalsUse } = grants;
const providerPath = pathOf('providerId');
const employerPath = pathOf('employerId');

const momentsResult = (m: { version: number; body: unknown }): RouteResult => ({
  status: 200,
  headers: { etag: etagOf(m.version) },
  body: m.body,
});

/** When evaluation runs, per provider and per employer (API.md, "Moments"). */
export const momentRoutes = [
  defineRoute({
    operationId: 'getProviderMoments',
    method: 'GET',
    path: '/v1/providers/{providerId}/moments',
    area,
    summary: "A provider's evaluation moments, or the platform's when it has none",
    description:
      "The moments at which the provider's employers are evaluated: the provider's own, or the platform's when it has none (`source` says which).",
    access: allowed(providerAdmin, signalsUse),
    params: providerPath,
    response: momentsSchema,
    successStatus: 200,
    etag: true,
    handler: async ({ params }, deps) => momentsResult(await getProviderMoments(deps, params.providerId)),
  }),
  defineRoute({
    operationId: 'putProviderMoments',
    method: 'PUT',
    path: '/v1/providers/{providerId}/moments',
    area,
    summary: "Set a provider's evaluation moments (1 to 4)",
    description:
      "Replaces the provider's moments (1 to 4, each a time of day, weekdays and a time zone) and the schedules that run them. Employers with moments of their own keep theirs. A schedule that could not be updated now is repaired by the hourly reconcile; the moments are stored either way.",
    access: allowed(providerAdmin),
    params: providerPath,
    body: momentsBodySchema,
    response: momentsSchema,
    successStatus: 200,
    etag: true,
    handler: async ({ caller, params, body, headers }, deps) =>
      momentsResult(
        await putProviderMoments(deps, caller, params.providerId, body.moments, preconditionOf(headers)),
      ),
  }),
  defineRoute({
    operationId: 'getEmployerMoments',
    method: 'GET',
    path: '/v1/employers/{employerId}/moments',
    area,
    summary: "An employer's evaluation moments: its own, its provider's, or the platform's",
    description:
      "The moments at which the employer is evaluated: its own, its provider's, or the platform's (`source` says which).",
    access: allowed(providerAdmin, employerAdmin),
    params: employerPath,
    response: momentsSchema,
    successStatus: 200,
    etag: true,
    handler: async ({ params }, deps) => momentsResult(await getEmployerMoments(deps, params.employerId)),
  }),
  defineRoute({
    operationId: 'putEmployerMoments',
    method: 'PUT',
    path: '/v1/employers/{employerId}/moments',
    area,
    summary: "Set an employer's own evaluation moments (its provider's no longer apply to it)",
    description:
      "Gives the employer moments of its own (1 to 4), with their schedules; its provider's moments no longer apply to it.",
    access: allowed(providerAdmin, employerAdmin),
    params: employerPath,
    body: momentsBodySchema,
    response: momentsSchema,
    successStatus: 200,
    etag: true,
    handler: async ({ caller, params, body, headers }, deps) =>
      momentsResult(
        await putEmployerMoments(deps, caller, params.employerId, body.moments, preconditionOf(headers)),
      ),
  }),
  defineRoute({
    operationId: 'deleteEmployerMoments',
    method: 'DELETE',
    path: '/v1/employers/{employerId}/moments',
    area,
    summary: "Return an employer to its provider's moments",
    description:
      "Removes the employer's own moments and their schedules: it is evaluated at its provider's moments again. Safe to repeat: an employer without moments of its own answers 204 too.",
    access: allowed(providerAdmin, employerAdmin),
    params: employerPath,
    successStatus: 204,
    etag: true,
    handler: async ({ params, headers }, deps) => {
      await deleteEmployerMoments(deps, params.employerId, preconditionOf(headers));
      return noContent;
    },
  }),
];
