import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  BatchWriteCommand,
  DeleteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  QueryCommand,
  type QueryCommandInput,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { TenantLookup } from '../../app/authorize.js';
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
import {
  ConflictError,
  NotFoundError,
  PreconditionFailedError,
  ValidationError,
} from '../../domain/errors.js';
import {
  type CursorScope,
  decodeCursor,
  encodeCursor,
  indexKeys,
  type Key,
  keys,
  partitions,
  prefixes,
} from './keys.js';
import { type Item, queryAll } from './query.js';

function keyOf(ref: ResourceRef): Key {
  switch (ref.kind) {
    case 'provider':
      return keys.provider(ref.providerId);
    case 'providerUser':
      return keys.providerUser(ref.providerId, ref.userId);
    case 'employer':
      return keys.employer(ref.employerId);
    case 'department':
      return keys.department(ref.employerId, ref.departmentId);
    case 'employerUser':
      return keys.employerUser(ref.employerId, ref.userId);
    case 'employee':
      return keys.employee(ref.employerId, ref.employeeId);
    case 'providerDefaultSettings':
      return keys.providerDefaultSettings(ref.providerId);
    case 'providerUserSettings':
      return keys.providerUserSettings(ref.providerId, ref.userId);
    case 'employerUserSettings':
      return keys.employerUserSettings(ref.employerId, ref.userId);
    case 'signalSet':
      return keys.signalSet(ref.providerId, ref.setId);
    case 'customSignal':
      return keys.customSignal(ref.employerId, ref.employeeId, ref.customSignalId);
    case 'providerTemplate':
      return keys.providerTemplate(ref.providerId);
    case 'employerTemplate':
      return keys.employerTemplate(ref.employerId);
  }
}

function listScope(ref: ListRef): CursorScope & { indexName?: string } {
  switch (ref.kind) {
    case 'providerUsers':
      return {
        partitionAttribute: 'pk',
        partition: partitions.provider(ref.providerId),
        sortAttribute: 'sk',
        sortPrefix: prefixes.user,
      };
    case 'providerEmployers':
      return {
        indexName: 'gsi1',
        partitionAttribute: 'gsi1pk',
        partition: indexKeys.employersOfProvider(ref.providerId),
        sortAttribute: 'gsi1sk',
        sortPrefix: prefixes.employer,
      };
    case 'departments':
      return {
        partitionAttribute: 'pk',
        partition: partitions.employer(ref.employerId),
        sortAttribute: 'sk',
        sortPrefix: prefixes.department,
      };
    case 'employerUsers':
      return {
        partitionAttribute: 'pk',
        partition: partitions.employer(ref.employerId),
        sortAttribute: 'sk',
        sortPrefix: prefixes.user,
      };
    case 'employees':
      return {
        partitionAttribute: 'pk',
        partition: partitions.employer(ref.employerId),
        sortAttribute: 'sk',
        sortPrefix: prefixes.employee,
      };
    case 'signalSets':
      return {
        partitionAttribute: 'pk',
        partition: partitions.provider(ref.providerId),
        sortAttribute: 'sk',
        sortPrefix: prefixes.signalSet,
      };
    case 'customSignals':
      return {
        partitionAttribute: 'pk',
        partition: partitions.employer(ref.employerId),
        sortAttribute: 'sk',
        sortPrefix: prefixes.customSignals(ref.employeeId),
      };
    case 'setAppliedUsers':
      return {
        indexName: 'gsi1',
        partitionAttribute: 'gsi1pk',
        partition: indexKeys.setApplied(ref.providerId, ref.setId),
        sortAttribute: 'gsi1sk',
        sortPrefix: prefixes.settingsUser,
      };
    case 'setSelectedUsers':
      return {
        indexName: 'gsi2',
        partitionAttribute: 'gsi2pk',
        partition: indexKeys.setSelected(ref.providerId, ref.setId),
        sortAttribute: 'gsi2sk',
        sortPrefix: prefixes.settingsUser,
      };
  }
}

