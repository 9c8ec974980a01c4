/**
 * The one table definition. CDK (infra/constructs/signals-table.ts) and the local stack
 * (shared/local/create-table.ts) both build the table from this, so they cannot drift.
 */
export const TABLE_DEFINITION = {
  partitionKey: 'pk',
  sortKey: 'sk',
  timeToLiveAttribute: 'expiresAt',
  globalSecondaryIndexes: [
    /** Children listed under another parent: a provider's employers, a user's signals by signal date. */
    { indexName: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
    /** Sparse: only items that carry gsi2pk: employers with product 290 active, a user's signals by status. */
    { indexName: 'gsi2', partitionKey: 'gsi2pk', sortKey: 'gsi2sk' },
    /** An employer's signals by event date: what an evaluation compares its due signals with. */
    { indexName: 'gsi3', partitionKey: 'gsi3pk', sortKey: 'gsi3sk' },
  ],
} as const;

export type IndexName = (typeof TABLE_DEFINITION.globalSecondaryIndexes)[number]['indexName'];
