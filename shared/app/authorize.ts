import { ForbiddenError } from '../domain/errors.js';
import type { Access } from './access.js';
import { type Caller, hasAnyRight } from './caller.js';

/** A provider or employer user calling. */
export type UserCaller = Extract<Caller, { userType: 'provider' | 'employer' }>;

/** A calling user's directory record, as far as authorisation needs it. */
export interface CallerUser {
  active: boolean;
  /** The employers a provider user is limited to; undefined when not limited. */
  employerIds: readonly string[] | undefined;
}

/** What authorisation needs to know about tenants: which provider an employer belongs to, and the caller's user record. */
export interface TenantLookup {
  employerProvider(employerId: string): Promise<string | undefined>;
  /** The directory record of a provider or employer user; undefined when there is none. */
  callerUser(caller: UserCaller): Promise<CallerUser | undefined>;
}

/**
 * The one place that decides whether a caller may call a route, from the route's declared grants
 * and the tenant ids in its path:
 * 1. some grant must hold: the caller has one of its rights, is of one of its user types (when
 *    listed) and, for a `self` grant, is the path's userId;
 * 2. a path `employerId` must be the caller's own employer (employer users) or one of its
 *    provider's employers, within the user's `employerIds` when listed (provider users);
 * 3. a path `providerId` must be the caller's provider;
 * 4. an employer user's `employer_id` must belong to its `provider_id` (checked on every call,
 *    so a token whose claims disagree reaches nothing);
 * 5. a provider or employer user must exist in the directory and be active: the token of a user
 *    deleted or made inactive since it was issued reaches nothing.
 * The platform service account addresses any tenant. Another tenant is a 403 whether or not it
 * exists, so ids cannot be probed.
 */
export async function authorize(
  access: Access,
  caller: Caller,
  params: Readonly<Record<string, string | undefined>>,
  tenants: TenantLookup,
): Promise<void> {
  if (access.kind === 'public') return;
  // A caller without a token never passes a rule that asks for one.
  if (caller.userType === 'anonymous') throw new ForbiddenError('The operation needs a token.');
  const granted =
    access.kind === 'authenticated' ||
    access.grants.some(
      (g) =>
        hasAnyRight(caller, g.rights) &&
        (!g.userTypes || g.userTypes.includes(caller.userType)) &&
        (!g.self || (params.userId !== undefined && params.userId === caller.sub)),
    );
  if (!granted) {
    const needed = [...new Set(access.kind === 'grants' ? access.grants.flatMap((g) => g.rights) : [])];
    throw new ForbiddenError(`The caller may not call this operation: it needs one of ${needed.join(', ')}.`);
  }
  if (caller.userType === 'platform') return;
  const [user, callerEmployerOwner] = await Promise.all([
    tenants.callerUser(caller),
    caller.userType === 'employer' ? tenants.employerProvider(caller.employerId) : undefined,
  ]);
  // Two claims that must agree: an employer user's employer belongs to the provider it names.
  if (caller.userType === 'employer' && callerEmployerOwner !== caller.providerId) {
    throw new ForbiddenError("The caller's employer does not belong to the caller's provider.");
  }
  if (!user) {
    throw new ForbiddenError(
      `The caller's user ${caller.sub} does not exist in the directory (deleted, or never added): its token grants nothing.`,
    );
  }
  if (!user.active) {
    throw new ForbiddenError(`The caller's user ${caller.sub} is inactive: its token grants nothing.`);
  }

  const { employerId, providerId } = params;
  if (providerId !== undefined && providerId !== caller.providerId) {
    throw new ForbiddenError('The caller may not address this provider.');
  }
  if (employerId === undefined) return;
  if (caller.userType === 'employer') {
    if (employerId !== caller.employerId)
      throw new ForbiddenError('The caller may not address this employer.');
    return;
  }
  const owner = await tenants.employerProvider(employerId);
  if (owner !== caller.providerId) throw new ForbiddenError('The caller may not address this employer.');
  if (user.employerIds && !user.employerIds.includes(employerId)) {
    throw new ForbiddenError('The caller may not address this employer.');
  }
}
