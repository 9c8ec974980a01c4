import type { IncomingMessage } from 'node:http';
import type { Context } from 'aws-lambda';
import { errors as joseErrors } from 'jose';
import { UnauthenticatedError } from '../domain/errors.js';
import type { ApiEvent } from '../http/api-handler.js';
import type { LocalKeys } from './local-keys.js';

/**
 * What API Gateway's JWT authorizer does before a function runs: a bearer token must be sent and
 * verify; its claims go to the function flattened to strings. A 401 otherwise.
 */
export async function bearerClaims(req: IncomingMessage, keys: LocalKeys): Promise<Record<string, string>> {
  const header = req.headers.authorization;
  if (!header) throw new UnauthenticatedError('Send a bearer token in the Authorization header.', 'missing');
  const m = /^Bearer\s+(\S+)$/i.exec(header);
  if (!m) {
    throw new UnauthenticatedError('The Authorization header must be "Bearer <token>".', 'invalid_request');
  }
  try {
    return await keys.verify(m[1]!);
  } catch (error) {
    if (error instanceof joseErrors.JWTExpired) throw new UnauthenticatedError('The token has expired.');
    throw new UnauthenticatedError('The token is invalid (signature, issuer, audience or claims).');
  }
}

/** The API Gateway HTTP API payload 2.0 event of a request, as the integration hands it to Lambda. */
export function gatewayEvent(input: {
  req: IncomingMessage;
  url: URL;
  method: string;
  body: Buffer;
  requestId: string;
  routeKey: string;
  pathParameters: Record<string, string> | undefined;
  claims: Record<string, string> | undefined;
  now: Date;
}): ApiEvent {
  const { req, url, method, body, requestId, routeKey, pathParameters, claims, now } = input;
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) {
    if (v !== undefined) headers[k.toLowerCase()] = Array.isArray(v) ? v.join(',') : v;
  }
  const query: Record<string, string> = {};
  for (const key of new Set(url.searchParams.keys())) query[key] = url.searchParams.getAll(key).join(',');
  return {
    version: '2.0',
    routeKey,
    rawPath: url.pathname,
    rawQueryString: url.search.slice(1),
    headers,
    ...(Object.keys(query).length > 0 ? { queryStringParameters: query } : {}),
    ...(pathParameters && Object.keys(pathParameters).length > 0 ? { pathParameters } : {}),
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
      routeKey,
      stage: '$default',
      time: now.toISOString(),
      timeEpoch: now.getTime(),
      authorizer: { principalId: '', integrationLatency: 0, jwt: { claims: claims ?? {}, scopes: [] } },
    },
    body: body.byteLength > 0 ? body.toString('utf8') : undefined,
    isBase64Encoded: false,
  };
}

/** The Lambda context a local invocation gets. */
export const lambdaContext = (functionName: string, requestId: string): Context =>
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
