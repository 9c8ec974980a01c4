/**
 * Typed errors of the whole service. Each carries its problem type (API.md) and HTTP status, so
 * one middleware can answer problem+json by `instanceof`, never by comparing names.
 */
export interface ProblemIssue {
  path: string;
  message: string;
}

/** What a DomainError may carry beside its message: the issues to list, and the error behind it. */
export interface DomainErrorOptions extends ErrorOptions {
  errors?: readonly ProblemIssue[];
}

/**
 * The base of every error the API answers with a problem: its name is its class, `cause` keeps
 * the error behind it (a DynamoDB failure, say) for the logs, and `errors` lists the issues
 * (empty unless a validation says more).
 */
export abstract class DomainError extends Error {
  abstract readonly problemType: string;
  abstract readonly status: number;
  abstract readonly title: string;
  readonly errors: readonly ProblemIssue[];

  constructor(message: string, options: DomainErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.errors = options.errors ?? [];
  }
}

/** A problem type: `urn:signals:problem:<kind>`. */
export const urn = (type: string) => `urn:signals:problem:${type}`;

export class ValidationError extends DomainError {
  readonly problemType = urn('validation');
  readonly status = 400;
  readonly title = 'Validation failed';
  constructor(message: string, errors: readonly ProblemIssue[] = [], options: ErrorOptions = {}) {
    super(message, { ...options, errors });
  }
}

/**
 * No valid token (RFC 6750): `missing` when none was sent (the challenge then names no error),
 * `invalid_request` when the Authorization header is not a bearer token, `invalid_token` when
 * the token does not verify, has expired, or lacks the caller's claims.
 */
export class UnauthenticatedError extends DomainError {
  readonly problemType = urn('unauthenticated');
  readonly status = 401;
  readonly title = 'Unauthenticated';
  constructor(
    message: string,
    readonly bearerError: 'missing' | 'invalid_request' | 'invalid_token' = 'invalid_token',
    options: DomainErrorOptions = {},
  ) {
    super(message, options);
  }
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

export class UnprocessableError extends DomainError {
  readonly problemType = urn('unprocessable');
  readonly status = 422;
  readonly title = 'Unprocessable content';
  constructor(message: string, errors: readonly ProblemIssue[] = [], options: ErrorOptions = {}) {
    super(message, { ...options, errors });
  }
}

/** The problem type of anything that is not a DomainError: never leaks internals. */
export const INTERNAL_PROBLEM_TYPE = urn('internal');
