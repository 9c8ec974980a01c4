import { PreconditionFailedError } from '../domain/errors.js';

/** Enough rounds for a burst of concurrent writers on one item, each round letting one win. */
const MAX_ATTEMPTS = 25;
const BASE_DELAY_MS = 5;
const MAX_DELAY_MS = 100;

/**
 * Runs a read-modify-write whose condition the use case set itself (not the caller): when a
 * concurrent writer wins, the condition fails and the whole step is run again on fresh data,
 * a bounded number of times with full jitter. A caller who sent no precondition never sees 412
 * for a race between requests; the final state is the last writer's, applied to the state it read.
 */
export async function retryOnConflict<T>(
  step: () => Promise<T>,
  random: () => number = Math.random,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await step();
    } catch (error) {
      if (!(error instanceof PreconditionFailedError) || attempt >= MAX_ATTEMPTS) throw error;
      const cap = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** attempt);
      await new Promise((resolve) => setTimeout(resolve, random() * cap));
    }
  }
}
