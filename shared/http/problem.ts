import {
  DomainError,
  INTERNAL_PROBLEM_TYPE,
  type ProblemIssue,
  UnauthenticatedError,
} from '../domain/errors.js';
import { MethodNotAllowedError } from './http-errors.js';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** An RFC 9457 problem document as this API answers it. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  errors?: ProblemIssue[];
}

/**
 * Maps any thrown value to a problem. Only DomainErrors expose their message; everything else
 * becomes an opaque 500 so internals never leak.
 */
export function toProblem(error: unknown, requestId: string): Problem {
  const instance = `urn:request:${requestId}`;
  if (error instanceof DomainError) {
    return {
      type: error.problemType,
      title: error.title,
      status: error.status,
      detail: error.message,
      instance,
      ...(error.errors.length > 0 ? { errors: [...error.errors] } : {}),
    };
  }
  return {
    type: INTERNAL_PROBLEM_TYPE,
    title: 'Internal error',
    status: 500,
    detail: 'The request could not be completed. Quote the request id when reporting this.',
    instance,
  };
}

/** The realm a bearer challenge names. */
const REALM = 'signals';

/**
 * The headers a problem carries beside its body: `Allow` on a 405 (RFC 9110), and on a 401 the
 * bearer challenge of RFC 6750 (`error="invalid_token"` with a description that tells an expired
 * token from an invalid one; no error code when no token was sent).
 */
export function problemHeaders(error: unknown): Record<string, string> {
  if (error instanceof MethodNotAllowedError) return { allow: error.allow.join(', ') };
  if (error instanceof UnauthenticatedError) {
    const quoted = (s: string) => `"${s.replace(/["\\]/g, "'")}"`;
    const challenge =
      error.bearerError === 'missing'
        ? `Bearer realm=${quoted(REALM)}`
        : `Bearer realm=${quoted(REALM)}, error=${quoted(error.bearerError)}, error_description=${quoted(error.message)}`;
    return { 'www-authenticate': challenge };
  }
  return {};
}
