import type { Right, UserType } from './caller.js';

/**
 * Who may call a route. A grant holds when the caller has one of its rights and (with `self`)
 * the path's `userId` is the caller. Tenant scope follows from the path: a `providerId` or
 * `employerId` in the path must be one the caller may address (see authorize.ts).
 */
export interface Grant {
  rights: readonly Right[];
  self?: boolean;
  /** Only callers of these user types (all when absent). */
  userTypes?: readonly UserType[];
}
export type Access =
  | { kind: 'public' }
  /** Any caller with a valid token. */
  | { kind: 'authenticated' }
  | { kind: 'grants'; grants: readonly Grant[] };
