import * as z from 'zod';
import type { Stored } from '../../app/resource-store.js';
import { previewUserSignals } from '../../app/settings/preview-signals.js';
import { getProviderDefault, putProviderDefault } from '../../app/settings/provider-defaults.js';
import {
  activateSignalSet,
  createSignalSet,
  deleteSignalSet,
  getSignalSet,
  listSignalSets,
  putSignalSet,
  reapplySignalSet,
  selectSignalSet,
} from '../../app/settings/signal-sets.js';
import {
  deleteUserSettings,
  employerUserRef,
  getEffectiveSettings,
  putUserSettings,
  userRefFor,
} from '../../app/settings/user-settings-service.js';
import { listSignalTypes } from '../handlers/catalogue.js';
import { etagOf, listResult, noContent, preconditionOf, resourceResult } from '../handlers/resource.js';
import { defineRoute, type RouteResult } from '../route.js';
import { signalTypeSchema } from '../schemas/catalogue.js';
import { listQuerySchema, pageOf, pathOf } from '../schemas/common.js';
import { previewBodySchema, previewSchema } from '../schemas/preview.js';
import {
  effectiveSettingsSchema,
  employerUserSettingsBodySchema,
  providerDefaultBodySchema,
  providerDefaultSchema,
  providerUserSettingsBodySchema,
  reapplyResultSchema,
  selectSetBodySchema,
  signalSetBodySchema,
  signalSetSchema,
} from '../schemas/settings.js';
import { allowed, grants } from './access.js';
import { escalationRoutes } from './escalation.js';
import { momentRoutes } from './moments.js';
import { ruleVersionRoutes } from './rule-versions.js';
import { webhookRoutes } from './webhooks.js';

const area = 'settings' as const;

/** An employer-level call: 409 when the employer has no product 290. */
const PRODUCT_290 = { productNotActive: true } as const;

/** Catch-up, said where a reader meets its effect. */
const CATCH_UP =
  'A run makes a signal from its signal date (the event date less `daysBefore`) until `catchUpDays` (7 by default, per deployment) after the event, so a missed run is caught up; an event further past than that gets no signal.';
const { providerAdmin, employerAdmin, signalsUse, self } = grants;

const providerPath = pathOf('providerId');
const providerUserPath = pathOf('providerId', 'userId');
const employerUserPath = pathOf('employerId', 'userId');
const setPath = pathOf('providerId', 'setId');

const settingsResult = (s: { version: number; body: unknown }, status = 200): RouteResult => ({
  status,
  headers: { etag: etagOf(s.version) },
  body: s.body,
});
/** A signal set answers its version in the body too: it is what users' `appliedVersion` refers to. */
const setResult = (stored: Stored<object>, status = 200) =>
  resourceResult(stored, status, { version: stored.version });

/** `a provider`, `an employer`. */
const article = (audience: 'provider' | 'employer') =>
  audience === 'employer' ? 'an employer' : 'a provider';

