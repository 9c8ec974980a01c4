import { previewTemplateOf } from '../../app/mail/preview-template.js';
import {
  deleteTemplate,
  effectiveTemplate,
  putTemplate,
  templateOwner,
} from '../../app/mail/template-service.js';
import { etagOf, noContent, preconditionOf } from '../handlers/resource.js';
import { defineRoute, type RouteResult } from '../route.js';
import { pathOf } from '../schemas/common.js';
import {
  effectiveTemplateSchema,
  templatePreviewBodySchema,
  templatePreviewSchema,
  templatePutBodySchema,
  withoutReadOnly,
} from '../schemas/templates.js';
import { allowed, grants } from './access.js';

const area = 'templates' as const;

const TEMPLATE_UNUSABLE =
  'The template does not compile, uses a variable or helper not documented, puts a line break in a header, or has a sender domain the deployment does not allow: `errors` names each.';
const { providerAdmin, employerAdmin } = grants;

const templateResult = (e: Awaited<ReturnType<typeof effectiveTemplate>>): RouteResult => ({
  status: 200,
  headers: { etag: etagOf(e.stored?.version ?? 0) },
  body: {
    ...e.template,
    source: e.source,
    updatedAt: e.stored?.updatedAt ?? null,
    updatedBy: e.stored?.updatedBy ?? null,
  },
});

export const templateRoutes = (['provider', 'employer'] as const).flatMap((level) => {
  const path =
    level === 'provider'
      ? '/v1/providers/{providerId}/email-template'
      : '/v1/employers/{employerId}/email-template';
  const params = level === 'provider' ? pathOf('providerId') : pathOf('employerId');
  const access = level === 'provider' ? allowed(providerAdmin) : allowed(providerAdmin, employerAdmin);
  const ids =
    level === 'provider'
      ? {
          get: 'getProviderEmailTemplate',
          put: 'putProviderEmailTemplate',
          delete: 'deleteProviderEmailTemplate',
          preview: 'previewProviderEmailTemplate',
        }
      : {
          get: 'getEmployerEmailTemplate',
          put: 'putEmployerEmailTemplate',
          delete: 'deleteEmployerEmailTemplate',
          preview: 'previewEmployerEmailTemplate',
        };
  const routes = [
    defineRoute({
      operationId: ids.get,
      method: 'GET',
      path,
      area,
      summary: `The effective e-mail template at ${level} level, with its source`,
      description: `The template the ${level}'s digests use: ${level === 'employer' ? "the employer's own, else its provider's, else the platform default" : "the provider's own, else the platform default"} (\`source\` says which). Answers with an ETag for a later PUT or DELETE.`,
      access,
      params,
      response: effectiveTemplateSchema,
      successStatus: 200,
      etag: true,
      handler: async ({ params: p }, deps) =>
        templateResult(await effectiveTemplate(deps, await templateOwner(deps, p))),
    }),
    defineRoute({
      operationId: ids.put,
      method: 'PUT',
      path,
      area,
      summary: `Set the ${level}'s e-mail text and sender (checked when saved)`,
      description: `Saves the ${level}'s own template. It is checked when saved: every Handlebars template must compile (the whole parse error is given), only known variables may be used, and the sender's domain must be a verified sender domain. The body of a GET can be sent back as it is: the read-only fields are ignored. Answers the effective template.`,
      access,
      params,
      body: templatePutBodySchema,
      response: effectiveTemplateSchema,
      successStatus: 200,
      etag: true,
      problems: { unprocessable: TEMPLATE_UNUSABLE },
      handler: async ({ caller, params: p, body, headers }, deps) => {
        const owner = await templateOwner(deps, p);
        await putTemplate(deps, caller, owner, body, preconditionOf(headers));
        return templateResult(await effectiveTemplate(deps, owner));
      },
    }),
    defineRoute({
      operationId: ids.delete,
      method: 'DELETE',
      path,
      area,
      summary: `Remove the ${level}'s own template (falls back to the level above)`,
      description: `Removes the ${level}'s own template; its digests use the ${level === 'employer' ? "provider's template, or the platform default" : 'platform default'} again. 404 when it has none.`,
      access,
      params,
      successStatus: 204,
      etag: true,
      handler: async ({ params: p, headers }, deps) => {
        await deleteTemplate(deps, await templateOwner(deps, p), preconditionOf(headers));
        return noContent;
      },
    }),
  ];
  routes.push(
    defineRoute({
      operationId: ids.preview,
      method: 'POST',
      path: `${path}/preview`,
      area,
      summary: `Render the ${level}'s effective (or a candidate) template with sample signals; sends nothing`,
      description: `Renders the ${level}'s effective template, or the \`template\` given, with sample signals in the chosen language, exactly as a digest would be rendered. Saves nothing and sends nothing. A GET body may go back as the candidate as it is (its read-only fields are ignored); a candidate that does not compile or uses an unknown variable is 422 with the parse error.`,
      access,
      params,
      body: templatePreviewBodySchema,
      response: templatePreviewSchema,
      successStatus: 200,
      problems: { unprocessable: TEMPLATE_UNUSABLE },
      handler: async ({ params: p, body }, deps) => ({
        status: 200,
        body: await previewTemplateOf(deps, p, {
          locale: body.locale,
          template: body.template && withoutReadOnly(body.template),
        }),
      }),
    }),
  );
  return routes;
});
