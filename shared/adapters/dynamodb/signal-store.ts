import {
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  type QueryCommandInput,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type {
  ActiveEmployers,
  DigestEntry,
  InboxFilter,
  NewRun,
  Run,
  RunStore,
  SignalStatus,
  SignalStore,
  StoredSignal,
} from '../../app/pipeline/ports.js';
import type { Page, PageRequest } from '../../app/resource-store.js';
import { ValidationError } from '../../domain/errors.js';
import { decodeCursor, encodeCursor, indexKeys, pipelineKeys } from './keys.js';
import { type Item, isConditionFailure, queryAll } from './query.js';

/** Signals expire a year and a half after their event: old enough never to be due again. */
const SIGNAL_TTL_DAYS = 550;
/** Runs and their digests are kept for 90 days. */
const RUN_TTL_DAYS = 90;

const epochSeconds = (isoDate: string, plusDays: number) =>
  Math.floor(Date.parse(`${isoDate}T00:00:00Z`) / 1000) + plusDays * 86_400;
const nowSeconds = () => Math.floor(Date.now() / 1000);

function stripSignal(item: Item): StoredSignal {
  const {
    pk: _pk,
    sk: _sk,
    gsi1pk: _1,
    gsi1sk: _2,
    gsi2pk: _3,
    gsi2sk: _4,
    gsi3pk: _5,
    gsi3sk: _6,
    entity: _e,
    expiresAt: _x,
    ...rest
  } = item;
  return rest as unknown as StoredSignal;
}

const notExpired = (item: Item) => typeof item.expiresAt !== 'number' || item.expiresAt > nowSeconds();

/** Signals, runs and digests in the single table. */
export class DynamoSignalStore implements SignalStore, RunStore, ActiveEmployers {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** Every item a Query matches, less those TTL has expired but not yet deleted. */
  private async queryAll(input: Omit<QueryCommandInput, 'TableName'>): Promise<Item[]> {
    return (await queryAll(this.client, { TableName: this.tableName, ...input })).filter(notExpired);
  }

  async activeEmployerIds(): Promise<string[]> {
    const items = await this.queryAll({
      IndexName: 'gsi2',
      KeyConditionExpression: 'gsi2pk = :p',
      ExpressionAttributeValues: { ':p': indexKeys.activeEmployers },
      ProjectionExpression: '#data.employerId',
      ExpressionAttributeNames: { '#data': 'data' },
    });
    return items.map((i) => (i.data as { employerId: string }).employerId);
  }

  // Signals ------------------------------------------------------------------------------------

  async employerSignals(employerId: string, fromEventDate: string): Promise<StoredSignal[]> {
    const items = await this.queryAll({
      IndexName: 'gsi3',
      KeyConditionExpression: 'gsi3pk = :p AND gsi3sk >= :from',
      ExpressionAttributeValues: { ':p': pipelineKeys.employerSignals(employerId), ':from': fromEventDate },
    });
    return items.map(stripSignal);
  }

  private signalItem(signal: StoredSignal): Item {
    return {
      ...pipelineKeys.signal(signal.recipientKey, signal.signalId),
      ...pipelineKeys.signalIndexes(signal),
      entity: 'signal',
      expiresAt: epochSeconds([signal.eventDate, signal.signalDate].sort()[1]!, SIGNAL_TTL_DAYS),
      ...signal,
    };
  }

  async createSignal(signal: StoredSignal, digest: DigestEntry | undefined): Promise<boolean> {
    const put = {
      TableName: this.tableName,
      Item: this.signalItem(signal),
      ConditionExpression: 'attribute_not_exists(pk)',
    };
    try {
      if (!digest) {
        await this.client.send(new PutCommand(put));
        return true;
      }
      await this.client.send(
        new TransactWriteCommand({
          TransactItems: [
            { Put: put },
            {
              Put: {
                TableName: this.tableName,
                Item: {
                  ...pipelineKeys.digestEntry(digest.runId, digest.recipientKey, digest.signalId),
                  entity: 'digestEntry',
                  expiresAt: nowSeconds() + RUN_TTL_DAYS * 86_400,
                  ...digest,
                },
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
          ],
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  async withdrawSignal(recipientKey: string, signalId: string): Promise<boolean> {
    return this.transition(recipientKey, signalId, ['unread', 'read'], { status: 'withdrawn' }).then(
      (s) => s !== undefined,
    );
  }

  async getSignal(recipientKey: string, signalId: string): Promise<StoredSignal | undefined> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: pipelineKeys.signal(recipientKey, signalId) }),
    );
    return Item && notExpired(Item) ? stripSignal(Item) : undefined;
  }

  async updateStatus(
    recipientKey: string,
    signalId: string,
    from: readonly SignalStatus[],
    change: { status: 'read' | 'handled'; at: string; by?: string; note?: string | null },
  ): Promise<StoredSignal | undefined> {
    const fields: Record<string, unknown> =
      change.status === 'read'
        ? { readAt: change.at }
        : { handledAt: change.at, handledBy: change.by ?? null, note: change.note ?? null };
    return this.transition(recipientKey, signalId, from, { status: change.status, ...fields });
  }

  /** Moves a signal to another status (and its status index) when it is in one of `from`. */
  private async transition(
    recipientKey: string,
    signalId: string,
    from: readonly SignalStatus[],
    fields: Record<string, unknown> & { status: SignalStatus },
  ): Promise<StoredSignal | undefined> {
    const names: Record<string, string> = { '#status': 'status' };
    const values: Record<string, unknown> = {
      ':gsi2pk': pipelineKeys.inboxByStatus(recipientKey, fields.status),
    };
    const sets = ['gsi2pk = :gsi2pk'];
    Object.entries(fields).forEach(([k, v], i) => {
      names[`#f${i}`] = k;
      values[`:f${i}`] = v;
      sets.push(`#f${i} = :f${i}`);
    });
    from.forEach((s, i) => {
      values[`:from${i}`] = s;
    });
    try {
      const { Attributes } = await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: pipelineKeys.signal(recipientKey, signalId),
          UpdateExpression: `SET ${sets.join(', ')}`,
          ConditionExpression: `attribute_exists(pk) AND #status IN (${from.map((_, i) => `:from${i}`).join(', ')})`,
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
          ReturnValues: 'ALL_NEW',
        }),
      );
      return Attributes ? stripSignal(Attributes) : undefined;
    } catch (error) {
      if (isConditionFailure(error)) return undefined;
      throw error;
    }
  }

  async listInbox(recipientKey: string, filter: InboxFilter, page: PageRequest): Promise<Page<StoredSignal>> {
    const byStatus = filter.status !== undefined;
    const partition = byStatus
      ? pipelineKeys.inboxByStatus(recipientKey, filter.status!)
      : pipelineKeys.inbox(recipientKey);
    const pAttr = byStatus ? 'gsi2pk' : 'gsi1pk';
    const sAttr = byStatus ? 'gsi2sk' : 'gsi1sk';
    let start: Record<string, string> | undefined;
    if (page.cursor !== undefined) {
      start = decodeCursor(page.cursor, {
        partitionAttribute: pAttr,
        partition,
        sortAttribute: sAttr,
        sortPrefix: '',
      });
      if (!start)
        throw new ValidationError('The cursor is not valid for this list.', [
          { path: 'query.cursor', message: 'invalid cursor' },
        ]);
    }
    const values: Record<string, unknown> = { ':p': partition };
    const names: Record<string, string> = { '#p': pAttr };
    let keyCondition = '#p = :p';
    if (filter.from || filter.to) names['#s'] = sAttr;
    // Sort keys are `signalDate#signalId`: a date range is a key range.
    if (filter.from && filter.to) {
      keyCondition += ' AND #s BETWEEN :from AND :to';
      values[':from'] = filter.from;
      values[':to'] = `${filter.to}#\uffff`;
    } else if (filter.from) {
      keyCondition += ' AND #s >= :from';
      values[':from'] = filter.from;
    } else if (filter.to) {
      keyCondition += ' AND #s <= :to';
      values[':to'] = `${filter.to}#\uffff`;
    }
    const filters: string[] = [];
    if (filter.employerId) {
      filters.push('employerId = :employerId');
      values[':employerId'] = filter.employerId;
    }
    if (filter.signalType) {
      filters.push('signalType = :signalType');
      values[':signalType'] = filter.signalType;
    }
    const items: Item[] = [];
    let lastKey: Record<string, unknown> | undefined = start;
    // Filters may thin a page: read on until the page is full or the list ends.
    do {
      const { Items = [], LastEvaluatedKey } = await this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: byStatus ? 'gsi2' : 'gsi1',
          KeyConditionExpression: keyCondition,
          ...(filters.length > 0 ? { FilterExpression: filters.join(' AND ') } : {}),
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
          ScanIndexForward: false,
          Limit: page.limit - items.length,
          ...(lastKey ? { ExclusiveStartKey: lastKey } : {}),
        }),
      );
      items.push(...Items.filter(notExpired));
      lastKey = LastEvaluatedKey;
    } while (lastKey && items.length < page.limit);
    return { items: items.map(stripSignal), ...(lastKey ? { nextCursor: encodeCursor(lastKey) } : {}) };
  }

  async digestRecipients(runId: string): Promise<string[]> {
    const items = await this.queryAll({
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: {
        ':pk': pipelineKeys.runPartition(runId),
        ':prefix': pipelineKeys.digestPrefix,
      },
      ProjectionExpression: 'recipientKey',
    });
    return [...new Set(items.map((i) => i.recipientKey as string))];
  }

  async digestEntries(runId: string, recipientKey: string): Promise<DigestEntry[]> {
    const items = await this.queryAll({
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: {
        ':pk': pipelineKeys.runPartition(runId),
        ':prefix': `${pipelineKeys.digestPrefix}${recipientKey}#`,
      },
    });
    return items.map(
      ({ pk: _pk, sk: _sk, entity: _e, expiresAt: _x, ...rest }) => rest as unknown as DigestEntry,
    );
  }

  // Runs ---------------------------------------------------------------------------------------

  async createRun(run: NewRun): Promise<void> {
    await this.client.send(
      new PutCommand({
        TableName: this.tableName,
        Item: {
          ...pipelineKeys.run(run.runId),
          entity: 'run',
          remaining: run.employers.total - run.employers.done - run.employers.failed,
          expiresAt: nowSeconds() + RUN_TTL_DAYS * 86_400,
          ...run,
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  }

  async getRun(runId: string): Promise<Run | undefined> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: pipelineKeys.run(runId), ConsistentRead: true }),
    );
    if (!Item) return undefined;
    const run = Item as unknown as Run;
    return {
      runId: run.runId,
      moment: run.moment,
      date: run.date,
      status: run.status,
      employers: run.employers,
      signalsCreated: run.signalsCreated,
      signalsWithdrawn: run.signalsWithdrawn,
      emailsSent: run.emailsSent,
      startedAt: run.startedAt,
      finishedAt: run.finishedAt ?? null,
      deliveryQueuedAt: run.deliveryQueuedAt ?? null,
    };
  }

  async markEmployer(
    runId: string,
    employerId: string,
    outcome: 'done' | 'failed',
    counts: { created: number; withdrawn: number },
  ): Promise<boolean> {
    try {
      await this.client.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: this.tableName,
                Item: {
                  ...pipelineKeys.runEmployer(runId, employerId),
                  entity: 'runEmployer',
                  outcome,
                  ...counts,
                  expiresAt: nowSeconds() + RUN_TTL_DAYS * 86_400,
                },
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
            {
              Update: {
                TableName: this.tableName,
                Key: pipelineKeys.run(runId),
                // SET, not ADD: ADD cannot reach into the employers map. `remaining` lets the
                // completion check compare without arithmetic (conditions have none).
                UpdateExpression:
                  'SET employers.#outcome = employers.#outcome + :one, remaining = remaining - :one, signalsCreated = signalsCreated + :created, signalsWithdrawn = signalsWithdrawn + :withdrawn',
                ExpressionAttributeNames: { '#outcome': outcome },
                ExpressionAttributeValues: {
                  ':one': 1,
                  ':created': counts.created,
                  ':withdrawn': counts.withdrawn,
                },
              },
            },
          ],
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  async completeIfFinished(runId: string, at: string): Promise<boolean> {
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: pipelineKeys.run(runId),
          UpdateExpression: 'SET #status = :completed, finishedAt = :at',
          // Also true again while delivery was not queued yet: a retry after a failed enqueue queues it
          // (deliveries are idempotent per user and run).
          ConditionExpression:
            '(#status = :running AND remaining <= :zero) OR (#status = :completed AND attribute_not_exists(deliveryQueuedAt))',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':completed': 'completed',
            ':running': 'running',
            ':at': at,
            ':zero': 0,
          },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  async markDeliveryQueued(runId: string, at: string): Promise<void> {
    await this.client.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: pipelineKeys.run(runId),
        UpdateExpression: 'SET deliveryQueuedAt = :at',
        ExpressionAttributeValues: { ':at': at },
      }),
    );
  }

  async claimDigest(runId: string, recipientKey: string, now: Date, leaseSeconds: number): Promise<boolean> {
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            ...pipelineKeys.digestSent(runId, recipientKey),
            entity: 'digestDelivery',
            state: 'sending',
            leaseUntil: Math.floor(now.getTime() / 1000) + leaseSeconds,
            expiresAt: nowSeconds() + RUN_TTL_DAYS * 86_400,
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
    await this.client
      .send(
        new UpdateCommand({
          TableName: this.tableName,
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
    await this.client.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Update: {
              TableName: this.tableName,
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
              TableName: this.tableName,
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
