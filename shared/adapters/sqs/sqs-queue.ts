import { SendMessageBatchCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { Queue } from '../../app/pipeline/ports.js';
import { type RetryPolicy, retry, Unfinished } from '../../app/retry.js';
import type { DelayQueue } from '../../app/webhooks/ports.js';

const BATCH = 10;
/** Entries SQS reports failed in a batch are sent again, five tries in all. */
const FAILED_ENTRIES_RETRY: RetryPolicy = { attempts: 5, baseMs: 100, capMs: 1600 };

/**
 * Sends messages to an SQS queue, ten per request, retrying entries SQS reports failed; with
 * `delaySeconds` (at most 900) they become visible that much later (the webhook retries).
 */
export class SqsQueue<T> implements Queue<T>, DelayQueue<T> {
  private readonly client: SQSClient;

  constructor(
    private readonly queueUrl: string,
    client?: SQSClient,
  ) {
    this.client = client ?? new SQSClient({});
  }

  async send(messages: readonly T[], delaySeconds?: number): Promise<void> {
    const delay = delaySeconds ? { DelaySeconds: Math.max(0, Math.min(900, Math.round(delaySeconds))) } : {};
    for (let i = 0; i < messages.length; i += BATCH) {
      let entries = messages
        .slice(i, i + BATCH)
        .map((m, j) => ({ Id: String(j), MessageBody: JSON.stringify(m), ...delay }));
      await retry(
        FAILED_ENTRIES_RETRY,
        async () => {
          const { Failed = [] } = await this.client.send(
            new SendMessageBatchCommand({ QueueUrl: this.queueUrl, Entries: entries }),
          );
          if (Failed.length === 0) return;
          const failed = new Set(Failed.map((f) => f.Id));
          entries = entries.filter((e) => failed.has(e.Id));
          throw new Unfinished(
            Failed.length,
            `messages refused by SQS (${Failed.map((f) => f.Message).join('; ')})`,
          );
        },
        { retryIf: (error) => error instanceof Unfinished },
      );
    }
  }
}
