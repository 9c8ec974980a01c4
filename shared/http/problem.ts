import { DomainError, INTERNAL_PROBLEM_TYPE, type ProblemIssue } from '../domain/errors.js';

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
