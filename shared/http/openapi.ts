import * as z from 'zod';
import type { Route } from './route.js';
import { problemSchema } from './schemas/common.js';

const PROBLEM_STATUSES: Record<string, string> = {
  '400': 'Validation failed (malformed JSON, or body, query or path invalid)',
  '401': 'Missing, invalid or expired token',
  '403': 'Missing right, or another tenant',
  '404': 'Not found in the caller tenant',
  '409': 'State conflict',
  '412': 'If-Match / If-None-Match does not hold',
  '413': 'Body over 256 KiB, or batch over 100 items',
  '415': 'Body is not application/json',
  '422': 'Well-formed but unusable',
  '500': 'Internal error',
  '503': 'Not ready yet (the local stack while it starts); try again shortly',
};

const jsonSchema = (schema: z.ZodType, io: 'input' | 'output') =>
  z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as Record<string, unknown>;

function parametersOf(route: Route) {
  const params: unknown[] = [];
  const add = (schema: z.ZodType | undefined, where: 'path' | 'query') => {
    if (!schema) return;
    const js = jsonSchema(schema, 'input') as { properties?: Record<string, unknown>; required?: string[] };
    for (const [name, s] of Object.entries(js.properties ?? {})) {
      params.push({
        name,
        in: where,
        required: where === 'path' || (js.required ?? []).includes(name),
        schema: s,
      });
    }
  };
  add(route.params, 'path');
  add(route.query, 'query');
  if (route.etag) {
    params.push({ name: 'If-Match', in: 'header', required: false, schema: { type: 'string' } });
    if (route.method === 'PUT') {
      params.push({
        name: 'If-None-Match',
        in: 'header',
        required: false,
        schema: { type: 'string', enum: ['*'] },
      });
    }
  }
  return params;
}

/** The OpenAPI 3.1 document, generated from the routes table and the schemas that validate requests. */
export function openApiDocument(routes: readonly Route[]) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const problems = Object.fromEntries(
      Object.entries(PROBLEM_STATUSES)
        .filter(([status]) =>
          status === '503'
            ? route.operationId === 'getHealth'
            : route.access.kind !== 'public' ||
              status === '500' ||
              // A public route with input can refuse it.
              (status === '400' && Boolean(route.params || route.query || route.body)),
        )
        .map(([status, description]) => [
          status,
          {
            description,
            content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
          },
        ]),
    );
    const success = {
      description: 'Success',
      ...(route.mediaType
        ? { content: { [route.mediaType]: { schema: { type: 'string' } } } }
        : route.response
          ? { content: { 'application/json': { schema: jsonSchema(route.response, 'output') } } }
          : {}),
    };
    const operation: Record<string, unknown> = {
      operationId: route.operationId,
      summary: route.summary,
      tags: [route.area],
      parameters: parametersOf(route),
      responses: {
        [String(route.successStatus)]: success,
        ...(route.redirects
          ? {
              '303': {
                description: 'See Other: continue at the page in Location',
                headers: { Location: { schema: { type: 'string' } } },
              },
            }
          : {}),
        ...(route.createdStatus
          ? { [String(route.createdStatus)]: { ...success, description: 'Created' } }
          : {}),
        ...problems,
      },
      security: route.access.kind === 'public' ? [] : [{ bearer: [] }],
    };
    if (route.access.kind === 'grants') {
      operation['x-rights'] = route.access.grants.map((g) => ({ rights: g.rights, self: g.self ?? false }));
    }
    if (route.body) {
      const schema = jsonSchema(route.body, 'input');
      operation.requestBody = route.formBody
        ? {
            required: false,
            content: { 'application/x-www-form-urlencoded': { schema }, 'application/json': { schema } },
          }
        : { required: true, content: { 'application/json': { schema } } };
    }
    paths[route.path] ??= {};
    paths[route.path]![route.method.toLowerCase()] = operation;
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Signals API',
      version: '1.0.0',
      description: 'Signaleringen: HR signals for providers and employers (product 290).',
    },
    servers: [{ url: '/' }],
    paths,
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      schemas: { Problem: jsonSchema(problemSchema, 'output') },
    },
  };
}
