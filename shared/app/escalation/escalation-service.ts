import { ForbiddenError, UnprocessableError } from '../../domain/errors.js';
import { type EscalationPolicy, PLATFORM_ESCALATION_POLICY } from '../../domain/escalation.js';
import type { Caller } from '../caller.js';
import type { Deps } from '../deps.js';
import { auditOf, getResource, requireEmployer } from '../directory/resources.js';
import type { Precondition, ResourceRef, Stored } from '../resource-store.js';

/**
 * Escalation policies (provider, employer, platform default, like moments) and each user's
 * substitutes (PRODUCT.md, "Legal deadlines").
 */

export type PolicySource = 'employer' | 'provider' | 'platform';

const answer = (source: PolicySource, policy: EscalationPolicy, version: number) => ({
  version,
  body: { source, ...policy },
});

/** A provider's escalation policy, or the platform default when it has none. */
export async function getProviderPolicy(deps: Deps<'store'>, providerId: string) {
  await getResource(deps, { kind: 'provider', providerId });
  const own = await deps.store.get<EscalationPolicy>({ kind: 'providerEscalationPolicy', providerId });
  return own ? answer('provider', own.data, own.version) : answer('platform', PLATFORM_ESCALATION_POLICY, 0);
}

/** An employer's escalation policy: its own, else its provider's, else the platform default. */
export async function getEmployerPolicy(deps: Deps<'store'>, employerId: string) {
  const employer = await requireEmployer(deps, employerId);
  const own = await deps.store.get<EscalationPolicy>({ kind: 'employerEscalationPolicy', employerId });
  if (own) return answer('employer', own.data, own.version);
  const provider = await getProviderPolicy(deps, employer.data.providerId);
  return { version: 0, body: provider.body };
}

/** Named users must be active users of the policy's own tenant (422 names those that are not). */
async function checkNamedUsers(
  deps: Deps<'store'>,
  policy: EscalationPolicy,
  userRef: (userId: string) => ResourceRef,
) {
  const named = [...new Set(policy.levels.flatMap((l) => (typeof l.to === 'object' ? l.to.userIds : [])))];
  const users = await Promise.all(named.map((id) => deps.store.get<{ active?: boolean }>(userRef(id))));
  const issues = named.flatMap((id, i) => {
    const user = users[i];
    if (user && user.data.active !== false) return [];
    return [{ path: 'body.levels', message: `user ${id} is not an active user here` }];
  });
  if (issues.length > 0) throw new UnprocessableError('A level names users who cannot be reached.', issues);
}

const stored = (s: Stored<EscalationPolicy>, source: PolicySource) => answer(source, s.data, s.version);

const policyOf = (body: EscalationPolicy): EscalationPolicy => ({
  levels: body.levels,
  ...(body.signalTypes ? { signalTypes: body.signalTypes } : {}),
});

/**
 * Stores a policy of its own (after its owner: the provider or employer must exist), its named
 * users checked against that owner's users.
 */
async function putPolicy(
  deps: Deps<'store' | 'clock'>,
  caller: Caller,
  owner: { source: 'provider' | 'employer'; ref: ResourceRef; userRef: (userId: string) => ResourceRef },
  body: EscalationPolicy,
  precondition: Precondition,
) {
  await checkNamedUsers(deps, body, owner.userRef);
  const result = await deps.store.put(owner.ref, policyOf(body), auditOf(deps, caller), precondition);
  return stored(result.stored as Stored<EscalationPolicy>, owner.source);
}

export async function putProviderPolicy(
  deps: Deps<'store' | 'clock'>,
  caller: Caller,
  providerId: string,
  body: EscalationPolicy,
  precondition: Precondition,
) {
  await getResource(deps, { kind: 'provider', providerId });
  const ref = { kind: 'providerEscalationPolicy', providerId } as const;
  const userRef = (userId: string) => ({ kind: 'providerUser', providerId, userId }) as const;
  return putPolicy(deps, caller, { source: 'provider', ref, userRef }, body, precondition);
}

export async function putEmployerPolicy(
  deps: Deps<'store' | 'clock'>,
  caller: Caller,
  employerId: string,
  body: EscalationPolicy,
  precondition: Precondition,
) {
  await requireEmployer(deps, employerId);
  const ref = { kind: 'employerEscalationPolicy', employerId } as const;
  const userRef = (userId: string) => ({ kind: 'employerUser', employerId, userId }) as const;
  return putPolicy(deps, caller, { source: 'employer', ref, userRef }, body, precondition);
}

/** Returns an employer to its provider's policy (safe to repeat). */
export async function deleteEmployerPolicy(
  deps: Deps<'store'>,
  employerId: string,
  precondition: Precondition,
) {
  await requireEmployer(deps, employerId);
  const ref = { kind: 'employerEscalationPolicy', employerId } as const;
  if (await deps.store.get(ref)) await deps.store.delete(ref, precondition);
}

export interface Substitute {
  userId: string;
  from: string;
  to: string;
}

/** The caller's substitutes' record: beside the caller's own user record. */
function substitutesRefOf(caller: Caller): { substitutes: ResourceRef; user: (id: string) => ResourceRef } {
  if (caller.userType === 'provider') {
    const { providerId } = caller;
    return {
      substitutes: { kind: 'providerUserSubstitutes', providerId, userId: caller.sub },
      user: (userId) => ({ kind: 'providerUser', providerId, userId }),
    };
  }
  if (caller.userType === 'employer') {
    const { employerId } = caller;
    return {
      substitutes: { kind: 'employerUserSubstitutes', employerId, userId: caller.sub },
      user: (userId) => ({ kind: 'employerUser', employerId, userId }),
    };
  }
  throw new ForbiddenError('Only provider and employer users have substitutes.');
}

/** The caller's substitutes (none when never set). */
export async function getMySubstitutes(deps: Deps<'store'>, caller: Caller) {
  const refs = substitutesRefOf(caller);
  const own = await deps.store.get<{ substitutes: Substitute[] }>(refs.substitutes);
  return { version: own?.version ?? 0, body: { substitutes: own?.data.substitutes ?? [] } };
}

/**
 * Sets the caller's substitutes: each an active user of the same employer (employer users) or
 * provider (provider users), not the caller, named once.
 */
export async function putMySubstitutes(
  deps: Deps<'store' | 'clock'>,
  caller: Caller,
  substitutes: Substitute[],
  precondition: Precondition,
) {
  const refs = substitutesRefOf(caller);
  const users = await Promise.all(
    substitutes.map((s) => deps.store.get<{ active?: boolean }>(refs.user(s.userId))),
  );
  const seen = new Set<string>();
  const issues = substitutes.flatMap((s, i) => {
    const path = `body.substitutes.${i}.userId`;
    if (s.userId === caller.sub) return [{ path, message: 'you cannot be your own substitute' }];
    if (seen.has(s.userId)) return [{ path, message: `user ${s.userId} is named twice` }];
    seen.add(s.userId);
    const user = users[i];
    if (!user || user.data.active === false) {
      return [
        {
          path,
          message: `user ${s.userId} is not an active user of your ${caller.userType === 'provider' ? 'provider' : 'employer'}`,
        },
      ];
    }
    return [];
  });
  if (issues.length > 0) throw new UnprocessableError('These substitutes cannot stand in for you.', issues);
  const result = await deps.store.put(
    refs.substitutes,
    { userId: caller.sub, substitutes },
    auditOf(deps, caller),
    precondition,
  );
  return { version: result.stored.version, body: { substitutes: result.stored.data.substitutes } };
}