/**
 * Secondary index attributes a resource carries, derived from its data; undefined means the
 * attribute is removed (the item leaves that sparse index).
 */
function indexAttributes(ref: ResourceRef, data: object): Record<string, string | undefined> {
  if (ref.kind === 'employer') {
    return indexKeys.employerOfProvider((data as { providerId: string }).providerId, ref.employerId);
  }
  if (ref.kind === 'employerUserSettings') {
    const d = data as { providerId: string; appliedSetId?: string; selectedSetId?: string };
    const user = indexKeys.settingsOfUser(ref.employerId, ref.userId);
    return {
      gsi1pk: d.appliedSetId ? indexKeys.setApplied(d.providerId, d.appliedSetId) : undefined,
      gsi1sk: d.appliedSetId ? user : undefined,
      gsi2pk: d.selectedSetId ? indexKeys.setSelected(d.providerId, d.selectedSetId) : undefined,
      gsi2sk: d.selectedSetId ? user : undefined,
    };
  }
  return {};
}

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

const BATCH_WRITE_MAX = 25;

/** The key DynamoDB would answer as LastEvaluatedKey for an item of a list. */
function cursorKeyOf(item: Item, scope: CursorScope): Record<string, unknown> {
  const key: Record<string, unknown> = { pk: item.pk, sk: item.sk };
  key[scope.partitionAttribute] = item[scope.partitionAttribute];
  key[scope.sortAttribute] = item[scope.sortAttribute];
  return key;
}

