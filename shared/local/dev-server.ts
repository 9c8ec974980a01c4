import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Context } from 'aws-lambda';
import { type ApiEvent, type ApiResult, UNMATCHED } from '../http/api-handler.js';
import { NotReadyError } from '../http/http-errors.js';
import { PROBLEM_CONTENT_TYPE, problemHeaders, toProblem } from '../http/problem.js';
import { type Area, type Route, routeKey } from '../http/route.js';
import { makeRouter } from '../http/router.js';
import { bearerClaims, gatewayEvent, lambdaContext } from './gateway-event.js';
import { localEndpoint } from './local-endpoints.js';
import type { LocalKeys } from './local-keys.js';

export type AreaHandler = (event: ApiEvent, context: Context) => Promise<ApiResult>;

/** API Gateway's own payload limit; larger requests never reach a function. */
const GATEWAY_MAX_BYTES = 10 * 1024 * 1024;

function readBody(req: IncomingMessage): Promise<Buffer | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size <= GATEWAY_MAX_BYTES) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > GATEWAY_MAX_BYTES ? 'too-large' : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/**
 * The dev HTTP server: does what API Gateway does in AWS (matches the route, verifies the JWT
 * as the JWT authorizer would, builds a payload 2.0 event) and calls the same area handlers the
 * Lambda functions export. `/local/*` exists only here.
 */
export function makeDevServer(options: {
  routes: readonly Route[];
  handlers: Record<Area, AreaHandler>;
  keys: LocalKeys;
  /** Whether the stack can serve; until then health answers 503. */
  ready?: () => boolean;
}): Server {
  const router = makeRouter(options.routes);

  const send = (res: ServerResponse, status: number, headers: Record<string, string>, body?: string) => {
    res.writeHead(status, headers);
    res.end(body);
  };
  const sendProblem = (res: ServerResponse, error: unknown, requestId: string) => {
    const problem = toProblem(error, requestId);
    send(
      res,
      problem.status,
      { 'content-type': PROBLEM_CONTENT_TYPE, 'x-request-id': requestId, ...problemHeaders(error) },
      JSON.stringify(problem),
    );
  };

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const requestId = randomUUID();
    const url = new URL(req.url ?? '/', 'http://localhost');
    const method = (req.method ?? 'GET').toUpperCase();
    const body = await readBody(req);
    const json = { 'content-type': 'application/json', 'x-request-id': requestId };
    if (body === 'too-large') {
      send(res, 413, json, '{"message":"Request Entity Too Large"}');
      return;
    }
    try {
      if (url.pathname === '/v1/health' && options.ready && !options.ready()) {
        throw new NotReadyError(
          'The local stack is starting (seeding the demo tenant); try again in a moment.',
        );
      }
      const local = await localEndpoint(options.keys, method, url.pathname, body);
      if (local !== undefined) {
        send(res, 200, json, JSON.stringify(local));
        return;
      }
      const matched = router.match(method, url.pathname);
      const claims =
        matched && matched.route.access.kind !== 'public' ? await bearerClaims(req, options.keys) : undefined;
      const event = gatewayEvent({
        req,
        url,
        method,
        body,
        requestId,
        routeKey: matched ? routeKey(matched.route) : UNMATCHED,
        pathParameters: matched?.params,
        claims,
        now: new Date(),
      });
      const area: Area = matched?.route.area ?? 'operations';
      const result = await options.handlers[area](event, lambdaContext(`signals-${area}`, requestId));
      const responseHeaders: Record<string, string> = {};
      for (const [k, v] of Object.entries(result.headers ?? {})) responseHeaders[k] = String(v);
      send(
        res,
        result.statusCode ?? 200,
        responseHeaders,
        typeof result.body === 'string' ? result.body : undefined,
      );
    } catch (error) {
      sendProblem(res, error, requestId);
    }
  }

  return createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) sendProblem(res, error, randomUUID());
      else res.destroy();
    });
  });
}
