import { createHash, randomUUID } from 'node:crypto';

/** Makes ids for resources the service creates (signal sets, custom signals, runs). */
export interface IdGenerator {
  newId(prefix: string): string;
}

export const randomIds: IdGenerator = {
  newId: (prefix) => `${prefix}-${randomUUID().replaceAll('-', '').slice(0, 20)}`,
};

/**
 * An id that the same parts always give (a retry finds what the first attempt made): the prefix,
 * then a short digest of the parts.
 */
export const derivedId = (prefix: string, ...parts: string[]) =>
  `${prefix}-${createHash('sha256').update(parts.join('|')).digest('hex').slice(0, 20)}`;