/** The directory in the single table. Every write is conditional; keys come from keys.ts only. */
export class DynamoResourceStore implements ResourceStore, TenantLookup {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get<T>(ref: ResourceRef): Promise<Stored<T> | undefined> {
    const { Item } = await this.client.send(new GetCommand({ TableName: this.tableName, Key: keyOf(ref) }));
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
      const { Attributes } = await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
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
          throw new ConflictError(`${field} cannot change (it is ${String(oldData[field])}).`);
        }
      }
      throw new PreconditionFailedError(
        precondition.ifNoneMatch
          ? 'The resource already exists (If-None-Match: *).'
          : 'The resource changed since (If-Match).',
      );
    }
  }

  async delete(ref: ResourceRef, precondition: Precondition): Promise<void> {
    const values: Item = {};
    const pre = preconditionExpression(precondition, values);
    try {
      await this.client.send(
        new DeleteCommand({
          TableName: this.tableName,
          Key: keyOf(ref),
          ConditionExpression: pre ? `attribute_exists(pk) AND ${pre}` : 'attribute_exists(pk)',
          ...(pre ? { ExpressionAttributeValues: values } : {}),
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      );
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      if (!error.Item) throw new NotFoundError(`The ${ref.kind} does not exist.`);
      throw new PreconditionFailedError('The resource changed since (If-Match).');
    }
  }

  async list<T>(ref: ListRef, page: PageRequest): Promise<Page<Stored<T>>> {
    const scope = listScope(ref);
    let start: Record<string, string> | undefined;
    if (page.cursor !== undefined) {
      start = decodeCursor(page.cursor, scope);
      if (!start)
        throw new ValidationError('The cursor is not valid for this list.', [
          { path: 'query.cursor', message: 'invalid cursor' },
        ]);
    }
    const input: QueryCommandInput = {
      TableName: this.tableName,
      ...(scope.indexName ? { IndexName: scope.indexName } : {}),
      KeyConditionExpression: '#p = :p AND begins_with(#s, :s)',
      ExpressionAttributeNames: { '#p': scope.partitionAttribute, '#s': scope.sortAttribute },
      ExpressionAttributeValues: { ':p': scope.partition, ':s': scope.sortPrefix },
      // One item more than asked: it tells whether another page exists, so the last page never
      // comes back empty.
      Limit: page.limit + 1,
      ...(start ? { ExclusiveStartKey: start } : {}),
    };
    const { Items = [] } = await this.client.send(new QueryCommand(input));
    const items = Items.slice(0, page.limit);
    const last = items[items.length - 1];
    const more = Items.length > page.limit && last !== undefined;
    return {
      items: items.map((i) => toStored<T>(i)),
      ...(more ? { nextCursor: encodeCursor(cursorKeyOf(last, scope)) } : {}),
    };
  }

  async setProduct290(employerId: string, active: boolean, audit: Audit): Promise<Stored> {
    const index = indexKeys.activeEmployer(employerId);
    try {
      const { Attributes } = await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
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
        throw new NotFoundError('The employer does not exist.');
      throw error;
    }
  }

  async deleteEmployerCascade(employerId: string, precondition: Precondition): Promise<void> {
    // The employer item first (conditional), so a failed precondition removes nothing.
    await this.delete({ kind: 'employer', employerId }, precondition);
    await this.deletePartition(partitions.employer(employerId));
  }

  async deleteProviderCascade(providerId: string, precondition: Precondition): Promise<void> {
    await this.delete({ kind: 'provider', providerId }, precondition);
    await this.deleteEmployersOfProvider(providerId);
    await this.deletePartition(partitions.provider(providerId));
  }

  private async deleteEmployersOfProvider(providerId: string): Promise<void> {
    const employers = await queryAll(this.client, {
      TableName: this.tableName,
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :p',
      ExpressionAttributeValues: { ':p': indexKeys.employersOfProvider(providerId) },
      ProjectionExpression: 'pk',
    });
    for (const employer of employers) await this.deletePartition(employer.pk as string);
  }

  /** Deletes every item of a partition, 25 keys per BatchWrite, retrying unprocessed ones. */
  private async deletePartition(pk: string): Promise<void> {
    const items = await queryAll(this.client, {
      TableName: this.tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': pk },
      ProjectionExpression: 'pk, sk',
    });
    for (let i = 0; i < items.length; i += BATCH_WRITE_MAX) {
      let requests = items
        .slice(i, i + BATCH_WRITE_MAX)
        .map((k) => ({ DeleteRequest: { Key: { pk: k.pk, sk: k.sk } } }));
      for (let attempt = 0; requests.length > 0; attempt++) {
        const { UnprocessedItems } = await this.client.send(
          new BatchWriteCommand({ RequestItems: { [this.tableName]: requests } }),
        );
        requests = (UnprocessedItems?.[this.tableName] ?? []) as typeof requests;
        if (requests.length > 0) await new Promise((r) => setTimeout(r, Math.min(1000, 50 * 2 ** attempt)));
      }
    }
  }

  readEmployerPartition(employerId: string): Promise<PartitionItems> {
    return this.readPartition(partitions.employer(employerId));
  }

  readProviderPartition(providerId: string): Promise<PartitionItems> {
    return this.readPartition(partitions.provider(providerId));
  }

  /** Every item of a partition grouped by entity kind (one paginated Query). */
  private async readPartition(pk: string): Promise<PartitionItems> {
    const items = await queryAll(this.client, {
      TableName: this.tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': pk },
    });
    const result: PartitionItems = {};
    for (const item of items) {
      const kind = String(item.entity);
      const list = result[kind] ?? [];
      list.push(toStored(item));
      result[kind] = list;
    }
    return result;
  }

  async batchEmployees(
    employerId: string,
    upserts: ReadonlyArray<{ employeeId: string; data: object }>,
    deletes: readonly string[],
    audit: Audit,
  ): Promise<BatchResult[]> {
    const ids = [...upserts.map((u) => u.employeeId), ...deletes];
    const versions = await this.currentVersions(employerId, ids);
    const results: BatchResult[] = [];
    const actions: NonNullable<ConstructorParameters<typeof TransactWriteCommand>[0]['TransactItems']> = [];
    for (const u of upserts) {
      const known = versions.get(u.employeeId);
      actions.push({
        Update: {
          TableName: this.tableName,
          Key: keys.employee(employerId, u.employeeId),
          UpdateExpression:
            'SET #data = :data, entity = :entity, version = :next, createdAt = if_not_exists(createdAt, :at), updatedAt = :at, updatedBy = :by',
          // The version read just before: a concurrent write in between cancels the whole batch.
          ConditionExpression: known === undefined ? 'attribute_not_exists(pk)' : 'version = :known',
          ExpressionAttributeNames: { '#data': 'data' },
          ExpressionAttributeValues: {
            ':data': u.data,
            ':entity': 'employee',
            ':next': (known ?? 0) + 1,
            ':at': audit.at,
            ':by': audit.by,
            ...(known === undefined ? {} : { ':known': known }),
          },
        },
      });
      results.push({
        employeeId: u.employeeId,
        operation: 'upsert',
        result: known === undefined ? 'created' : 'updated',
      });
    }
    for (const employeeId of deletes) {
      const known = versions.get(employeeId);
      if (known === undefined) {
        results.push({ employeeId, operation: 'delete', result: 'absent' });
        continue;
      }
      actions.push({
        Delete: {
          TableName: this.tableName,
          Key: keys.employee(employerId, employeeId),
          ConditionExpression: 'version = :known',
          ExpressionAttributeValues: { ':known': known },
        },
      });
      results.push({ employeeId, operation: 'delete', result: 'deleted' });
    }
    if (actions.length === 0) return results;
    try {
      await this.client.send(new TransactWriteCommand({ TransactItems: actions }));
    } catch (error) {
      if (error instanceof TransactionCanceledException) {
        throw new ConflictError(
          'Another write changed some of these employees at the same time; nothing was applied. Retry the batch.',
        );
      }
      throw error;
    }
    return results;
  }

  private async currentVersions(
    employerId: string,
    employeeIds: readonly string[],
  ): Promise<Map<string, number>> {
    const versions = new Map<string, number>();
    let pending: Record<string, unknown>[] = employeeIds.map(
      (id) => keys.employee(employerId, id) as unknown as Record<string, unknown>,
    );
    const prefix = prefixes.employee;
    for (let attempt = 0; pending.length > 0; attempt++) {
      const { Responses, UnprocessedKeys } = await this.client.send(
        new BatchGetCommand({
          RequestItems: {
            [this.tableName]: { Keys: pending, ProjectionExpression: 'sk, version', ConsistentRead: true },
          },
        }),
      );
      for (const item of Responses?.[this.tableName] ?? []) {
        versions.set((item.sk as string).slice(prefix.length), item.version as number);
      }
      pending = (UnprocessedKeys?.[this.tableName]?.Keys ?? []) as Record<string, unknown>[];
      if (pending.length > 0) await new Promise((r) => setTimeout(r, Math.min(1000, 50 * 2 ** attempt)));
    }
    return versions;
  }

  // TenantLookup

  async employerProvider(employerId: string): Promise<string | undefined> {
    const { Item } = await this.client.send(
      new GetCommand({
        TableName: this.tableName,
        Key: keys.employer(employerId),
        ProjectionExpression: '#data.providerId',
        ExpressionAttributeNames: { '#data': 'data' },
      }),
    );
    return (Item?.data as { providerId?: string } | undefined)?.providerId;
  }

  async providerUserEmployerIds(providerId: string, userId: string): Promise<readonly string[] | undefined> {
    const { Item } = await this.client.send(
      new GetCommand({
        TableName: this.tableName,
        Key: keys.providerUser(providerId, userId),
        ProjectionExpression: '#data.employerIds',
        ExpressionAttributeNames: { '#data': 'data' },
      }),
    );
    const ids = (Item?.data as { employerIds?: string[] } | undefined)?.employerIds;
    return ids && ids.length > 0 ? ids : undefined;
  }
}
