/**
 * Typed errors of the whole service. Each carries its problem type (API.md) and HTTP status, so
 * one middleware can answer problem+json by `instanceof`, never by comparing names.
 */
export interface ProblemIssue {
  path: string;
  message: string;
}

export abstract class DomainError extends Error {
  abstract readonly problemType: string;
  abstract readonly status: number;
  abstract readonly title: string;
}

const urn = (type: string) => `urn:signals:problem:${type}`;

export class ValidationError extends DomainError {
  readonly problemType = urn('validation');
  readonly status = 400;
  readonly title = 'Validation failed';
  constructor(
    message: string,
    readonly errors: ProblemIssue[] = [],
  ) {
    super(message);
  }
}

export class UnauthenticatedError extends DomainError {
  readonly problemType = urn('unauthenticated');
  readonly status = 401;
  readonly title = 'Unauthenticated';
}

export class ForbiddenError extends DomainError {
  readonly problemType = urn('forbidden');
  readonly status = 403;
  readonly title = 'Forbidden';
}

export class NotFoundError extends DomainError {
  readonly problemType = urn('not-found');
  readonly status = 404;
  readonly title = 'Not found';
}

export class ConflictError extends DomainError {
  readonly problemType = urn('conflict');
  readonly status = 409;
  readonly title = 'Conflict';
}

export class ProductNotActiveError extends DomainError {
  readonly problemType = urn('product-not-active');
  readonly status = 409;
  readonly title = 'Product 290 (Signaleringen) is not active';
}

export class PreconditionFailedError extends DomainError {
  readonly problemType = urn('precondition-failed');
  readonly status = 412;
  readonly title = 'Precondition failed';
}

export class PayloadTooLargeError extends DomainError {
  readonly problemType = urn('payload-too-large');
  readonly status = 413;
  readonly title = 'Payload too large';
}

export class UnsupportedMediaTypeError extends DomainError {
  readonly problemType = urn('unsupported-media-type');
  readonly status = 415;
  readonly title = 'Unsupported media type';
}

export class UnprocessableError extends DomainError {
  readonly problemType = urn('unprocessable');
  readonly status = 422;
  readonly title = 'Unprocessable content';
  constructor(
    message: string,
    readonly errors: ProblemIssue[] = [],
  ) {
    super(message);
  }
}

/** The problem type of anything that is not a DomainError: never leaks internals. */
export const INTERNAL_PROBLEM_TYPE = urn('internal');
