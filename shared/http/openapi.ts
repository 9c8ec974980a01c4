import * as z from 'zod';
import { ROLES_NOTE, rolesTable } from '../app/roles.js';
import { problemsOf, problemTable, REQUEST_ID_HEADER } from './openapi-problems.js';
import { webhooksSection } from './openapi-webhooks.js';
import type { Route } from './route.js';
import { problemSchema } from './schemas/common.js';

const DOCUMENT_DESCRIPTION = `Signaleringen: HR signals for providers (accountancy firms) and employers, product 290 of the payroll platform.

Providers and employers choose which signals their users get (contract ends, notice deadlines, birthdays, state-pension age, sickness milestones under the Wet Poortwachter, custom reminders), how many days before the event, for which departments, and whether by e-mail. Evaluation runs at the moments each office chooses create the signals, put them in each user's signal list and send one digest e-mail per user.

**Authentication.** Every operation except the public ones takes \`Authorization: Bearer <JWT>\`. The token's \`user_type\` (platform, provider or employer), \`provider_id\`, \`employer_id\` and \`scope\` (the rights, space-separated) decide what the caller may do; the tenant in the path must agree with the token's.

**Who may do what.**

${rolesTable()}

${ROLES_NOTE} Each operation says which rights it takes.

**Errors** are \`application/problem+json\` (RFC 9457): \`type\`, \`title\`, \`status\`, \`detail\`, \`instance\`, and for a 400 the list of \`errors\`, each with the \`path\` of the field and what is wrong with it. Every problem with a request is reported at once, and nothing is written. Each operation lists only the problems it can answer, with their cause and an example; the \`Problem\` model lists every type with its cause and fix.

**Dates** are calendar dates in Europe/Amsterdam, \`YYYY-MM-DD\`; timestamps are ISO 8601 instants in UTC.

**Concurrency.** Resources that answer with an \`ETag\` take \`If-Match\` (write only over this version, else 412) and, on PUT, \`If-None-Match: *\` (create only).

**Lists** are pages: \`limit\` (1-100, default 50) and the \`nextCursor\` of the previous page as \`cursor\`; the last page has no \`nextCursor\`.`;

const jsonSchema = (schema: z.ZodType, io: 'input' | 'output') =>
  z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as Record<string, unknown>;

/**
 * A JSON body's media type object: the schema, with the first of its `examples` (from the zod
 * schema's `.meta()`) lifted to the media type's `example`, where readers and tools look for it.
 */
function jsonMedia(schema: z.ZodType, io: 'input' | 'output') {
  const { examples, ...rest } = jsonSchema(schema, io) as { examples?: unknown[] };
  return { schema: rest, ...(examples?.length ? { example: examples[0] } : {}) };
}

/** API Gateway's own answer when the stage's throttle holds a request back (deployed stages only). */
const THROTTLED = {
  description:
    "Too many requests: the deployed stage's throttle (per operation, from the stage config) held this one back; retry after a pause, with backoff. API Gateway answers it, not the API, so the body is not a problem document.",
  content: {
    'application/json': {
      schema: {
        type: 'object',
        properties: { message: { type: 'string', description: 'Always `Too Many Requests`.' } },
      },
      example: { message: 'Too Many Requests' },
    },
  },
};

const ETAG_HEADER = {
  description: "The resource's version, for `If-Match` on a later PUT or DELETE.",
  required: true,
  schema: { type: 'string' },
  example: '"3"',
};

const TENANT_NOTE =
  'A `providerId` or `employerId` in the path must be one the caller may address: a provider user reaches its own provider and its employers, an employer user its own employer. Anything else is 403, whatever the right.';

/** The Markdown paragraph on who may call an operation, from its access rule. */
function rightsOf(access: Route['access']): string {
  if (access.kind === 'public') return '**Access:** public, no token.';
  if (access.kind === 'authenticated') return '**Access:** any valid token.';
  const grants = access.grants.map((g) => {
    const rights = g.rights.map((r) => `\`${r}\``).join(' or ');
    const types = g.userTypes ? ` (${g.userTypes.join(', ')} users only)` : '';
    return `- ${rights}${types}${g.self ? ", for the caller itself only (the path's `userId` is the caller)" : ''}`;
  });
  return `**Rights:** a bearer token with one of:\n${grants.join('\n')}\n\n${TENANT_NOTE} A 403 names the right that is missing.`;
}

