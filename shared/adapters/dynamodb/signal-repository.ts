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
  DigestEntry,
  InboxFilter,
  SignalStatus,
  SignalStore,
  StoredSignal,
} from '../../app/pipeline/ports.js';
import type { Clock } from '../../app/ports.js';
import type { Page, PageRequest } from '../../app/resource-store.js';
import { digestEntryItem } from './digest-repository.js';
import { decodeCursor, encodeCursor, indexKeys, partitions, pipelineKeys } from './keys.js';
import {
  expiresAt,
  type Item,
  invalidCursorError,
  isConditionFailure,
  notExpired,
  queryAll,
  type Table,
} from './query.js';

/** Signals expire a year and a half after their event: old enough never to be due again. */
const SIGNAL_TTL_DAYS = 550;

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

/** Signals in the single table: each in its recipient's inbox partition, keyed by its identity. */
export class DynamoSignalRepository implements SignalStore {
  private readonly table: Table;

  constructor(
    client: DynamoDBDocumentClient,
    tableName: string,
    private readonly clock: Clock,
  ) {
    this.table = { client, tableName };
  }

  /** Every item a Query matches, less those TTL has expired but not yet deleted. */
  private async queryAll(input: Omit<QueryCommandInput, 'TableName'>): Promise<Item[]> {
    const items = await queryAll(this.table.client, { TableName: this.table.tableName, ...input });
    return items.filter(notExpired(this.clock));
  }

  async employerSignals(employerId: string, fromEventDate: string): Promise<StoredSignal[]> {
    const items = await this.queryAll({
      IndexName: 'gsi3',
      KeyConditionExpression: 'gsi3pk = :p AND gsi3sk >= :from',
      ExpressionAttributeValues: { ':p': indexKeys.employerSignals(employerId), ':from': fromEventDate },
    });
    return items.map(stripSignal);
  }

  private signalItem(signal: StoredSignal): Item {
    return {
      ...pipelineKeys.signal(signal.recipientKey, signal.signalId),
      ...pipelineKeys.signalIndexes(signal),
      entity: 'signal',
      expiresAt: expiresAt([signal.eventDate, signal.signalDate].sort()[1]!, SIGNAL_TTL_DAYS),
      ...signal,
    };
  }

  async createSignal(signal: StoredSignal, digest: DigestEntry | undefined): Promise<boolean> {
    const put = {
      TableName: this.table.tableName,
      Item: this.signalItem(signal),
      ConditionExpression: 'attribute_not_exists(pk)',
    };
    try {
      if (!digest) {
        await this.table.client.send(new PutCommand(put));
        return true;
      }
      await this.table.client.send(
        new TransactWriteCommand({
          TransactItems: [
            { Put: put },
            {
              Put: {
                TableName: this.table.tableName,
                Item: digestEntryItem(digest, signal.createdAt),
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
    const { Item } = await this.table.client.send(
      new GetCommand({ TableName: this.table.tableName, Key: pipelineKeys.signal(recipientKey, signalId) }),
    );
    return Item && notExpired(this.clock)(Item) ? stripSignal(Item) : undefined;
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
      ':gsi2pk': indexKeys.inboxByStatus(recipientKey, fields.status),
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
      const { Attributes } = await this.table.client.send(
        new UpdateCommand({
          TableName: this.table.tableName,
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
      ? indexKeys.inboxByStatus(recipientKey, filter.status!)
      : partitions.inbox(recipientKey);
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
      if (!start) throw invalidCursorError();
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
      const { Items = [], LastEvaluatedKey } = await this.table.client.send(
        new QueryCommand({
          TableName: this.table.tableName,
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
      items.push(...Items.filter(notExpired(this.clock)));
      lastKey = LastEvaluatedKey;
    } while (lastKey && items.length < page.limit);
    return { items: items.map(stripSignal), ...(lastKey ? { nextCursor: encodeCursor(lastKey) } : {}) };
  }
}
