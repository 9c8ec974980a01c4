import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  DeleteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type {
  Audit,
  BatchResult,
  ListRef,
  Page,
  PageRequest,
  PartitionItems,
  Precondition,
  ResourceRef,
  ResourceStore,
  Stored,
} from '../../app/resource-store.js';
import { ConflictError, NotFoundError, PreconditionFailedError } from '../../domain/errors.js';
import { deletePartitions, deleteProviderPartitions } from './cascade-delete.js';
import { type CursorScope, decodeCursor, encodeCursor } from './cursors.js';
import { batchEmployees } from './employee-batch.js';
import {
  DATA_END,
  indexAttributes,
  indexKeys,
  keyOf,
  keys,
  listScope,
  partitions,
  prefixes,
} from './keys.js';
import { type Item, invalidCursorError, queryAll, type Table } from './query.js';

export function toStored<T>(item: Item): Stored<T> {
  return {
    data: item.data as T,
    version: item.version as number,
    createdAt: item.createdAt as string,
    updatedAt: item.updatedAt as string,
    updatedBy: item.updatedBy as string,
    ...(Array.isArray(item.products) ? { products: item.products as string[] } : {}),
  };
}

/** The condition of a write under a precondition. */
function preconditionExpression(p: Precondition, values: Item): string | undefined {
  if (p.ifNoneMatch) return 'attribute_not_exists(pk)';
  if (p.ifMatch !== undefined) {
    values[':expectedVersion'] = p.ifMatch;
    return 'version = :expectedVersion';
  }
  return undefined;
}

/** The key DynamoDB would answer as LastEvaluatedKey for an item of a list. */
function cursorKeyOf(item: Item, scope: CursorScope): Record<string, unknown> {
  const key: Record<string, unknown> = { pk: item.pk, sk: item.sk };
  key[scope.partitionAttribute] = item[scope.partitionAttribute];
  key[scope.sortAttribute] = item[scope.sortAttribute];
  return key;
}

/**
 * The directory in the single table: single resources, lists and partitions. Every write is
 * conditional; keys come from keys.ts only. Cascades and the employee batch live in their own
 * modules.
 */
export class DynamoResourceStore implements ResourceStore {
  private readonly table: Table;

  constructor(client: DynamoDBDocumentClient, tableName: string) {
    this.table = { client, tableName };
  }

  async get<T>(ref: ResourceRef): Promise<Stored<T> | undefined> {
    const { Item } = await this.table.client.send(
      new GetCommand({ TableName: this.table.tableName, Key: keyOf(ref) }),
    );
    return Item ? toStored<T>(Item) : undefined;
  }

