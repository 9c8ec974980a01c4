import { PreconditionFailedError } from '../domain/errors.js';
import { type RetryPolicy, retry } from './retry.js';

/** Enough rounds for a burst of concurrent writers on one item, each round letting one win. */
export const CONFLICT_RETRY: RetryPolicy = { attempts: 25, baseMs: 5, capMs: 100 };

/**
 * Runs a read-modify-write whose condition the use case set itself (not the caller): when a
 * concurrent writer wins, the condition fails and the whole step is run again on fresh data,
 * a bounded number of times with full jitter. A caller who sent no precondition never sees 412
 * for a race between requests; the final state is the last writer's, applied to the state it read.
 */
export const retryOnConflict = <T>(step: () => Promise<T>, random: () => number = Math.random): Promise<T> =>
  retry(CONFLICT_RETRY, step, { retryIf: (error) => error instanceof PreconditionFailedError, random });
