import type { Logger } from '@aws-lambda-powertools/logger';
import middy, { type MiddlewareObj } from '@middy/core';
import httpHeaderNormalizer from '@middy/http-header-normalizer';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { authorize } from '../app/authorize.js';
import { ANONYMOUS, type Caller, callerFromClaims } from '../app/caller.js';
import type { AppDeps } from '../app/deps.js';
import { NotFoundError } from '../domain/errors.js';
import { MethodNotAllowedError, UnsupportedMediaTypeError } from './http-errors.js';
import { accessLog, jsonBody, problemErrors, requestIdHeader, requestIdOf } from './middleware.js';
import type { Route } from './route.js';
import { makeRouter } from './router.js';
import { parseInput } from './validate.js';

/** The route key of a request no route matched (API Gateway's `$default`, and the local stack's). */
export const UNMATCHED = '$default';

export type ApiEvent = APIGatewayProxyEventV2WithJWTAuthorizer & { parsedBody?: unknown; formBody?: boolean };
export type ApiResult = APIGatewayProxyStructuredResultV2;

export interface ApiHandlerOptions {
  routes: readonly Route[];
  /** Every route of the API, to answer a known path asked with another method with 405 (default: `routes`). */
  knownRoutes?: readonly Route[];
  deps: AppDeps;
  logger: Logger;
  /** Runs outermost around every request (in Lambda: tracing and metrics). */
  middlewares?: readonly MiddlewareObj[];
}

/**
 * The HTTP pipeline every API function shares: the middy stack around one small router that
 * authenticates (claims to caller), validates the path, authorises, validates query and body,
 * and calls the route's handler.
 */
export function makeApiHandler({ routes, knownRoutes, deps, logger, middlewares = [] }: ApiHandlerOptions) {
  const router = makeRouter(routes);
  const known = knownRoutes ? makeRouter(knownRoutes) : router;

  const dispatch = async (event: ApiEvent): Promise<ApiResult> => {
    // What reached the `$default` route matched no route in API Gateway: it is never served as one
    // here (it passed no authorizer), only answered 404, or 405 for a known path.
    const matched = event.routeKey === UNMATCHED ? undefined : router.resolve(event);
    if (!matched) {
      const allow = known.methodsFor(event.rawPath);
      if (allow.length > 0 && !allow.includes(event.requestContext.http.method)) {
        throw new MethodNotAllowedError(
          `${event.rawPath} answers to ${allow.join(', ')}, not ${event.requestContext.http.method}.`,
          allow,
        );
      }
      throw new NotFoundError(`There is no route ${event.requestContext.http.method} ${event.rawPath}.`);
    }
    const { route, params: rawParams } = matched;
    const caller: Caller =
      route.access.kind === 'public'
        ? ANONYMOUS
        : callerFromClaims(event.requestContext.authorizer?.jwt?.claims);
    const params = route.params ? parseInput(route.params, rawParams, 'path') : rawParams;
    await authorize(route.access, caller, rawParams, deps.tenants);
    const query = route.query ? parseInput(route.query, event.queryStringParameters ?? {}, 'query') : {};
    if (event.formBody && !route.formBody)
      throw new UnsupportedMediaTypeError('Send the body as application/json.');
    route.checkRawBody?.(event.parsedBody);
    const body = route.body
      ? parseInput(route.body, route.formBody ? (event.parsedBody ?? {}) : event.parsedBody, 'body')
      : undefined;

    const result = await route.handler(
      { caller, params, query, body, headers: event.headers ?? {}, requestId: requestIdOf(event) },
      deps,
    );
    const hasBody = result.body !== undefined && result.status !== 204;
    const text = route.mediaType && typeof result.body === 'string';
    return {
      statusCode: result.status,
      headers: {
        ...(hasBody
          ? { 'content-type': text ? `${route.mediaType}; charset=utf-8` : 'application/json' }
          : {}),
        ...result.headers,
      },
      ...(hasBody ? { body: text ? (result.body as string) : JSON.stringify(result.body) } : {}),
    };
  };

  const handler = middy<ApiEvent, ApiResult>();
  for (const m of middlewares) handler.use(m as MiddlewareObj<ApiEvent, ApiResult>);
  return handler
    .use(httpHeaderNormalizer())
    .use(requestIdHeader())
    .use(accessLog(logger))
    .use(jsonBody())
    .use(problemErrors(logger))
    .handler(dispatch);
}
