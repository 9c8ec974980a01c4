import { randomUUID } from 'node:crypto';

/** Makes ids for resources the service creates (signal sets, custom signals, runs). */
export interface IdGenerator {
  newId(prefix: string): string;
}

export const randomIds: IdGenerator = {
  newId: (prefix) => `${prefix}-${randomUUID().replaceAll('-', '').slice(0, 20)}`,
};
