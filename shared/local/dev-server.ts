import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Context } from 'aws-lambda';
import { z } from 'zod';
import { UnauthenticatedError, ValidationError } from '../domain/errors.js';
import type { ApiEvent, ApiResult } from '../http/api-handler.js';
import { PROBLEM_CONTENT_TYPE, toProblem } from '../http/problem.js';
import { type Area, type Route, routeKey } from '../http/route.js';
import { makeRouter } from '../http/router.js';
import { issuesOf } from '../http/validate.js';
import type { LocalKeys } from './local-keys.js';

export type AreaHandler = (event: ApiEvent, context: Context) => Promise<ApiResult>;

/** API Gateway's own payload limit; larger requests never reach a function. */
const GATEWAY_MAX_BYTES = 10 * 1024 * 1024;

const tokenRequestSchema = z.strictObject({
  sub: z.string().min(1),
  user_type: z.enum(['platform', 'provider', 'employer']),
  provider_id: z.string().min(1).optional(),
  employer_id: z.string().min(1).optional(),
  scope: z.string().default(''),
  exp: z.number().int().positive().optional(),
});

const lambdaContext = (functionName: string, requestId: string): Context =>
  ({
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:local:000000000000:function:${functionName}`,
    memoryLimitInMB: '512',
    awsRequestId: requestId,
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: 'local',
    callbackWaitsForEmptyEventLoop: false,
    getRemainingTimeInMillis: () => 30_000,
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  }) as Context;

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
      { 'content-type': PROBLEM_CONTENT_TYPE, 'x-request-id': requestId },
      JSON.stringify(problem),
    );
  };

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const requestId = randomUUID();
    const url = new URL(req.url ?? '/', 'http://localhost');
    const method = (req.method ?? 'GET').toUpperCase();
    const body = await readBody(req);
    if (body === 'too-large') {
      send(
        res,
        413,
        { 'content-type': 'application/json', 'x-request-id': requestId },
        '{"message":"Request Entity Too Large"}',
      );
      return;
    }

    if (url.pathname === '/local/jwks.json' && method === 'GET') {
      send(
        res,
        200,
        { 'content-type': 'application/json', 'x-request-id': requestId },
        JSON.stringify(options.keys.jwks),
      );
      return;
    }
    if (url.pathname === '/local/token' && method === 'POST') {
      let parsed: unknown;
      try {
        parsed = JSON.parse(body.toString('utf8') || '{}');
      } catch {
        sendProblem(res, new ValidationError('The body is not well-formed JSON.'), requestId);
        return;
      }
      const claims = tokenRequestSchema.safeParse(parsed);
      if (!claims.success) {
        sendProblem(
          res,
          new ValidationError('Invalid token request.', issuesOf(claims.error, 'body')),
          requestId,
        );
        return;
      }
      const token = await options.keys.sign(claims.data);
      send(
        res,
        200,
        { 'content-type': 'application/json', 'x-request-id': requestId },
        JSON.stringify({ token }),
      );
      return;
    }

    const matched = router.match(method, url.pathname);
    let claims: Record<string, string> | undefined;
    if (matched && matched.route.access.kind !== 'public') {
      const header = req.headers.authorization ?? '';
      const m = /^Bearer\s+(\S+)$/i.exec(header);
      if (!m) {
        sendProblem(
          res,
          new UnauthenticatedError('Send a bearer token in the Authorization header.'),
          requestId,
        );
        return;
      }
      try {
        claims = await options.keys.verify(m[1]!);
      } catch {
        sendProblem(res, new UnauthenticatedError('The token is invalid or expired.'), requestId);
        return;
      }
    }

    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) {
      if (v !== undefined) headers[k.toLowerCase()] = Array.isArray(v) ? v.join(',') : v;
    }
    const query: Record<string, string> = {};
    for (const key of new Set(url.searchParams.keys())) query[key] = url.searchParams.getAll(key).join(',');
    const now = new Date();
    const key = matched ? routeKey(matched.route) : '$default';
    const event: ApiEvent = {
      version: '2.0',
      routeKey: key,
      rawPath: url.pathname,
      rawQueryString: url.search.slice(1),
      headers,
      ...(Object.keys(query).length > 0 ? { queryStringParameters: query } : {}),
      ...(matched && Object.keys(matched.params).length > 0 ? { pathParameters: matched.params } : {}),
      requestContext: {
        accountId: '000000000000',
        apiId: 'local',
        domainName: req.headers.host ?? 'localhost',
        domainPrefix: 'local',
        http: {
          method,
          path: url.pathname,
          protocol: 'HTTP/1.1',
          sourceIp: req.socket.remoteAddress ?? '127.0.0.1',
          userAgent: req.headers['user-agent'] ?? '',
        },
        requestId,
        routeKey: key,
        stage: '$default',
        time: now.toISOString(),
        timeEpoch: now.getTime(),
        authorizer: { principalId: '', integrationLatency: 0, jwt: { claims: claims ?? {}, scopes: [] } },
      },
      body: body.byteLength > 0 ? body.toString('utf8') : undefined,
      isBase64Encoded: false,
    };
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
  }

  return createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) sendProblem(res, error, randomUUID());
      else res.destroy();
    });
  });
}
