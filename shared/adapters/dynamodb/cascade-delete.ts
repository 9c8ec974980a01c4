import { indexKeys, partitions } from './keys.js';
import { batchWriteAll, queryAll, type Table } from './query.js';

/** Removes every item of these partitions (keys read with one paginated Query each, deleted 25 at a time). */
export async function deletePartitions(table: Table, pks: readonly string[]): Promise<void> {
  for (const pk of pks) {
    const items = await queryAll(table.client, {
      TableName: table.tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': pk },
      ProjectionExpression: 'pk, sk',
    });
    await batchWriteAll(
      table,
      items.map((k) => ({ DeleteRequest: { Key: { pk: k.pk, sk: k.sk } } })),
    );
  }
}

/** Removes the partitions of a provider's employers (found on gsi1), then the provider's own. */
export async function deleteProviderPartitions(table: Table, providerId: string): Promise<void> {
  const employers = await queryAll(table.client, {
    TableName: table.tableName,
    IndexName: 'gsi1',
    KeyConditionExpression: 'gsi1pk = :p',
    ExpressionAttributeValues: { ':p': indexKeys.employersOfProvider(providerId) },
    ProjectionExpression: 'pk',
  });
  await deletePartitions(table, [...employers.map((e) => e.pk as string), partitions.provider(providerId)]);
}
