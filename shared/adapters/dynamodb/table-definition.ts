/**
 * The one table definition. CDK (infra/constructs/signals-table.ts) and the local stack
 * (shared/local/create-table.ts) both build the table from this, so they cannot drift.
 */
export const TABLE_DEFINITION = {
  partitionKey: 'pk',
  sortKey: 'sk',
  timeToLiveAttribute: 'expiresAt',
  /** Every change, with the item before and after: signals follow data changes (re-evaluation). */
  stream: 'NEW_AND_OLD_IMAGES',
  /**
   * Both indexes are sparse (only directory items carry their keys; a signal carries none, so a
   * new signal costs one write unit). Each projects what its queries read.
   */
  globalSecondaryIndexes: [
    /** Children listed under another parent, read whole: a provider's employers, the users that applied a set. */
    { indexName: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk', projection: 'ALL' },
    /** Membership only (keys): employers with product 290 active, the users that selected a set, runs still running. */
    { indexName: 'gsi2', partitionKey: 'gsi2pk', sortKey: 'gsi2sk', projection: 'KEYS_ONLY' },
  ],
} as const;

export type IndexName = (typeof TABLE_DEFINITION.globalSecondaryIndexes)[number]['indexName'];
