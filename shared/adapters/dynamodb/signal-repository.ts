import { type DynamoDBDocumentClient, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import pLimit from 'p-limit';
import {
  type EscalationRecord,
  type EventAbout,
  type EventHandled,
  type EventRef,
  type EventState,
  eventKeyOf,
  handledKeyOf,
  type InboxFilter,
  type SignalStatus,
  type SignalStore,
  type StoredSignal,
} from '../../app/pipeline/ports.js';
import type { Clock } from '../../app/ports.js';
import type { Page, PageRequest } from '../../app/resource-store.js';
import { deletePartitions } from './cascade-delete.js';
import { decodeCursor, encodeCursor } from './cursors.js';
import { partitions, pipelineKeys, prefixes } from './keys.js';
import {
  batchGetAll,
  batchWriteAll,
  expiresAt,
  filteredPage,
  filterOf,
  type Item,
  invalidCursorError,
  isConditionFailure,
  notExpired,
  queryAll,
  type Table,
} from './query.js';
import { decodeEventState, decodeSignal } from './stored-items.js';

/** Signals expire a year and a half after their event: old enough never to be due again. */
const SIGNAL_TTL_DAYS = 550;
/** Conditional writes in flight at once (each is its own request). */
const PUT_CONCURRENCY = 16;

const stripSignal = decodeSignal;

/** `YYYY-MM-DD` as the `YYYYMMDD` a signal id (and so its sort key) starts with. */
const compactDay = (day: string) => day.replaceAll('-', '');

/**
 * Signals in the single table: each in its recipient's inbox partition under its id, which
 * starts with its signal date, so the partition's sort key is the inbox order. A signal carries
 * no index keys: writing one costs one write unit.
 */
export class DynamoSignalRepository implements SignalStore {
  private readonly table: Table;

  constructor(
    client: DynamoDBDocumentClient,
    tableName: string,
    private readonly clock: Clock,
  ) {
    this.table = { client, tableName };
  }

  private signalItem(signal: StoredSignal): Item {
    return {
      ...pipelineKeys.signal(signal.recipientKey, signal.signalId),
      entity: 'signal',
      expiresAt: expiresAt([signal.eventDate, signal.signalDate].sort()[1]!, SIGNAL_TTL_DAYS),
      ...signal,
    };
  }

  async putNew(signals: readonly StoredSignal[]): Promise<void> {
    await batchWriteAll(
      this.table,
      signals.map((s) => ({ PutRequest: { Item: this.signalItem(s) } })),
    );
  }

  async putIfAbsent(signals: readonly StoredSignal[]): Promise<Set<string>> {
    // Which exist already: one BatchGetItem per 100 (a retry after a failure puts only the rest).
    const found = await batchGetAll(
      this.table,
      signals.map((s) => ({ ...pipelineKeys.signal(s.recipientKey, s.signalId) })),
      'signalId',
    );
    const existed = new Set(found.map((i) => i.signalId as string));
    const limit = pLimit(PUT_CONCURRENCY);
    await Promise.all(
      signals
        .filter((s) => !existed.has(s.signalId))
        .map((signal) =>
          limit(async () => {
            try {
              await this.table.client.send(
                new PutCommand({
                  TableName: this.table.tableName,
                  Item: this.signalItem(signal),
                  ConditionExpression: 'attribute_not_exists(pk)',
                }),
              );
            } catch (error) {
              if (!isConditionFailure(error)) throw error;
              existed.add(signal.signalId);
            }
          }),
        ),
    );
    return existed;
  }

  async withdrawSignal(recipientKey: string, signalId: string): Promise<boolean> {
    const s = await this.transition(recipientKey, signalId, ['unread', 'read'], { status: 'withdrawn' });
    return s !== undefined;
  }

  async reviveSignal(recipientKey: string, signalId: string): Promise<boolean> {
    const s = await this.transition(recipientKey, signalId, ['withdrawn'], {
      status: 'unread',
      readAt: null,
    });
    return s !== undefined;
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

  /** Moves a signal to another status when it is in one of `from`. */
  private async transition(
    recipientKey: string,
    signalId: string,
    from: readonly SignalStatus[],
    fields: Record<string, unknown> & { status: SignalStatus },
  ): Promise<StoredSignal | undefined> {
    const names: Record<string, string> = { '#status': 'status' };
    const values: Record<string, unknown> = {};
    const sets: string[] = [];
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

  /**
   * A page of a user's signals, newest signal date first: one Query on the inbox partition, the
   * date range as a key range, status, employer and type as filters (read on until the page is full).
   */
  async markEventHandled(
    event: EventRef,
    handled: EventHandled,
    about: EventAbout = { legalDate: null },
  ): Promise<EventHandled> {
    try {
      await this.updateEventState(
        event,
        about,
        'SET #by = :by, #at = :at, note = :note',
        { ':by': handled.by, ':at': handled.at, ':note': handled.note },
        'attribute_not_exists(#by)',
      );
      return handled;
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      const first = await this.eventStates([event]);
      return first.get(handledKeyOf(event))?.handled ?? handled;
    }
  }

  async recordEscalation(event: EventRef, about: EventAbout, record: EscalationRecord): Promise<void> {
    const level = `esc${record.level}`;
    await this.updateEventState(event, about, `SET ${level} = if_not_exists(${level}, :record)`, {
      ':record': { at: record.at, to: record.to },
    });
  }

  async recordUnescalated(event: EventRef, about: EventAbout, at: string): Promise<void> {
    await this.updateEventState(event, about, 'SET unescalatedAt = if_not_exists(unescalatedAt, :at)', {
      ':at': at,
    });
  }

  /**
   * One update of an event's state item, which keeps its legal date (the first known) and expires
   * with the event's signals.
   */
  private async updateEventState(
    event: EventRef,
    { legalDate, providerId }: EventAbout,
    update: string,
    values: Record<string, unknown>,
    condition?: string,
  ) {
    const day = legalDate ?? event.eventDate;
    await this.table.client.send(
      new UpdateCommand({
        TableName: this.table.tableName,
        Key: pipelineKeys.eventState(event.employerId, eventKeyOf(event)),
        UpdateExpression: `${update}, entity = :entity, legalDate = if_not_exists(legalDate, :legalDate), expiresAt = if_not_exists(expiresAt, :expiresAt)${providerId ? ', providerId = if_not_exists(providerId, :providerId)' : ''}`,
        ExpressionAttributeValues: {
          ...values,
          ...(providerId ? { ':providerId': providerId } : {}),
          ':entity': 'eventState',
          ':legalDate': legalDate,
          ':expiresAt': expiresAt([day, event.eventDate].sort()[1]!, SIGNAL_TTL_DAYS),
        },
        ...(update.includes('#by') ? { ExpressionAttributeNames: { '#by': 'by', '#at': 'at' } } : {}),
        ...(condition ? { ConditionExpression: condition } : {}),
      }),
    );
  }

  async eventStates(events: readonly EventRef[]): Promise<Map<string, EventState>> {
    const unique = new Map(events.map((e) => [handledKeyOf(e), e]));
    const items = await batchGetAll(
      this.table,
      [...unique.values()].map((e) => ({ ...pipelineKeys.eventState(e.employerId, eventKeyOf(e)) })),
      'pk, sk, #by, #at, note, legalDate, esc1, esc2, esc3, unescalatedAt',
      { '#by': 'by', '#at': 'at' },
    );
    return new Map(
      items.map((item) => {
        const { employerId, ...state } = decodeEventState(item);
        return [`${employerId}|${eventKeyOf(state)}`, state];
      }),
    );
  }

  async eventStatesOf(employerId: string): Promise<Array<EventRef & EventState>> {
    const items = await queryAll(this.table.client, {
      TableName: this.table.tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': partitions.employer(employerId), ':prefix': prefixes.event },
    });
    return items.filter(notExpired(this.clock)).map(decodeEventState);
  }

  async deleteInbox(recipientKey: string): Promise<void> {
    await deletePartitions(this.table, [partitions.inbox(recipientKey)]);
  }

  async listInbox(recipientKey: string, filter: InboxFilter, page: PageRequest): Promise<Page<StoredSignal>> {
    const partition = partitions.inbox(recipientKey);
    let start: Record<string, unknown> | undefined;
    if (page.cursor !== undefined) {
      start = decodeCursor(page.cursor, {
        partitionAttribute: 'pk',
        partition,
        sortAttribute: 'sk',
        sortPrefix: prefixes.signal,
      });
      if (!start) throw invalidCursorError();
    }
    const from = pipelineKeys.signalSortKey(filter.from ? compactDay(filter.from) : '');
    const to = pipelineKeys.signalSortKey(filter.to ? `${compactDay(filter.to)}~` : '~');
    const filters = filterOf([
      ['status', '=', filter.status],
      ['employerId', '=', filter.employerId],
      ['signalType', '=', filter.signalType],
    ]);
    // Filters may thin a page: read on until the page is full or the list ends.
    const { items, lastKey } = await filteredPage(
      this.table,
      {
        KeyConditionExpression: 'pk = :p AND sk BETWEEN :from AND :to',
        ...filters.expression,
        ExpressionAttributeValues: { ':p': partition, ':from': from, ':to': to, ...filters.values },
        ScanIndexForward: false,
      },
      page.limit,
      start,
      notExpired(this.clock),
    );
    return { items: items.map(stripSignal), ...(lastKey ? { nextCursor: encodeCursor(lastKey) } : {}) };
  }
}
