import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { Audit, BatchResult } from '../../app/resource-store.js';
import { ConflictError } from '../../domain/errors.js';
import { keys, prefixes } from './keys.js';
import { batchGetAll, type Table } from './query.js';

/**
 * Applies up to 100 upserts and deletes of one employer's employees in one transaction. Each
 * write is conditional on the version read just before, so a concurrent write in between
 * cancels the whole batch (409) and nothing is half-applied.
 */
export async function batchEmployees(
  table: Table,
  employerId: string,
  upserts: ReadonlyArray<{ employeeId: string; data: object }>,
  deletes: readonly string[],
  audit: Audit,
): Promise<BatchResult[]> {
  const ids = [...upserts.map((u) => u.employeeId), ...deletes];
  const versions = await currentVersions(table, employerId, ids);
  const results: BatchResult[] = [];
  const actions: NonNullable<ConstructorParameters<typeof TransactWriteCommand>[0]['TransactItems']> = [];
  for (const u of upserts) {
    const known = versions.get(u.employeeId);
    actions.push({
      Update: {
        TableName: table.tableName,
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
        TableName: table.tableName,
        Key: keys.employee(employerId, employeeId),
        ConditionExpression: 'version = :known',
        ExpressionAttributeValues: { ':known': known },
      },
    });
    results.push({ employeeId, operation: 'delete', result: 'deleted' });
  }
  if (actions.length === 0) return results;
  try {
    await table.client.send(new TransactWriteCommand({ TransactItems: actions }));
  } catch (error) {
    if (error instanceof TransactionCanceledException) {
      throw new ConflictError(
        'Another write changed some of these employees at the same time; nothing was applied. Retry the batch.',
        { cause: error },
      );
    }
    throw error;
  }
  return results;
}

/** The current version of each employee that exists (one consistent BatchGetItem per 100). */
async function currentVersions(
  table: Table,
  employerId: string,
  employeeIds: readonly string[],
): Promise<Map<string, number>> {
  const items = await batchGetAll(
    table,
    employeeIds.map((id) => ({ ...keys.employee(employerId, id) })),
    'sk, version',
  );
  return new Map(items.map((i) => [(i.sk as string).slice(prefixes.employee.length), i.version as number]));
}