  async put<T extends object>(
    ref: ResourceRef,
    data: T,
    audit: Audit,
    precondition: Precondition,
    immutable: Partial<Record<string, string>> = {},
  ): Promise<{ stored: Stored<T>; created: boolean }> {
    const values: Item = {
      ':data': data,
      ':entity': ref.kind,
      ':at': audit.at,
      ':by': audit.by,
      ':zero': 0,
      ':one': 1,
    };
    const names: Record<string, string> = { '#data': 'data' };
    const index = indexAttributes(ref, data);
    const sets = [
      '#data = :data',
      'entity = :entity',
      'version = if_not_exists(version, :zero) + :one',
      'createdAt = if_not_exists(createdAt, :at)',
      'updatedAt = :at',
      'updatedBy = :by',
    ];
    const removes: string[] = [];
    Object.entries(index).forEach(([k, v], i) => {
      names[`#ix${i}`] = k;
      if (v === undefined) removes.push(`#ix${i}`);
      else {
        values[`:ix${i}`] = v;
        sets.push(`#ix${i} = :ix${i}`);
      }
    });
    const conditions: string[] = [];
    const pre = preconditionExpression(precondition, values);
    if (pre) conditions.push(pre);
    Object.entries(immutable).forEach(([field, value], i) => {
      names[`#im${i}`] = field;
      values[`:im${i}`] = value;
      conditions.push(`(attribute_not_exists(pk) OR #data.#im${i} = :im${i})`);
    });
    try {
      const { Attributes } = await this.table.client.send(
        new UpdateCommand({
          TableName: this.table.tableName,
          Key: keyOf(ref),
          UpdateExpression: `SET ${sets.join(', ')}${removes.length > 0 ? ` REMOVE ${removes.join(', ')}` : ''}`,
          ...(conditions.length > 0 ? { ConditionExpression: conditions.join(' AND ') } : {}),
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
          ReturnValues: 'ALL_NEW',
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      );
      const stored = toStored<T>(Attributes ?? {});
      return { stored, created: stored.version === 1 };
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      // The SDK hands the old item over in DynamoDB's wire format, even from the document client.
      const old = error.Item ? (unmarshall(error.Item) as Item) : undefined;
      const oldData = (old?.data ?? {}) as Record<string, unknown>;
      for (const [field, value] of Object.entries(immutable)) {
        if (old && oldData[field] !== value) {
          throw new ConflictError(`${field} cannot change (it is ${String(oldData[field])}).`, {
            cause: error,
          });
        }
      }
      throw new PreconditionFailedError(
        precondition.ifNoneMatch
          ? 'The resource already exists (If-None-Match: *).'
          : 'The resource changed since (If-Match).',
        { cause: error },
      );
    }
  }

  async delete(ref: ResourceRef, precondition: Precondition, dependents: readonly ResourceRef[] = []) {
    const values: Item = {};
    const pre = preconditionExpression(precondition, values);
    const own = {
      TableName: this.table.tableName,
      Key: keyOf(ref),
      ConditionExpression: pre ? `attribute_exists(pk) AND ${pre}` : 'attribute_exists(pk)',
      ...(pre ? { ExpressionAttributeValues: values } : {}),
      ReturnValuesOnConditionCheckFailure: 'ALL_OLD' as const,
    };
    try {
      if (dependents.length === 0) {
        await this.table.client.send(new DeleteCommand(own));
        return;
      }
      // The resource and what only it uses, in one transaction: never one without the other.
      await this.table.client.send(
        new TransactWriteCommand({
          TransactItems: [
            { Delete: own },
            ...dependents.map((d) => ({ Delete: { TableName: this.table.tableName, Key: keyOf(d) } })),
          ],
        }),
      );
    } catch (error) {
      const existed =
        error instanceof ConditionalCheckFailedException
          ? error.Item !== undefined
          : error instanceof TransactionCanceledException &&
              error.CancellationReasons?.[0]?.Code === 'ConditionalCheckFailed'
            ? error.CancellationReasons[0].Item !== undefined
            : undefined;
      if (existed === undefined) throw error;
      if (!existed) throw new NotFoundError(`The ${ref.kind} does not exist.`, { cause: error });
      throw new PreconditionFailedError('The resource changed since (If-Match).', { cause: error });
    }
  }

  /**
   * A page of a list. With `only` (a provider user limited to some employers) the filter runs
   * inside the query, reading on until the page is full, so no page but the last comes back short.
   */
  async list<T>(ref: ListRef, page: PageRequest): Promise<Page<Stored<T>>> {
    const scope = listScope(ref);
    let start: Record<string, unknown> | undefined;
    if (page.cursor !== undefined) {
      start = decodeCursor(page.cursor, scope);
      if (!start) throw invalidCursorError();
    }
    const only = ref.kind === 'providerEmployers' ? ref.only : undefined;
    const values: Item = { ':p': scope.partition, ':s': scope.sortPrefix };
    only?.forEach((id, i) => {
      values[`:only${i}`] = id;
    });
    const items: Item[] = [];
    let more = false;
    do {
      const { Items = [], LastEvaluatedKey } = await this.table.client.send(
        new QueryCommand({
          TableName: this.table.tableName,
          ...(scope.indexName ? { IndexName: scope.indexName } : {}),
          KeyConditionExpression: '#p = :p AND begins_with(#s, :s)',
          ...(only
            ? { FilterExpression: `#data.employerId IN (${only.map((_, i) => `:only${i}`).join(', ')})` }
            : {}),
          ExpressionAttributeNames: {
            '#p': scope.partitionAttribute,
            '#s': scope.sortAttribute,
            ...(only ? { '#data': 'data' } : {}),
          },
          ExpressionAttributeValues: values,
          // One item more than asked: it tells whether another page exists, so the last page never
          // comes back empty.
          Limit: page.limit + 1 - items.length,
          ...(start ? { ExclusiveStartKey: start } : {}),
        }),
      );
      items.push(...Items);
      start = LastEvaluatedKey;
      more = items.length > page.limit;
    } while (start && !more);
    const pageItems = items.slice(0, page.limit);
    const last = pageItems[pageItems.length - 1];
    return {
      items: pageItems.map((i) => toStored<T>(i)),
      ...(more && last ? { nextCursor: encodeCursor(cursorKeyOf(last, scope)) } : {}),
    };
  }

  async setProduct290(employerId: string, active: boolean, audit: Audit): Promise<Stored> {
    const index = indexKeys.activeEmployer(employerId);
    try {
      const { Attributes } = await this.table.client.send(
        new UpdateCommand({
          TableName: this.table.tableName,
          Key: keys.employer(employerId),
          UpdateExpression: active
            ? 'SET products = :products, gsi2pk = :g2pk, gsi2sk = :g2sk, updatedAt = :at, updatedBy = :by ADD version :one'
            : 'SET products = :products, updatedAt = :at, updatedBy = :by REMOVE gsi2pk, gsi2sk ADD version :one',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeValues: {
            ':products': active ? ['290'] : [],
            ':at': audit.at,
            ':by': audit.by,
            ':one': 1,
            ...(active ? { ':g2pk': index.gsi2pk, ':g2sk': index.gsi2sk } : {}),
          },
          ReturnValues: 'ALL_NEW',
        }),
      );
      return toStored(Attributes ?? {});
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException)
        throw new NotFoundError('The employer does not exist.', { cause: error });
      throw error;
    }
  }

  async deleteEmployerCascade(employerId: string, precondition: Precondition): Promise<void> {
    // The employer item first (conditional), so a failed precondition removes nothing.
    await this.delete({ kind: 'employer', employerId }, precondition);
    await deletePartitions(this.table, [partitions.employer(employerId)]);
  }

  async deleteProviderCascade(providerId: string, precondition: Precondition): Promise<void> {
    await this.delete({ kind: 'provider', providerId }, precondition);
    await deleteProviderPartitions(this.table, providerId);
  }

  readEmployerPartition(employerId: string, consistent = false): Promise<PartitionItems> {
    return this.readPartition(partitions.employer(employerId), consistent);
  }

  readProviderPartition(providerId: string, consistent = false): Promise<PartitionItems> {
    return this.readPartition(partitions.provider(providerId), consistent);
  }

  /**
   * The employer partition's sort keys run: `CUSTOM#<employee>#…`, `DEPARTMENT#…`, `EMPLOYEE#…`,
   * then `EMPLOYER`, `MOMENTS`, `SETTINGS#USER#…`, `TEMPLATE#EMAIL`, `USER#…` below the ledger.
   * So: the departments, the employer and its users with their settings (two ranges), and each
   * employee with its custom signals (its item and its prefix), all in parallel.
   */
  async readEmployeesOfEmployer(employerId: string, employeeIds: readonly string[]): Promise<PartitionItems> {
    const pk = partitions.employer(employerId);
    const query = (condition: string, values: Record<string, string>) =>
      queryAll(this.table.client, {
        TableName: this.table.tableName,
        ConsistentRead: true,
        KeyConditionExpression: `pk = :pk AND ${condition}`,
        ExpressionAttributeValues: { ':pk': pk, ...values },
      });
    const parts = await Promise.all([
      query('sk BETWEEN :from AND :to', { ':from': prefixes.department, ':to': prefixes.employee }),
      query('sk BETWEEN :from AND :to', { ':from': keys.employer(employerId).sk, ':to': DATA_END }),
      ...employeeIds.flatMap((employeeId) => [
        query('sk = :sk', { ':sk': keys.employee(employerId, employeeId).sk }),
        query('begins_with(sk, :prefix)', { ':prefix': prefixes.customSignals(employeeId) }),
      ]),
    ]);
    return groupByEntity(parts.flat());
  }

  /**
   * Every data item of a partition grouped by entity kind (one paginated Query); the evaluation's
   * own records above the data (the signal ledger) are not read.
   */
  private async readPartition(pk: string, consistent: boolean): Promise<PartitionItems> {
    const items = await queryAll(this.table.client, {
      TableName: this.table.tableName,
      ConsistentRead: consistent,
      KeyConditionExpression: 'pk = :pk AND sk < :end',
      ExpressionAttributeValues: { ':pk': pk, ':end': DATA_END },
    });
    return groupByEntity(items);
  }

  batchEmployees(
    employerId: string,
    upserts: ReadonlyArray<{ employeeId: string; data: object }>,
    deletes: readonly string[],
    audit: Audit,
  ): Promise<BatchResult[]> {
    return batchEmployees(this.table, employerId, upserts, deletes, audit);
  }
}

/** Data items grouped by their kind (`entity`), as the evaluation reads them. */
function groupByEntity(items: readonly Record<string, unknown>[]): PartitionItems {
  const result: PartitionItems = {};
  for (const item of items) {
    const kind = String(item.entity);
    const list = result[kind] ?? [];
    list.push(toStored(item));
    result[kind] = list;
  }
  return result;
}
