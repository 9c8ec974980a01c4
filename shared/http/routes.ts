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
    access: { kind: 'public' },
    response: z.object({ status: z.literal('ok') }),
    successStatus: 200,
    handler: health,
  }),
  defineRoute({
    operationId: 'getOpenApi',
    method: 'GET',
    path: '/v1/openapi.json',
    area: 'operations',
    summary: 'This OpenAPI 3.1 document',
    access: { kind: 'public' },
    response: z
      .looseObject({ openapi: z.string(), info: z.looseObject({}), paths: z.looseObject({}) })
      .meta({ title: 'OpenApiDocument', description: 'An OpenAPI 3.1 document.' }),
    successStatus: 200,
    handler: async () => ({ status: 200, body: openApiDocument(ROUTES) }),
  }),
  defineRoute({
    operationId: 'getDocs',
    method: 'GET',
    path: '/docs',
    area: 'operations',
    summary: 'This reference, to read in a browser',
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
