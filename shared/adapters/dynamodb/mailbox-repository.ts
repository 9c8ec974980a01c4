import { randomBytes } from 'node:crypto';
import { type DynamoDBDocumentClient, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { CollectedDigest, Mailbox, MailState } from '../../app/digests/ports.js';
import type { Clock } from '../../app/ports.js';
import { DEFAULT_EMAIL_PREFERENCES, type EmailPreferences } from '../../domain/email-preferences.js';
import { RUN_TTL_DAYS } from './digest-repository.js';
import { indexKeys, pipelineKeys, prefixes } from './keys.js';
import { LEASE, leaseValues } from './lease.js';
import {
  batchGetAll,
  batchWriteAll,
  expiresAt,
  isConditionFailure,
  notExpired,
  queryAll,
  type Table,
} from './query.js';

/**
 * A user's mail state is one item in the inbox partition (`MAIL#STATE`); each collected digest is
 * one small item beside it (`MAIL#RUN#<runDate>#<runId>`), carrying the sparse gsi1 key that files
 * it under its provider and the date it is to be mailed. Paused users' items leave the index.
 */
export class DynamoMailbox implements Mailbox {
  private readonly table: Table;
  private key: Promise<Uint8Array> | undefined;

  constructor(
    client: DynamoDBDocumentClient,
    tableName: string,
    private readonly clock: Clock,
  ) {
    this.table = { client, tableName };
  }

  async state(recipientKey: string): Promise<MailState> {
    const { Item } = await this.table.client.send(
      new GetCommand({
        TableName: this.table.tableName,
        Key: pipelineKeys.mailState(recipientKey),
        ConsistentRead: true,
      }),
    );
    return mailStateOf(Item);
  }

  async stateOfEach(recipientKeys: readonly string[]): Promise<Map<string, MailState>> {
    const unique = [...new Set(recipientKeys)];
    const items = await batchGetAll(
      this.table,
      unique.map((k) => ({ ...pipelineKeys.mailState(k) })),
      'pk, preferences, lastWeeklyOn, updatedAt',
    );
    const byPartition = new Map(items.map((i) => [i.pk as string, i]));
    return new Map(unique.map((k) => [k, mailStateOf(byPartition.get(pipelineKeys.mailState(k).pk))]));
  }

  async save(
    recipientKey: string,
    providerId: string,
    state: MailState,
    wakeOn: string | null,
  ): Promise<void> {
    // An update, not a put: a sending lease on the item stays as it is.
    await this.table.client.send(
      new UpdateCommand({
        TableName: this.table.tableName,
        Key: pipelineKeys.mailState(recipientKey),
        UpdateExpression: `SET entity = :entity, preferences = :p, updatedAt = :at, providerId = :provider${
          state.lastWeeklyOn ? ', lastWeeklyOn = :last' : ''
        }`,
        ExpressionAttributeValues: {
          ':entity': 'mailState',
          ':p': state.preferences,
          ':at': state.updatedAt ?? this.clock.now().toISOString(),
          ':provider': providerId,
          ...(state.lastWeeklyOn ? { ':last': state.lastWeeklyOn } : {}),
        },
      }),
    );
    // Each collected digest refiled (or taken out of the index), all at once.
    const collected = await this.collected(recipientKey);
    await Promise.all(
      collected.map((digest) =>
        this.table.client
          .send(
            new UpdateCommand({
              TableName: this.table.tableName,
              Key: pipelineKeys.collected(recipientKey, digest.runDate, digest.runId),
              ...(wakeOn === null
                ? { UpdateExpression: 'REMOVE gsi1pk, gsi1sk' }
                : {
                    UpdateExpression: 'SET gsi1pk = :pk, gsi1sk = :sk',
                    ExpressionAttributeValues: (({ gsi1pk, gsi1sk }) => ({ ':pk': gsi1pk, ':sk': gsi1sk }))(
                      indexKeys.collectedDigest(providerId, wakeOn, recipientKey, digest.runId),
                    ),
                  }),
              ConditionExpression: 'attribute_exists(pk)',
            }),
          )
          .catch((error: unknown) => {
            // Mailed (and removed) meanwhile: nothing to file.
            if (!isConditionFailure(error)) throw error;
          }),
      ),
    );
  }

  async collected(recipientKey: string): Promise<CollectedDigest[]> {
    const { pk } = pipelineKeys.mailState(recipientKey);
    const items = await queryAll(this.table.client, {
      TableName: this.table.tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': pk, ':prefix': prefixes.collected },
      ProjectionExpression: 'runId, runDate, expiresAt',
      ConsistentRead: true,
    });
    return items
      .filter(notExpired(this.clock))
      .map((i) => ({ runId: i.runId as string, runDate: i.runDate as string }));
  }

  async collect(
    providerId: string,
    digest: CollectedDigest,
    recipients: ReadonlyArray<{ recipientKey: string; wakeOn: string }>,
  ): Promise<void> {
    // The run's digests it points to live as long.
    const expires = expiresAt(this.clock.now(), RUN_TTL_DAYS);
    await batchWriteAll(
      this.table,
      recipients.map(({ recipientKey, wakeOn }) => ({
        PutRequest: {
          Item: {
            ...pipelineKeys.collected(recipientKey, digest.runDate, digest.runId),
            ...indexKeys.collectedDigest(providerId, wakeOn, recipientKey, digest.runId),
            entity: 'collectedDigest',
            recipientKey,
            ...digest,
            expiresAt: expires,
          },
        },
      })),
    );
  }

  async dueRecipients(providerIds: readonly string[], date: string): Promise<string[]> {
    const keys = new Set<string>();
    for (const providerId of new Set(providerIds)) {
      const items = await queryAll(this.table.client, {
        TableName: this.table.tableName,
        IndexName: 'gsi1',
        // `~` sorts after `#`: every key filed on `date` or before.
        KeyConditionExpression: 'gsi1pk = :pk AND gsi1sk <= :end',
        ExpressionAttributeValues: { ':pk': indexKeys.collectedOfProvider(providerId), ':end': `${date}~` },
        ProjectionExpression: 'recipientKey',
      });
      for (const item of items) keys.add(item.recipientKey as string);
    }
    return [...keys];
  }

  async lease(recipientKey: string, runId: string, now: Date, seconds: number): Promise<boolean> {
    try {
      await this.table.client.send(
        new UpdateCommand({
          TableName: this.table.tableName,
          Key: pipelineKeys.mailState(recipientKey),
          UpdateExpression: `SET leaseRun = :run, ${LEASE.take}`,
          ConditionExpression: `${LEASE.none} OR ${LEASE.expired} OR leaseRun = :run`,
          ExpressionAttributeValues: { ':run': runId, ...leaseValues(now, seconds) },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  async releaseLease(recipientKey: string, runId: string): Promise<void> {
    await this.table.client
      .send(
        new UpdateCommand({
          TableName: this.table.tableName,
          Key: pipelineKeys.mailState(recipientKey),
          UpdateExpression: 'REMOVE leaseRun, leaseUntil',
          ConditionExpression: 'leaseRun = :run',
          ExpressionAttributeValues: { ':run': runId },
        }),
      )
      .catch((error: unknown) => {
        if (!isConditionFailure(error)) throw error;
      });
  }

  async discard(recipientKey: string, digests: readonly CollectedDigest[], runId: string): Promise<void> {
    await batchWriteAll(
      this.table,
      digests.map((d) => ({
        DeleteRequest: { Key: pipelineKeys.collected(recipientKey, d.runDate, d.runId) },
      })),
    );
    await this.releaseLease(recipientKey, runId);
  }

  signingKey(): Promise<Uint8Array> {
    this.key ??= this.loadOrCreateKey().catch((error: unknown) => {
      this.key = undefined;
      throw error;
    });
    return this.key;
  }

  private async loadOrCreateKey(): Promise<Uint8Array> {
    const Key = pipelineKeys.signingKey('unsubscribe');
    const read = async () =>
      (
        await this.table.client.send(
          new GetCommand({ TableName: this.table.tableName, Key, ConsistentRead: true }),
        )
      ).Item?.secret as string | undefined;
    const existing = await read();
    if (existing) return Buffer.from(existing, 'base64');
    const secret = randomBytes(32).toString('base64');
    try {
      await this.table.client.send(
        new PutCommand({
          TableName: this.table.tableName,
          Item: { ...Key, entity: 'signingKey', secret, createdAt: this.clock.now().toISOString() },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
      return Buffer.from(secret, 'base64');
    } catch (error) {
      // Another process made it first: use theirs.
      if (!isConditionFailure(error)) throw error;
      return Buffer.from((await read())!, 'base64');
    }
  }
}

/** A user's mail state from its item (the defaults where it was never set). */
const mailStateOf = (item: Record<string, unknown> | undefined): MailState => ({
  preferences: { ...DEFAULT_EMAIL_PREFERENCES, ...(item?.preferences as EmailPreferences | undefined) },
  lastWeeklyOn: item?.lastWeeklyOn as string | undefined,
  updatedAt: item?.updatedAt as string | undefined,
});
