import type { Logger } from '@aws-lambda-powertools/logger';
import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { ValidationError } from '../domain/errors.js';
import { PayloadTooLargeError, UnsupportedMediaTypeError } from './http-errors.js';
import { PROBLEM_CONTENT_TYPE, problemHeaders, toProblem } from './problem.js';

type Event = APIGatewayProxyEventV2 & { parsedBody?: unknown; formBody?: boolean };
type Result = APIGatewayProxyStructuredResultV2;
type Middleware = MiddlewareObj<Event, Result>;

export const MAX_BODY_BYTES = 256 * 1024;
const REQUEST_ID_PATTERN = /^[A-Za-z0-9._-]{1,128}$/;

/** The request id: the caller's `x-request-id` when it is sane, else API Gateway's. */
export function requestIdOf(event: APIGatewayProxyEventV2): string {
  const given = event.headers?.['x-request-id'];
  return given && REQUEST_ID_PATTERN.test(given) ? given : event.requestContext.requestId;
}

/** Echoes the request id on every successful response (errors get it from problemErrors). */
export const requestIdHeader = (): Middleware => ({
  after: (request) => {
    if (request.response) {
      request.response.headers = { ...request.response.headers, 'x-request-id': requestIdOf(request.event) };
    }
  },
});

/**
 * Reads a JSON body: over 256 KiB is a 413, a content type other than JSON a 415, malformed JSON
 * a 400 (middy's own parser answers 415 for that, which our contract does not want). An HTML form
 * body is read into its fields and marked, so only a route that takes forms accepts it.
 */
export const jsonBody = (): Middleware => ({
  before: (request) => {
    const { event } = request;
    if (event.body === undefined || event.body === null || event.body === '') return;
    const raw = event.isBase64Encoded ? Buffer.from(event.body, 'base64') : Buffer.from(event.body, 'utf8');
    if (raw.byteLength > MAX_BODY_BYTES) {
      throw new PayloadTooLargeError(`The body is ${raw.byteLength} bytes; the limit is ${MAX_BODY_BYTES}.`);
    }
    const contentType = event.headers?.['content-type'] ?? '';
    const mediaType = contentType.split(';')[0]?.trim().toLowerCase();
    if (mediaType === 'application/x-www-form-urlencoded') {
      event.parsedBody = Object.fromEntries(new URLSearchParams(raw.toString('utf8')));
      event.formBody = true;
      return;
    }
    if (mediaType === 'multipart/form-data') {
      // A form all the same (RFC 8058 allows it for one-click unsubscribe); its fields are not read.
      event.parsedBody = {};
      event.formBody = true;
      return;
    }
    if (mediaType !== 'application/json' && !mediaType?.endsWith('+json')) {
      throw new UnsupportedMediaTypeError('Send the body as application/json.');
    }
    try {
      event.parsedBody = JSON.parse(raw.toString('utf8'));
    } catch {
      throw new ValidationError('The body is not well-formed JSON.', [
        { path: 'body', message: 'malformed JSON' },
      ]);
    }
  },
});

/** One log line per request with its outcome. */
export const accessLog = (logger: Logger): Middleware => {
  const started = new WeakMap<object, number>();
  const log = (request: { event: Event; response?: Result | null }) => {
    const t0 = started.get(request.event) ?? Date.now();
    logger.info('request', {
      requestId: requestIdOf(request.event),
      method: request.event.requestContext.http.method,
      path: request.event.rawPath,
      status: request.response?.statusCode,
      durationMs: Date.now() - t0,
    });
  };
  return {
    before: (request) => {
      started.set(request.event, Date.now());
      // Every line of the request carries its id (the caller's X-Request-Id, or API Gateway's).
      logger.setCorrelationId(requestIdOf(request.event));
    },
    after: log,
  };
};

/**
 * Maps every error to application/problem+json. Registered last so that it is the first to see
 * errors; anything that is not a DomainError becomes an opaque 500 and is logged with its stack.
 */
export const problemErrors = (logger: Logger): Middleware => ({
  onError: (request) => {
    const requestId = requestIdOf(request.event);
    const problem = toProblem(request.error, requestId);
    if (problem.status >= 500) logger.error('unhandled error', { requestId, error: request.error as Error });
    else logger.info('request failed', { requestId, status: problem.status, type: problem.type });
    request.response = {
      statusCode: problem.status,
      headers: {
        'content-type': PROBLEM_CONTENT_TYPE,
        'x-request-id': requestId,
        ...problemHeaders(request.error),
      },
      body: JSON.stringify(problem),
    };
    logger.info('request', {
      requestId,
      method: request.event.requestContext.http.method,
      path: request.event.rawPath,
      status: problem.status,
    });
  },
});
