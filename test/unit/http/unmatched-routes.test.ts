import { Logger } from '@aws-lambda-powertools/logger';
import type { Context } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { UNMATCHED_ROUTES_AREA } from '../../../infra/constructs/signals-api.js';
import type { AppDeps } from '../../../shared/app/deps.js';
import { type ApiEvent, makeApiHandler, UNMATCHED } from '../../../shared/http/api-handler.js';
import { ROUTES } from '../../../shared/http/routes.js';

/** The function API Gateway's `$default` route invokes, as functions/api wires it. */
const handler = makeApiHandler({
  routes: ROUTES.filter((r) => r.area === UNMATCHED_ROUTES_AREA),
  knownRoutes: ROUTES,
  deps: {} as AppDeps,
  logger: new Logger({ serviceName: 'test', logLevel: 'SILENT' }),
});

/** An event of the `$default` route, as API Gateway hands it over (no authorizer ran). */
const unmatched = (method: string, rawPath: string): ApiEvent =>
  ({
    version: '2.0',
    routeKey: UNMATCHED,
    rawPath,
    rawQueryString: '',
    headers: {},
    isBase64Encoded: false,
    requestContext: { http: { method, path: rawPath }, requestId: 'r1', routeKey: UNMATCHED },
  }) as unknown as ApiEvent;

describe('The $default route in AWS answers as the local stack does', () => {
  it('an unknown path: a 404 problem', async () => {
    const r = await handler(unmatched('GET', '/v1/nope'), {} as Context);
    expect(r.statusCode).toBe(404);
    expect(r.headers?.['content-type']).toBe('application/problem+json');
    expect(JSON.parse(r.body!)).toMatchObject({ type: 'urn:signals:problem:not-found' });
  });

  it('a known path with another method: a 405 problem with Allow', async () => {
    const r = await handler(unmatched('DELETE', '/v1/signal-types'), {} as Context);
    expect(r.statusCode).toBe(405);
    expect(r.headers?.allow).toBe('GET');
  });

  it('never serves a route of its own to what matched no route (it passed no authorizer)', async () => {
    // A path that does match one of this function's routes, had API Gateway routed it there.
    const r = await handler(unmatched('GET', '/v1/evaluations'), {} as Context);
    expect(r.statusCode).toBe(404);
  });
});
