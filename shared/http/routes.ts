import * as z from 'zod';
import { DOCS_CSP, DOCS_PAGE, docsScript } from './docs.js';
import { health } from './handlers/operations.js';
import { openApiDocument } from './openapi.js';
import { defineRoute, type Route } from './route.js';
import { directoryRoutes } from './routes/directory.js';
import { operationRoutes } from './routes/operations.js';
import { settingsRoutes } from './routes/settings.js';
import { signalRoutes } from './routes/signals.js';
import { templateRoutes } from './routes/templates.js';

let document: ReturnType<typeof openApiDocument> | undefined;

/**
 * The routes table: the one list of every route with its access rule, schemas and handler.
 * It drives the dev server, API Gateway's routes in CDK, the OpenAPI document and the
 * authorisation tests. It is made of one section per API area (routes/<area>.ts); each area's
 * Lambda function imports only its own section, so it carries only the routes it serves.
 */
export const ROUTES: readonly Route[] = [
  defineRoute({
    operationId: 'getHealth',
    method: 'GET',
    path: '/v1/health',
    area: 'operations',
    summary: 'Liveness check',
    description:
      'Answers 200 `{status: "ok"}` when the API can serve requests. The local stack answers 503 until its tables exist and the demo tenant is seeded, so a script can wait for 200 before it calls anything else.',
    access: { kind: 'public' },
    response: z
      .object({ status: z.literal('ok').describe('Always `ok`: the API can serve requests.') })
      .meta({ examples: [{ status: 'ok' }] }),
    successStatus: 200,
    handler: health,
  }),
  defineRoute({
    operationId: 'getOpenApi',
    method: 'GET',
    path: '/v1/openapi.json',
    area: 'operations',
    summary: 'This OpenAPI 3.1 document',
    description:
      'The OpenAPI 3.1 document of this API, generated from the same routes table and zod schemas that validate every request, so it cannot drift from the code. Generate a typed client from it (see the README).',
    access: { kind: 'public' },
    response: z
      .looseObject({
        openapi: z.string().describe('The OpenAPI version, `3.1.0`.'),
        info: z.looseObject({}).describe('Title, version, description and licence of the API.'),
        paths: z.looseObject({}).describe('Every operation, by path and method.'),
      })
      .meta({
        title: 'OpenApiDocument',
        description: 'An OpenAPI 3.1 document.',
        examples: [{ openapi: '3.1.0', info: { title: 'Signals API', version: '1.0.0' }, paths: {} }],
      }),
    successStatus: 200,
    // Built from the routes table on first request, then kept: the table does not change.
    handler: async () => {
      document ??= openApiDocument(ROUTES);
      return { status: 200, body: document };
    },
  }),
  defineRoute({
    operationId: 'getDocs',
    method: 'GET',
    path: '/docs',
    area: 'operations',
    summary: 'This reference, to read in a browser',
    description:
      'An interactive reference of this document (Scalar), served by the API itself with every asset from the package: it works offline and under a strict Content-Security-Policy (no other host is contacted).',
    access: { kind: 'public' },
    mediaType: 'text/html',
    successStatus: 200,
    handler: async () => ({
      status: 200,
      body: DOCS_PAGE,
      headers: { 'content-security-policy': DOCS_CSP, 'cache-control': 'no-cache' },
    }),
  }),
  defineRoute({
    operationId: 'getDocsScript',
    method: 'GET',
    path: '/docs/scalar.js',
    area: 'operations',
    summary: "The reference page's script (Scalar, served from the package: no CDN)",
    description:
      'The script of the reference page at `/docs`, served from the installed `@scalar/api-reference` package; cached for an hour.',
    access: { kind: 'public' },
    mediaType: 'text/javascript',
    successStatus: 200,
    handler: async () => ({
      status: 200,
      body: docsScript(),
      headers: { 'cache-control': 'public, max-age=3600' },
    }),
  }),
  ...directoryRoutes,
  ...settingsRoutes,
  ...signalRoutes,
  ...templateRoutes,
  ...operationRoutes,
];
