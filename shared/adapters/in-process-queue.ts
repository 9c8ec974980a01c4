import type { Queue } from '../app/pipeline/ports.js';
import type { DelayQueue } from '../app/webhooks/ports.js';

export interface InProcessQueueOptions {
  name: string;
  concurrency: number;
  maxAttempts: number;
  /** Delay before a retry, per attempt (ms). */
  backoffMs?: (attempt: number) => number;
  /** Scales a delayed message's wait (tests run the webhook backoff faster). */
  delayScale?: number;
}

type Handler<T> = (message: T, attempt: number, maxAttempts: number) => Promise<unknown>;

/**
 * The local stand-in for SQS: messages are handled in this process with bounded concurrency and
 * retries (at-least-once, like SQS); `drain()` waits until nothing is queued or running.
 */
export class InProcessQueue<T> implements Queue<T>, DelayQueue<T> {
  private handler: Handler<T> | undefined;
  private readonly pending: Array<{ message: T; attempt: number }> = [];
  private running = 0;
  private idleWaiters: Array<() => void> = [];
  private timers = 0;
  readonly deadLetters: Array<{ message: T; error: unknown }> = [];

  constructor(private readonly options: InProcessQueueOptions) {}

  /** Sets the consumer (wiring creates the queue before the code that consumes it). */
  consume(handler: Handler<T>) {
    this.handler = handler;
  }

  /** Queues messages; with `delaySeconds`, they come up that much later (scaled by `delayScale`). */
  async send(messages: readonly T[], delaySeconds?: number): Promise<void> {
    if (delaySeconds && delaySeconds > 0) {
      this.timers += 1;
      setTimeout(
        () => {
          this.timers -= 1;
          for (const message of messages) this.pending.push({ message, attempt: 1 });
          this.pump();
        },
        delaySeconds * 1000 * (this.options.delayScale ?? 1),
      ).unref?.();
      return;
    }
    for (const message of messages) this.pending.push({ message, attempt: 1 });
    this.pump();
  }

  /** Resolves when no message is queued, waiting for a retry or being handled. */
  drain(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private isIdle() {
    return this.pending.length === 0 && this.running === 0 && this.timers === 0;
  }

  private pump() {
    while (this.handler && this.running < this.options.concurrency && this.pending.length > 0) {
      const next = this.pending.shift()!;
      this.running += 1;
      this.handler(next.message, next.attempt, this.options.maxAttempts)
        .catch((error: unknown) => {
          if (process.env.DEBUG_QUEUE)
            console.error(`[${this.options.name}] attempt ${next.attempt}: ${String(error)}`);
          if (next.attempt >= this.options.maxAttempts) {
            this.deadLetters.push({ message: next.message, error });
            console.error(
              `[${this.options.name}] message failed ${next.attempt} times, dead-lettered: ${String(error)}`,
            );
            return;
          }
          this.timers += 1;
          setTimeout(
            () => {
              this.timers -= 1;
              this.pending.push({ message: next.message, attempt: next.attempt + 1 });
              this.pump();
            },
            this.options.backoffMs?.(next.attempt) ?? 50 * 2 ** next.attempt,
          );
        })
        .finally(() => {
          this.running -= 1;
          this.pump();
          if (this.isIdle()) {
            const waiters = this.idleWaiters;
            this.idleWaiters = [];
            for (const w of waiters) w();
          }
        });
    }
  }
}
