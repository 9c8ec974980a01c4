/**
 * List cursors: the last key of a page, opaque to the caller, and checked on the way back to be a
 * key of the very list asked for.
 */

/** Decodes and checks a list cursor: it must be a key of the very partition (and index) being listed. */
export interface CursorScope {
  /** Attribute that holds the partition of the list and its expected value. */
  partitionAttribute: 'pk' | 'gsi1pk' | 'gsi2pk';
  partition: string;
  sortAttribute: 'sk' | 'gsi1sk' | 'gsi2sk';
  sortPrefix: string;
}

export function encodeCursor(lastEvaluatedKey: Record<string, unknown>): string {
  return Buffer.from(JSON.stringify(lastEvaluatedKey), 'utf8').toString('base64url');
}

/** Undefined when the cursor was not made by encodeCursor for this list. */
export function decodeCursor(cursor: string, scope: CursorScope): Record<string, string> | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
  const entries = Object.entries(parsed);
  const allowed = new Set(['pk', 'sk', scope.partitionAttribute, scope.sortAttribute]);
  if (
    entries.length > 4 ||
    entries.some(([k, v]) => !allowed.has(k) || typeof v !== 'string' || v.length > 300)
  ) {
    return undefined;
  }
  const key = parsed as Record<string, string>;
  if (key[scope.partitionAttribute] !== scope.partition) return undefined;
  if (!key[scope.sortAttribute]?.startsWith(scope.sortPrefix)) return undefined;
  if (!key.pk || !key.sk) return undefined;
  return key;
}
