import type { Grant } from '../route.js';

/** The grants routes are built from (API.md, "Rights"). */
export const grants = {
  directoryWrite: { rights: ['directory:write'] },
  providerAdmin: { rights: ['signals:provider-admin'] },
  employerAdmin: { rights: ['signals:employer-admin'] },
  signalsUse: { rights: ['signals:use'] },
  operate: { rights: ['signals:operate'] },
  /** Any user of the provider (provider users only). */
  providerUsers: {
    rights: ['signals:use', 'signals:provider-admin', 'signals:employer-admin'],
    userTypes: ['provider'],
  },
  /** The user the path names, with `signals:use`. */
  self: { rights: ['signals:use'], self: true },
} satisfies Record<string, Grant>;

export const allowed = (...list: Grant[]) => ({ kind: 'grants' as const, grants: list });
