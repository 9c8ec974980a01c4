import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  type DynamoDBDocumentClient,
  PutCommand,
  type QueryCommandInput,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { CollectedDigest, DigestEntry, DigestStore, RunDigest } from '../../app/digests/ports.js';
import type { Clock } from '../../app/ports.js';
import { partitions, pipelineKeys, prefixes } from './keys.js';
import { LEASE, leaseValues } from './lease.js';
import {
  batchGetAll,
  batchWriteAll,
  expiresAt,
  type Item,
  isConditionFailure,
  notExpired,
  queryAll,
  type Table,
} from './query.js';
import { decodeDigestSignal, decodeRunDigest } from './stored-items.js';

/** Runs, their digests and sending records are kept for 90 days. */
export const RUN_TTL_DAYS = 90;

/**
 * A run's digests in its partition: one item per (recipient, employer) listing the signal ids,
 * and one sending record per recipient. A digest costs a few bytes per signal to write; delivery
 * reads the signals themselves.
 */
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

  async recordDigests(digests: readonly RunDigest[]): Promise<void> {
    const expires = expiresAt(this.clock.now(), RUN_TTL_DAYS);
    await batchWriteAll(
      this.table,
      digests.map((digest) => ({
        PutRequest: {
          Item: {
            ...pipelineKeys.digest(digest.runId, digest.recipientKey, digest.employerId),
            entity: 'digest',
            expiresAt: expires,
            ...digest,
          },
        },
      })),
    );
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

  async digestEntries(runIds: readonly string[], recipientKey: string): Promise<DigestEntry[]> {
    // One Query per run's partition, then one BatchGetItem for the signals of them all.
    const digests = (
      await Promise.all(
        runIds.map((runId) =>
          this.queryAll({
            KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
            ExpressionAttributeValues: {
              ':pk': partitions.run(runId),
              ':prefix': pipelineKeys.digestsOf(recipientKey),
            },
          }),
        ),
      )
    )
      .flat()
      .map(decodeRunDigest);
    const ids = [...new Set(digests.flatMap((d) => d.signalIds))];
    const signals = new Map(
      (
        await batchGetAll(
          this.table,
          ids.map((id) => ({ ...pipelineKeys.signal(recipientKey, id) })),
          'signalId, signalType, employeeId, employeeName, subject, departmentId, eventDate, signalDate, #text, #status, escalation',
          { '#text': 'text', '#status': 'status' },
        )
      )
        .map(decodeDigestSignal)
        .map((s) => [s.signalId, s]),
    );
    return digests.flatMap((d) =>
      d.signalIds.flatMap((id) => {
        const s = signals.get(id);
        // A signal withdrawn since the run (or expired) is not mailed.
        if (!s || s.status === 'withdrawn') return [];
        return [
          {
            runId: d.runId,
            recipientKey,
            recipient: d.recipient,
            providerId: d.providerId,
            signalId: id,
            signalType: s.signalType,
            employerId: d.employerId,
            employerName: d.employerName,
            employeeId: s.employeeId,
            employeeName: s.employeeName,
            subject: s.subject,
            departmentId: s.departmentId,
            departmentName: s.departmentId ? (d.departments[s.departmentId] ?? null) : null,
            eventDate: s.eventDate,
            signalDate: s.signalDate,
            ...(s.text !== undefined ? { text: s.text } : {}),
            ...(s.escalation
              ? { escalation: { level: s.escalation.level, legalDate: s.escalation.legalDate } }
              : {}),
          },
        ];
      }),
    );
  }

  async claimDigest(
    runId: string,
    recipientKey: string,
    now: Date,
    leaseSeconds: number,
  ): Promise<'claimed' | 'sent' | 'held'> {
    const { ':now': nowSeconds, ':until': until } = leaseValues(now, leaseSeconds);
    try {
      await this.table.client.send(
        new PutCommand({
          TableName: this.table.tableName,
          Item: {
            ...pipelineKeys.digestSent(runId, recipientKey),
            entity: 'digestDelivery',
            state: 'sending',
            leaseUntil: until,
            expiresAt: expiresAt(now, RUN_TTL_DAYS),
          },
          ConditionExpression: `attribute_not_exists(pk) OR (#state = :sending AND ${LEASE.expired})`,
          ExpressionAttributeNames: { '#state': 'state' },
          ExpressionAttributeValues: { ':sending': 'sending', ':now': nowSeconds },
          // The record that refused the claim comes back with the refusal: no second read.
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      );
      return 'claimed';
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      // The returned record is in DynamoDB's own attribute format (`{ S: … }`).
      return (error.Item?.state as { S?: string } | undefined)?.S === 'sent' ? 'sent' : 'held';
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

  async markDigestSent(
    runId: string,
    recipientKey: string,
    at: string,
    messageId: string,
    mailbox?: { collected: readonly CollectedDigest[]; lastWeeklyOn?: string | undefined },
  ): Promise<void> {
    const mailboxItems = mailbox
      ? [
          ...mailbox.collected.map((d) => ({
            Delete: {
              TableName: this.table.tableName,
              Key: pipelineKeys.collected(recipientKey, d.runDate, d.runId),
            },
          })),
          {
            Update: {
              TableName: this.table.tableName,
              Key: pipelineKeys.mailState(recipientKey),
              UpdateExpression: `${mailbox.lastWeeklyOn ? 'SET lastWeeklyOn = :last ' : ''}REMOVE leaseRun, leaseUntil`,
              ...(mailbox.lastWeeklyOn
                ? { ExpressionAttributeValues: { ':last': mailbox.lastWeeklyOn } }
                : {}),
            },
          },
        ]
      : [];
    await this.table.client.send(
      new TransactWriteCommand({
        TransactItems: [
          ...mailboxItems,
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
