import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  BatchWriteCommand,
  type DynamoDBDocumentClient,
  paginateQuery,
  QueryCommand,
  type QueryCommandInput,
} from '@aws-sdk/lib-dynamodb';
import type { Clock } from '../../app/ports.js';
import { type RetryPolicy, retry, Unfinished } from '../../app/retry.js';
import { ValidationError } from '../../domain/errors.js';

export type Item = Record<string, unknown>;

/** The table an adapter works on: the client it sends with and the table's name. */
export interface Table {
  client: DynamoDBDocumentClient;
  tableName: string;
}

/** Every item a Query matches, page by page (the SDK's paginator follows LastEvaluatedKey). */
export async function queryAll(client: DynamoDBDocumentClient, input: QueryCommandInput): Promise<Item[]> {
  const items: Item[] = [];
  for await (const page of paginateQuery({ client }, { ...input })) items.push(...(page.Items ?? []));
  return items;
}

/** One condition of a list filter: an attribute path, a comparison, and a value (undefined: left out). */
export type FilterCondition = [path: string, op: '=' | '>=' | '<=', value: unknown];

/**
 * The FilterExpression of the conditions that apply, with its names and values (`:status`…),
 * to spread into a Query beside its own key-condition values.
 */
export function filterOf(conditions: readonly FilterCondition[]) {
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const terms: string[] = [];
  conditions.forEach(([path, op, value], i) => {
    if (value === undefined) return;
    const ref = path
      .split('.')
      .map((part) => {
        names[`#${part}`] = part;
        return `#${part}`;
      })
      .join('.');
    // Named after the attribute (`:status`), numbered when one attribute has two conditions.
    const base = `:${path.split('.').at(-1)}`;
    const name = base in values ? `${base}${i}` : base;
    values[name] = value;
    terms.push(`${ref} ${op} ${name}`);
  });
  return terms.length > 0
    ? { expression: { FilterExpression: terms.join(' AND '), ExpressionAttributeNames: names }, values }
    : { expression: {}, values };
}

/**
 * A page of a Query whose filters may thin it: reads on until `limit` items passed (the filter
 * expression, then `keep`) or the list ends. Answers the items and where the next page starts.
 */
export async function filteredPage(
  table: Table,
  input: Omit<QueryCommandInput, 'TableName' | 'Limit' | 'ExclusiveStartKey'>,
  limit: number,
  start: Record<string, unknown> | undefined,
  keep: (item: Item) => boolean = () => true,
): Promise<{ items: Item[]; lastKey: Record<string, unknown> | undefined }> {
  const items: Item[] = [];
  let lastKey = start;
  do {
    const { Items = [], LastEvaluatedKey } = await table.client.send(
      new QueryCommand({
        TableName: table.tableName,
        ...input,
        Limit: limit - items.length,
        ...(lastKey ? { ExclusiveStartKey: lastKey } : {}),
      }),
    );
    items.push(...Items.filter(keep));
    lastKey = LastEvaluatedKey;
  } while (lastKey && items.length < limit);
  return { items, lastKey };
}

/** A conditional write that did not hold: on its own, or as the reason a transaction was cancelled. */
export const isConditionFailure = (error: unknown): boolean =>
  error instanceof ConditionalCheckFailedException ||
  (error instanceof TransactionCanceledException &&
    (error.CancellationReasons ?? []).some((r) => r.Code === 'ConditionalCheckFailed'));

const BATCH_WRITE_MAX = 25;
const BATCH_GET_MAX = 100;
/**
 * Sending again what a batch left unprocessed (DynamoDB's answer to throttling inside a batch):
 * bounded, with full jitter; what is still left after the last try is an error, never dropped.
 */
export const UNPROCESSED_RETRY: RetryPolicy = { attempts: 8, baseMs: 50, capMs: 1000 };
const leftOver = { retryIf: (error: unknown) => error instanceof Unfinished };

/** Writes requests 25 per BatchWriteItem, sending unprocessed ones again with backoff (bounded). */
export async function batchWriteAll(table: Table, requests: readonly Item[]): Promise<void> {
  for (let i = 0; i < requests.length; i += BATCH_WRITE_MAX) {
    let pending = requests.slice(i, i + BATCH_WRITE_MAX);
    await retry(
      UNPROCESSED_RETRY,
      async () => {
        const { UnprocessedItems } = await table.client.send(
          new BatchWriteCommand({ RequestItems: { [table.tableName]: pending as never } }),
        );
        pending = (UnprocessedItems?.[table.tableName] ?? []) as Item[];
        if (pending.length > 0) throw new Unfinished(pending.length, 'writes of a batch');
      },
      leftOver,
    );
  }
}

/** Reads keys 100 per BatchGetItem (consistently), reading unprocessed keys again with backoff. */
export async function batchGetAll(
  table: Table,
  keys: readonly Item[],
  projection: string,
  names?: Record<string, string>,
): Promise<Item[]> {
  const items: Item[] = [];
  for (let i = 0; i < keys.length; i += BATCH_GET_MAX) {
    let pending = keys.slice(i, i + BATCH_GET_MAX);
    await retry(
      UNPROCESSED_RETRY,
      async () => {
        const { Responses, UnprocessedKeys } = await table.client.send(
          new BatchGetCommand({
            RequestItems: {
              [table.tableName]: {
                Keys: pending as Item[],
                ProjectionExpression: projection,
                ...(names ? { ExpressionAttributeNames: names } : {}),
                ConsistentRead: true,
              },
            },
          }),
        );
        items.push(...(Responses?.[table.tableName] ?? []));
        pending = (UnprocessedKeys?.[table.tableName]?.Keys ?? []) as Item[];
        if (pending.length > 0) throw new Unfinished(pending.length, 'reads of a batch');
      },
      leftOver,
    );
  }
  return items;
}

const DAY_SECONDS = 86_400;

/**
 * TTL arithmetic in one place: the epoch second `days` after an instant or a calendar date
 * (a date counts from its midnight UTC; TTL deletion is coarse, a day more or less is fine).
 */
export function expiresAt(from: Date | string, days: number): number {
  const ms =
    typeof from === 'string' ? Date.parse(from.length === 10 ? `${from}T00:00:00Z` : from) : from.getTime();
  return Math.floor(ms / 1000) + days * DAY_SECONDS;
}

/** Whether TTL has not yet expired an item (DynamoDB deletes expired items late, so reads check). */
export const notExpired = (clock: Clock) => {
  const now = Math.floor(clock.now().getTime() / 1000);
  return (item: Item) => typeof item.expiresAt !== 'number' || item.expiresAt > now;
};

/** The 400 for a cursor this list did not hand out (tampered, or from another list). */
export const invalidCursorError = () =>
  new ValidationError('The cursor is not valid for this list.', [
    { path: 'query.cursor', message: 'invalid cursor' },
  ]);
