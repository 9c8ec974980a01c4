import {
  type DynamoDBDocumentClient,
  PutCommand,
  type QueryCommandInput,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { DigestEntry, DigestStore } from '../../app/pipeline/ports.js';
import type { Clock } from '../../app/ports.js';
import { partitions, pipelineKeys, prefixes } from './keys.js';
import { expiresAt, type Item, isConditionFailure, notExpired, queryAll, type Table } from './query.js';

/** Runs, their digest entries and sending records are kept for 90 days. */
export const RUN_TTL_DAYS = 90;

/** The item of a digest entry: in the run's partition, under its recipient. */
export const digestEntryItem = (digest: DigestEntry, createdAt: string): Item => ({
  ...pipelineKeys.digestEntry(digest.runId, digest.recipientKey, digest.signalId),
  entity: 'digestEntry',
  expiresAt: expiresAt(createdAt, RUN_TTL_DAYS),
  ...digest,
});

/** A run's digests in its partition: entries per recipient, and one sending record per recipient. */
export class DynamoDigestRepository implements DigestStore {
  private readonly table: Table;

  constructor(
    client: DynamoDBDocumentClient,
    tableName: string,
    private readonly clock: Clock,
  ) {
    this.table = { client, tableName };
  }

  private async queryAll(input: Omit<QueryCommandInput, 'TableName'>): Promise<Item[]> {
    const items = await queryAll(this.table.client, { TableName: this.table.tableName, ...input });
    return items.filter(notExpired(this.clock));
  }

  async digestRecipients(runId: string): Promise<string[]> {
    const items = await this.queryAll({
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: {
        ':pk': partitions.run(runId),
        ':prefix': prefixes.digest,
      },
      ProjectionExpression: 'recipientKey',
    });
    return [...new Set(items.map((i) => i.recipientKey as string))];
  }

  async digestEntries(runId: string, recipientKey: string): Promise<DigestEntry[]> {
    const items = await this.queryAll({
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: {
        ':pk': partitions.run(runId),
        ':prefix': pipelineKeys.digestEntriesOf(recipientKey),
      },
    });
    return items.map(
      ({ pk: _pk, sk: _sk, entity: _e, expiresAt: _x, ...rest }) => rest as unknown as DigestEntry,
    );
  }

  async claimDigest(runId: string, recipientKey: string, now: Date, leaseSeconds: number): Promise<boolean> {
    try {
      await this.table.client.send(
        new PutCommand({
          TableName: this.table.tableName,
          Item: {
            ...pipelineKeys.digestSent(runId, recipientKey),
            entity: 'digestDelivery',
            state: 'sending',
            leaseUntil: Math.floor(now.getTime() / 1000) + leaseSeconds,
            expiresAt: expiresAt(now, RUN_TTL_DAYS),
          },
          ConditionExpression: 'attribute_not_exists(pk) OR (#state = :sending AND leaseUntil < :now)',
          ExpressionAttributeNames: { '#state': 'state' },
          ExpressionAttributeValues: { ':sending': 'sending', ':now': Math.floor(now.getTime() / 1000) },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  async releaseDigest(runId: string, recipientKey: string): Promise<void> {
    await this.table.client
      .send(
        new UpdateCommand({
          TableName: this.table.tableName,
          Key: pipelineKeys.digestSent(runId, recipientKey),
          UpdateExpression: 'SET leaseUntil = :zero',
          ConditionExpression: '#state = :sending',
          ExpressionAttributeNames: { '#state': 'state' },
          ExpressionAttributeValues: { ':zero': 0, ':sending': 'sending' },
        }),
      )
      .catch((error: unknown) => {
        if (!isConditionFailure(error)) throw error;
      });
  }

  async markDigestSent(runId: string, recipientKey: string, at: string, messageId: string): Promise<void> {
    await this.table.client.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Update: {
              TableName: this.table.tableName,
              Key: pipelineKeys.digestSent(runId, recipientKey),
              UpdateExpression: 'SET #state = :sent, sentAt = :at, messageId = :id',
              ConditionExpression: '#state = :sending',
              ExpressionAttributeNames: { '#state': 'state' },
              ExpressionAttributeValues: {
                ':sent': 'sent',
                ':sending': 'sending',
                ':at': at,
                ':id': messageId,
              },
            },
          },
          {
            Update: {
              TableName: this.table.tableName,
              Key: pipelineKeys.run(runId),
              UpdateExpression: 'ADD emailsSent :one',
              ExpressionAttributeValues: { ':one': 1 },
            },
          },
        ],
      }),
    );
  }
}
