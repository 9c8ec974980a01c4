import {
  deleteEmployerPolicy,
  getEmployerPolicy,
  getMySubstitutes,
  getProviderPolicy,
  putEmployerPolicy,
  putMySubstitutes,
  putProviderPolicy,
} from '../../app/escalation/escalation-service.js';
import { etagOf, noContent, preconditionOf } from '../handlers/resource.js';
import { defineRoute, type RouteResult } from '../route.js';
import { pathOf } from '../schemas/common.js';
import {
  escalationPolicyBodySchema,
  escalationPolicySchema,
  substitutesBodySchema,
  substitutesSchema,
} from '../schemas/escalation.js';
import { allowed, grants } from './access.js';

const area = 'settings' as const;
const { providerAdmin, employerAdmin, signalsUse } = grants;
const providerPath = pathOf('providerId');
const employerPath = pathOf('employerId');

const withEtag = (m: { version: number; body: unknown }): RouteResult => ({
  status: 200,
  headers: { etag: etagOf(m.version) },
  body: m.body,
});

const NAMED_USERS = 'A level names a user who is not an active user of the policy’s employer or provider.';

/** Who is told when a legal deadline nears unhandled, and who stands in for whom (API.md, "Legal deadlines"). */
export const escalationRoutes = [
  defineRoute({
    operationId: 'getProviderEscalationPolicy',
    method: 'GET',
    path: '/v1/providers/{providerId}/escalation-policy',
    area,
    summary: "A provider's escalation policy, or the platform default when it has none",
    description:
      "Whom an open legal deadline escalates to for the provider's employers (those without a policy of their own): the provider's own policy, or the platform default (5 days before to the employer's admins, 2 days before to the provider's users); `source` says which.",
    access: allowed(providerAdmin, signalsUse),
    params: providerPath,
    response: escalationPolicySchema,
    successStatus: 200,
    etag: true,
    handler: async ({ params }, deps) => withEtag(await getProviderPolicy(deps, params.providerId)),
  }),
  defineRoute({
    operationId: 'putProviderEscalationPolicy',
    method: 'PUT',
    path: '/v1/providers/{providerId}/escalation-policy',
    area,
    summary: "Set a provider's escalation policy (1 to 3 levels)",
    description:
      "Replaces the provider's escalation policy: 1 to 3 levels, farther first, each `{daysBeforeLegalDate, to}`; optionally only some legal types. Employers with a policy of their own keep theirs. Applies from the next run or change: levels fired before stay fired.",
    access: allowed(providerAdmin),
    params: providerPath,
    body: escalationPolicyBodySchema,
    response: escalationPolicySchema,
    successStatus: 200,
    etag: true,
    problems: { unprocessable: NAMED_USERS },
    handler: async ({ caller, params, body, headers }, deps) =>
      withEtag(await putProviderPolicy(deps, caller, params.providerId, body, preconditionOf(headers))),
  }),
  defineRoute({
    operationId: 'getEmployerEscalationPolicy',
    method: 'GET',
    path: '/v1/employers/{employerId}/escalation-policy',
    area,
    summary: "An employer's escalation policy: its own, its provider's, or the platform default",
    description:
      "Whom the employer's open legal deadlines escalate to: its own policy, its provider's, or the platform default (`source` says which).",
    access: allowed(providerAdmin, employerAdmin),
    params: employerPath,
    response: escalationPolicySchema,
    successStatus: 200,
    etag: true,
    handler: async ({ params }, deps) => withEtag(await getEmployerPolicy(deps, params.employerId)),
  }),
  defineRoute({
    operationId: 'putEmployerEscalationPolicy',
    method: 'PUT',
    path: '/v1/employers/{employerId}/escalation-policy',
    area,
    summary: "Set an employer's own escalation policy (its provider's no longer applies to it)",
    description:
      "Gives the employer an escalation policy of its own; named users are the employer's own users. Applies from the next run or change.",
    access: allowed(providerAdmin, employerAdmin),
    params: employerPath,
    body: escalationPolicyBodySchema,
    response: escalationPolicySchema,
    successStatus: 200,
    etag: true,
    problems: { unprocessable: NAMED_USERS },
    handler: async ({ caller, params, body, headers }, deps) =>
      withEtag(await putEmployerPolicy(deps, caller, params.employerId, body, preconditionOf(headers))),
  }),
  defineRoute({
    operationId: 'deleteEmployerEscalationPolicy',
    method: 'DELETE',
    path: '/v1/employers/{employerId}/escalation-policy',
    area,
    summary: "Return an employer to its provider's escalation policy",
    description:
      "Removes the employer's own policy: its provider's (or the platform default) applies again. Safe to repeat: an employer without one answers 204 too.",
    access: allowed(providerAdmin, employerAdmin),
    params: employerPath,
    successStatus: 204,
    etag: true,
    handler: async ({ params, headers }, deps) => {
      await deleteEmployerPolicy(deps, params.employerId, preconditionOf(headers));
      return noContent;
    },
  }),
  defineRoute({
    operationId: 'getMySubstitutes',
    method: 'GET',
    path: '/v1/me/substitutes',
    area,
    summary: "The caller's substitutes",
    description:
      'Who stands in for the caller, and when; an empty list when never set. Not for the platform account.',
    access: allowed(signalsUse),
    response: substitutesSchema,
    successStatus: 200,
    etag: true,
    handler: async ({ caller }, deps) => withEtag(await getMySubstitutes(deps, caller)),
  }),
  defineRoute({
    operationId: 'putMySubstitutes',
    method: 'PUT',
    path: '/v1/me/substitutes',
    area,
    summary: "Set the caller's substitutes (0 to 3, each with a period)",
    description:
      "Names up to three substitutes, each an active user of the caller's own employer (employer users) or provider (provider users), with a period. During it each new signal and escalation of the caller is copied to the substitute, marked `onBehalfOf`, where the substitute may see the employee. Substitution does not chain. Not for the platform account.",
    access: allowed(signalsUse),
    body: substitutesBodySchema,
    response: substitutesSchema,
    successStatus: 200,
    etag: true,
    problems: {
      unprocessable:
        'A substitute is the caller, is named twice, or is not an active user of the same employer or provider.',
    },
    handler: async ({ caller, body, headers }, deps) =>
      withEtag(await putMySubstitutes(deps, caller, body.substitutes, preconditionOf(headers))),
  }),
];
