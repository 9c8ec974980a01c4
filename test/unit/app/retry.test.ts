import { describe, expect, it } from 'vitest';
import { backoffDelay, retry, Unfinished } from '../../../shared/app/retry.js';

const policy = { attempts: 4, baseMs: 100, capMs: 300 };

describe('Function: retry', () => {
  it('tries at most `attempts` times, waiting with full jitter under the cap, and throws the last failure', async () => {
    const waits: number[] = [];
    let tries = 0;
    const failing = retry(
      policy,
      async () => {
        tries += 1;
        throw new Unfinished(1, 'item');
      },
      { sleep: async (ms) => void waits.push(ms), random: () => 1 },
    );
    await expect(failing).rejects.toBeInstanceOf(Unfinished);
    expect(tries).toBe(4);
    expect(waits).toEqual([200, 300, 300]);
  });

  it('stops at once on a failure not worth retrying, and returns the first success', async () => {
    let tries = 0;
    await expect(
      retry(
        policy,
        async () => {
          tries += 1;
          throw new Error('bad request');
        },
        { retryIf: (e) => e instanceof Unfinished, sleep: async () => {} },
      ),
    ).rejects.toThrow('bad request');
    expect(tries).toBe(1);
    expect(
      await retry(policy, async (attempt) => (attempt < 3 ? Promise.reject(new Error('x')) : attempt), {
        sleep: async () => {},
      }),
    ).toBe(3);
  });

  it('draws each wait between 0 and the capped exponential', () => {
    expect(backoffDelay(policy, 1, () => 0)).toBe(0);
    expect(backoffDelay(policy, 1, () => 0.5)).toBe(100);
    expect(backoffDelay(policy, 10, () => 1)).toBe(300);
  });
});