const HEADER_PARAMETERS = {
  ifMatch: {
    name: 'If-Match',
    in: 'header',
    required: false,
    // No example value: a sample request that a reader copies must not carry a version it does not have.
    description:
      'Write only if the resource still has this ETag: put here the `ETag` your last GET or PUT answered (e.g. `"3"`, quotes included); otherwise 412. Leave it out to write whatever the version. Protects against lost updates.',
    schema: { type: 'string' },
  },
  ifNoneMatch: {
    name: 'If-None-Match',
    in: 'header',
    required: false,
    description: '`*`: create only; 412 when the resource already exists.',
    schema: { type: 'string', enum: ['*'] },
  },
};

function parametersOf(route: Route) {
  const params: unknown[] = [];
  const add = (schema: z.ZodType | undefined, where: 'path' | 'query') => {
    if (!schema) return;
    const js = jsonSchema(schema, 'input') as {
      properties?: Record<string, { description?: string; example?: unknown }>;
      required?: string[];
    };
    for (const [name, { description, example, ...s }] of Object.entries(js.properties ?? {})) {
      params.push({
        name,
        in: where,
        required: where === 'path' || (js.required ?? []).includes(name),
        ...(description ? { description } : {}),
        schema: s,
        ...(example !== undefined ? { example } : {}),
      });
    }
  };
  add(route.params, 'path');
  add(route.query, 'query');
  if (route.etag) {
    params.push(HEADER_PARAMETERS.ifMatch);
    if (route.method === 'PUT') params.push(HEADER_PARAMETERS.ifNoneMatch);
  }
  return params;
}

/** The OpenAPI 3.1 document, generated from the routes table and the schemas that validate requests. */
export function openApiDocument(routes: readonly Route[]) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const problems = problemsOf(route);
    const success = {
      description: 'Success',
      headers: {
        'X-Request-Id': REQUEST_ID_HEADER,
        ...(route.etag && route.method !== 'DELETE' ? { ETag: ETAG_HEADER } : {}),
      },
      ...(route.mediaType
        ? { content: { [route.mediaType]: { schema: { type: 'string' } } } }
        : route.response
          ? { content: { 'application/json': jsonMedia(route.response, 'output') } }
          : {}),
    };
    const operation: Record<string, unknown> = {
      operationId: route.operationId,
      summary: route.summary,
      description: `${route.description}\n\n${rightsOf(route.access)}`,
      tags: [route.area],
      parameters: parametersOf(route),
      responses: {
        [String(route.successStatus)]: success,
        ...(route.redirects
          ? {
              '303': {
                description: 'See Other: continue at the page in Location',
                headers: {
                  Location: {
                    description: 'The page to show next.',
                    required: true,
                    schema: { type: 'string' },
                  },
                  'X-Request-Id': REQUEST_ID_HEADER,
                },
              },
            }
          : {}),
        ...(route.createdStatus
          ? { [String(route.createdStatus)]: { ...success, description: 'Created' } }
          : {}),
        ...(route.revalidates
          ? {
              '304': {
                description: 'Not Modified: `If-None-Match` holds the current ETag; no body.',
                headers: { ETag: ETAG_HEADER, 'X-Request-Id': REQUEST_ID_HEADER },
              },
            }
          : {}),
        ...problems,
        '429': THROTTLED,
      },
      security: route.access.kind === 'public' ? [] : [{ bearer: [] }],
    };
    if (route.access.kind === 'grants') {
      operation['x-rights'] = route.access.grants.map((g) => ({ rights: g.rights, self: g.self ?? false }));
    }
    if (route.body) {
      const media = jsonMedia(route.body, 'input');
      operation.requestBody = route.formBody
        ? {
            required: false,
            content: { 'application/x-www-form-urlencoded': media, 'application/json': media },
          }
        : { required: true, content: { 'application/json': media } };
    }
    paths[route.path] ??= {};
    paths[route.path]![route.method.toLowerCase()] = operation;
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Signals API',
      version: '1.0.0',
      description: DOCUMENT_DESCRIPTION,
      license: { name: 'Proprietary', identifier: 'LicenseRef-Proprietary' },
    },
    servers: [{ url: '/' }],
    paths,
    // What a provider's webhook endpoints receive (POST /v1/providers/{providerId}/webhooks).
    webhooks: webhooksSection(),
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      schemas: {
        Problem: {
          ...jsonSchema(problemSchema, 'output'),
          description: `A problem document (RFC 9457). Its \`type\` is one of these:\n\n${problemTable()}`,
        },
      },
    },
  };
}