export const settingsRoutes = [
  defineRoute({
    operationId: 'listSignalTypes',
    method: 'GET',
    path: '/v1/signal-types',
    area,
    summary: 'The signal catalogue',
    description:
      'The signal catalogue: every signal type with its names, when it signals, which users may get it, and its default offsets. The same for every tenant.',
    access: { kind: 'authenticated' },
    response: z
      .object({ items: z.array(signalTypeSchema).describe('Every signal type, in catalogue order.') })
      .meta({ examples: [{ items: z.globalRegistry.get(signalTypeSchema)?.examples ?? [] }] }),
    successStatus: 200,
    handler: listSignalTypes,
  }),
  defineRoute({
    operationId: 'getProviderDefaultSettings',
    method: 'GET',
    path: '/v1/providers/{providerId}/signal-settings',
    area,
    summary: 'The provider default settings ("Signaal AK")',
    description:
      'The provider default ("Signaal AK"): the signals every provider user without settings of their own gets. An empty list when it was never set.',
    access: allowed(providerAdmin, signalsUse),
    params: providerPath,
    response: providerDefaultSchema,
    successStatus: 200,
    etag: true,
    handler: async ({ params }, deps) => {
      const stored = await getProviderDefault(deps, params.providerId);
      return stored
        ? resourceResult(stored)
        : { status: 200, headers: { etag: etagOf(0) }, body: { providerId: params.providerId, signals: [] } };
    },
  }),
  defineRoute({
    operationId: 'putProviderDefaultSettings',
    method: 'PUT',
    path: '/v1/providers/{providerId}/signal-settings',
    area,
    summary: 'Set the provider default settings',
    description:
      "Replaces the provider default. Each signal type at most once, provider types only, `departmentsOnly` not allowed; every problem is reported at once. It applies to every user without settings of their own (mode `providerDefault`): the provider's users and the users of its employers alike. Signals it makes due are made within seconds (the change is followed) or at the next run.",
    access: allowed(providerAdmin),
    params: providerPath,
    body: providerDefaultBodySchema,
    response: providerDefaultSchema,
    successStatus: 200,
    etag: true,
    handler: async ({ caller, params, body, headers }, deps) => {
      const { stored } = await putProviderDefault(
        deps,
        caller,
        params.providerId,
        body.signals,
        preconditionOf(headers),
      );
      return resourceResult(stored);
    },
  }),
  ...(['provider', 'employer'] as const).flatMap((audience) => {
    const path =
      audience === 'provider'
        ? '/v1/providers/{providerId}/users/{userId}/signal-settings'
        : '/v1/employers/{employerId}/users/{userId}/signal-settings';
    const params = audience === 'provider' ? providerUserPath : employerUserPath;
    const ids =
      audience === 'provider'
        ? {
            get: 'getProviderUserSignalSettings',
            put: 'putProviderUserSignalSettings',
            delete: 'deleteProviderUserSignalSettings',
          }
        : {
            get: 'getEmployerUserSignalSettings',
            put: 'putEmployerUserSignalSettings',
            delete: 'deleteEmployerUserSignalSettings',
          };
    const writers = audience === 'provider' ? [providerAdmin] : [providerAdmin, employerAdmin];
    const employerLevel = audience === 'employer' ? { problems: PRODUCT_290 } : {};
    return [
      defineRoute({
        operationId: ids.get,
        method: 'GET',
        path,
        area,
        summary: `The effective settings of ${article(audience)} user, with their source`,
        description: `The signals the ${audience} user gets now, and where each setting comes from: the user's own (\`custom\`), an explicit opt-out (\`none\`), ${audience === 'employer' ? 'a signal set copied onto the user, ' : ''}or the provider default. Answers with an ETag for a later PUT or DELETE.`,
        access: allowed(...writers, ...(audience === 'employer' ? [self] : [])),
        params,
        response: effectiveSettingsSchema,
        successStatus: 200,
        etag: true,
        ...employerLevel,
        handler: async ({ params: p }, deps) =>
          settingsResult(await getEffectiveSettings(deps, await userRefFor(deps, p))),
      }),
      defineRoute({
        operationId: ids.put,
        method: 'PUT',
        path,
        area,
        summary: `Set ${article(audience)} user's own settings: custom, or none (an explicit opt-out)`,
        description: `Replaces the user's own settings: \`custom\` with a list of ${audience} signal types (each at most once${audience === 'employer' ? "; `departmentsOnly` limits a type to the user's departments" : ''}), or \`none\`, an explicit opt-out that the provider default does not override. Every problem in the list is reported at once. Signals already made are not withdrawn by a settings change; a type or offset added is caught up by the next run or change for events up to \`catchUpDays\` past. Answers the effective settings.`,
        access: allowed(...writers),
        params,
        body: audience === 'provider' ? providerUserSettingsBodySchema : employerUserSettingsBodySchema,
        response: effectiveSettingsSchema,
        successStatus: 200,
        etag: true,
        ...employerLevel,
        handler: async ({ caller, params: p, body, headers }, deps) =>
          settingsResult(
            await putUserSettings(deps, caller, await userRefFor(deps, p), body, preconditionOf(headers)),
          ),
      }),
      defineRoute({
        operationId: ids.delete,
        method: 'DELETE',
        path,
        area,
        summary: `Return ${article(audience)} user to the provider default`,
        description:
          "Removes the user's own settings, so the provider default applies again: signals it makes due are made within seconds (the change is followed) or at the next run. Signals already made are kept.",
        access: allowed(...writers),
        params,
        successStatus: 204,
        etag: true,
        ...employerLevel,
        handler: async ({ caller, params: p, headers }, deps) => {
          await deleteUserSettings(deps, caller, await userRefFor(deps, p), preconditionOf(headers));
          return noContent;
        },
      }),
    ];
  }),

  // Signal sets
  defineRoute({
    operationId: 'listSignalSets',
    method: 'GET',
    path: '/v1/providers/{providerId}/signal-sets',
    area,
    summary: "List a provider's signal sets",
    description:
      "A page of the provider's signal sets, by id. A signal set is a named list of employer signal settings that employer users can be given.",
    access: allowed(providerAdmin),
    params: providerPath,
    query: listQuerySchema,
    response: pageOf(signalSetSchema),
    successStatus: 200,
    handler: async ({ params, query }, deps) =>
      listResult(await listSignalSets(deps, params.providerId, query), (s) => ({ version: s.version })),
  }),
  defineRoute({
    operationId: 'createSignalSet',
    method: 'POST',
    path: '/v1/providers/{providerId}/signal-sets',
    area,
    summary: 'Create a signal set',
    description:
      'Creates a signal set at version 1 with an id the API gives (in the answer). Employer signal types only, each at most once.',
    access: allowed(providerAdmin),
    params: providerPath,
    body: signalSetBodySchema,
    response: signalSetSchema,
    successStatus: 201,
    handler: async ({ caller, params, body }, deps) => {
      const { stored } = await createSignalSet(deps, caller, params.providerId, body);
      return setResult(stored, 201);
    },
  }),
  defineRoute({
    operationId: 'getSignalSet',
    method: 'GET',
    path: '/v1/providers/{providerId}/signal-sets/{setId}',
    area,
    summary: 'Read a signal set',
    description: 'Answers the signal set with its current version and its ETag.',
    access: allowed(providerAdmin),
    params: setPath,
    response: signalSetSchema,
    successStatus: 200,
    etag: true,
    handler: async ({ params }, deps) => setResult(await getSignalSet(deps, params.providerId, params.setId)),
  }),
  defineRoute({
    operationId: 'putSignalSet',
    method: 'PUT',
    path: '/v1/providers/{providerId}/signal-sets/{setId}',
    area,
    summary: 'Replace a signal set (raises its version)',
    description:
      'Replaces the signal set and raises its version by one. Users that activated an older version keep their copy (it shows `outdated`) until the set is reapplied.',
    access: allowed(providerAdmin),
    params: setPath,
    body: signalSetBodySchema,
    response: signalSetSchema,
    successStatus: 200,
    etag: true,
    handler: async ({ caller, params, body, headers }, deps) => {
      await getSignalSet(deps, params.providerId, params.setId);
      const { stored } = await putSignalSet(
        deps,
        caller,
        params.providerId,
        params.setId,
        body,
        preconditionOf(headers),
      );
      return setResult(stored);
    },
  }),
  defineRoute({
    operationId: 'deleteSignalSet',
    method: 'DELETE',
    path: '/v1/providers/{providerId}/signal-sets/{setId}',
    area,
    summary: 'Delete a signal set no user has selected',
    description:
      'Deletes the signal set. A set that some user has selected cannot be deleted (409): select another set for them first.',
    access: allowed(providerAdmin),
    params: setPath,
    successStatus: 204,
    etag: true,
    problems: { conflict: 'The set is selected by employer users: select another set for them first.' },
    handler: async ({ params, headers }, deps) => {
      await deleteSignalSet(deps, params.providerId, params.setId, preconditionOf(headers));
      return noContent;
    },
  }),
  defineRoute({
    operationId: 'reapplySignalSet',
    method: 'POST',
    path: '/v1/providers/{providerId}/signal-sets/{setId}/reapply',
    area,
    summary: 'Copy the current version onto every user that activated an older one',
    description:
      'Copies the current version of the set onto every user who activated an older version of it, and answers how many were updated. Safe to repeat: users already on the current version are not touched.',
    access: allowed(providerAdmin),
    params: setPath,
    response: reapplyResultSchema,
    successStatus: 200,
    handler: async ({ caller, params }, deps) => ({
      status: 200,
      body: await reapplySignalSet(deps, caller, params.providerId, params.setId),
    }),
  }),
  defineRoute({
    operationId: 'selectSignalSet',
    method: 'PUT',
    path: '/v1/employers/{employerId}/users/{userId}/signal-set',
    area,
    summary: 'Select and save a signal set for an employer user (activate applies it)',
    description:
      "Saves which signal set the employer user has selected. It changes nothing yet: activate copies it onto the user's settings. Answers the effective settings.",
    access: allowed(providerAdmin, employerAdmin),
    params: employerUserPath,
    body: selectSetBodySchema,
    response: effectiveSettingsSchema,
    successStatus: 200,
    problems: PRODUCT_290,
    handler: async ({ caller, params, body }, deps) => {
      const user = await employerUserRef(deps, params);
      return settingsResult(await selectSignalSet(deps, caller, user, body.setId));
    },
  }),
  defineRoute({
    operationId: 'activateSignalSet',
    method: 'POST',
    path: '/v1/employers/{employerId}/users/{userId}/signal-set/activate',
    area,
    summary: "Copy the selected set onto the user's settings",
    description:
      "Copies the selected set's current signals onto the user's own settings (mode `custom`, source `signalSet`). 400 when no set is selected. Answers the effective settings.",
    access: allowed(providerAdmin, employerAdmin),
    params: employerUserPath,
    response: effectiveSettingsSchema,
    successStatus: 200,
    problems: PRODUCT_290,
    handler: async ({ caller, params }, deps) => {
      const user = await employerUserRef(deps, params);
      return settingsResult(await activateSignalSet(deps, caller, user));
    },
  }),
  defineRoute({
    operationId: 'previewSignals',
    method: 'POST',
    path: '/v1/employers/{employerId}/users/{userId}/signal-preview',
    area,
    summary: 'The signals the user would get per run date over the coming days; writes nothing',
    description: `The signals the user would get on each run date from \`from\` over \`days\` days, with the user's effective settings or the \`settings\` given: the same rules as a run, on today's data, assuming one run a day from \`from\` and nothing made before it. ${CATCH_UP} With \`ruleSet: proposed\` the proposed law applies (a what-if), and each item that differs from the law in force says how. Writes nothing and sends nothing.`,
    access: allowed(providerAdmin, employerAdmin, self),
    params: employerUserPath,
    body: previewBodySchema,
    response: previewSchema,
    successStatus: 200,
    problems: PRODUCT_290,
    handler: async ({ params, body }, deps) => {
      const user = await employerUserRef(deps, params);
      return { status: 200, body: { items: await previewUserSignals(deps, user, body) } };
    },
  }),
  ...momentRoutes,
  ...escalationRoutes,
  ...webhookRoutes,
  ...ruleVersionRoutes,
];
