/**
 * How a step is retried: at most `attempts` tries in all, waiting between them with full jitter
 * (a random wait up to `min(capMs, baseMs * 2^n)` after the n-th failure). Every retry loop of
 * the service is one of these, so each is bounded and its numbers are in one place.
 */
export interface RetryPolicy {
  attempts: number;
  baseMs: number;
  capMs: number;
}

export interface RetryOptions {
  /** Whether a failure is worth another try (default: every failure). */
  retryIf?: (error: unknown) => boolean;
  /** How to wait (tests pass one that does not). */
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The wait after the n-th failed try (1-based), with full jitter. */
export const backoffDelay = (policy: RetryPolicy, failures: number, random: () => number = Math.random) =>
  random() * Math.min(policy.capMs, policy.baseMs * 2 ** failures);

/** Runs `step` until it succeeds, a failure is not worth retrying, or the attempts are spent (the last failure is thrown). */
export async function retry<T>(
  policy: RetryPolicy,
  step: (attempt: number) => Promise<T>,
  { retryIf = () => true, sleep: wait = sleep, random = Math.random }: RetryOptions = {},
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await step(attempt);
    } catch (error) {
      if (attempt >= policy.attempts || !retryIf(error)) throw error;
      await wait(backoffDelay(policy, attempt, random));
    }
  }
}

/** Part of a batch is left over (unprocessed items, failed entries): worth another try. */
export class Unfinished extends Error {
  override name = 'Unfinished';
  constructor(
    readonly left: number,
    what: string,
  ) {
    super(`${left} ${what} left after the last try`);
  }
}
