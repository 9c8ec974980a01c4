import { SendMessageBatchCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { Queue } from '../../app/pipeline/ports.js';

const BATCH = 10;

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
      for (let attempt = 0; entries.length > 0; attempt++) {
        const { Failed = [] } = await this.client.send(
          new SendMessageBatchCommand({ QueueUrl: this.queueUrl, Entries: entries }),
        );
        if (Failed.length === 0) break;
        if (attempt >= 4)
          throw new Error(
            `SQS refused ${Failed.length} messages: ${Failed.map((f) => f.Message).join('; ')}`,
          );
        const failed = new Set(Failed.map((f) => f.Id));
        entries = entries.filter((e) => failed.has(e.Id));
        await new Promise((r) => setTimeout(r, 100 * 2 ** attempt));
      }
    }
  }
}
