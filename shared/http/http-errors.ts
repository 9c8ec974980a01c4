import { DomainError, urn } from '../domain/errors.js';

/**
 * The problems only HTTP has: they say what is wrong with a request as a request (its method,
 * its size, its media type) or with the server answering it, never with what it asks for.
 */

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

/** A path that exists, asked with a method it does not answer to; `allow` lists those it does. */
export class MethodNotAllowedError extends DomainError {
  readonly problemType = urn('method-not-allowed');
  readonly status = 405;
  readonly title = 'Method not allowed';
  constructor(
    message: string,
    readonly allow: readonly string[],
  ) {
    super(message);
  }
}

/** The service cannot serve yet (starting up): try again shortly. */
export class NotReadyError extends DomainError {
  readonly problemType = urn('not-ready');
  readonly status = 503;
  readonly title = 'Not ready';
}
