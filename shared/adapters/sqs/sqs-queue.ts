import { SendMessageBatchCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { Queue } from '../../app/pipeline/ports.js';
import { type RetryPolicy, retry, Unfinished } from '../../app/retry.js';

const BATCH = 10;
/** Entries SQS reports failed in a batch are sent again, five tries in all. */
const FAILED_ENTRIES_RETRY: RetryPolicy = { attempts: 5, baseMs: 100, capMs: 1600 };

/** Sends messages to an SQS queue, ten per request, retrying entries SQS reports failed. */
export class SqsQueue<T> implements Queue<T> {
  private readonly client: SQSClient;

  constructor(
    private readonly queueUrl: string,
    client?: SQSClient,
  ) {
    this.client = client ?? new SQSClient({});
  }

  async send(messages: readonly T[]): Promise<void> {
    for (let i = 0; i < messages.length; i += BATCH) {
      let entries = messages
        .slice(i, i + BATCH)
        .map((m, j) => ({ Id: String(j), MessageBody: JSON.stringify(m) }));
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
