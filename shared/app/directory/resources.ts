import { NotFoundError } from '../../domain/errors.js';
import type { Caller } from '../caller.js';
import type { Deps } from '../deps.js';
import type { Audit, ListRef, PageRequest, Precondition, ResourceRef, Stored } from '../resource-store.js';

/** Who writes, and when: the audit fields every write carries. */
export const auditOf = (deps: Deps<'clock'>, caller: Caller): Audit => ({
  by: caller.sub,
  at: deps.clock.now().toISOString(),
});

/** A resource that must exist: 404 otherwise. */
export async function getResource<T>(deps: Deps<'store'>, ref: ResourceRef): Promise<Stored<T>> {
  const stored = await deps.store.get<T>(ref);
  if (!stored) throw new NotFoundError(`The ${ref.kind} does not exist.`);
  return stored;
}

/** The employer a request addresses; 404 when it does not exist. */
export const requireEmployer = (deps: Deps<'store'>, employerId: string) =>
  getResource<{ employerId: string; providerId: string; name: string }>(deps, {
    kind: 'employer',
    employerId,
  });

/**
 * Creates or replaces a resource under an existing parent (a provider or an employer): the
 * parent is checked first, so nothing is written under a parent that does not exist.
 */
export async function putChild<T extends object>(
  deps: Deps<'store' | 'clock'>,
  caller: Caller,
  parent: ResourceRef,
  ref: ResourceRef,
  data: T,
  precondition: Precondition,
) {
  await getResource(deps, parent);
  return deps.store.put(ref, data, auditOf(deps, caller), precondition);
}

/** A page of the resources under an existing parent. */
export async function listChildren<T>(
  deps: Deps<'store'>,
  parent: ResourceRef,
  list: ListRef,
  page: PageRequest,
) {
  await getResource(deps, parent);
  return deps.store.list<T>(list, page);
}

/** Every resource of a list, page by page (short lists: a provider's endpoints, its users). */
export async function listAll<T>(deps: Deps<'store'>, list: ListRef): Promise<Array<Stored<T>>> {
  const all: Array<Stored<T>> = [];
  let cursor: string | undefined;
  do {
    const page = await deps.store.list<T>(list, { limit: 100, ...(cursor ? { cursor } : {}) });
    all.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return all;
}

/** Creates or replaces a provider (the top of the tree: no parent to check). */
export const putProvider = (
  deps: Deps<'store' | 'clock'>,
  caller: Caller,
  providerId: string,
  body: { name: string },
  precondition: Precondition,
) =>
  deps.store.put(
    { kind: 'provider', providerId },
    { providerId, ...body },
    auditOf(deps, caller),
    precondition,
  );

/**
 * Deletes one resource (404 when absent, 412 when the If-Match is stale) with what only it uses.
 * A user takes its signal settings and substitutes along; its inbox (signals, e-mail preferences, collected
 * digests) follows from the deletion (forget-users.ts), and no mail goes to it from then on.
 */
export const deleteResource = (deps: Deps<'store'>, ref: ResourceRef, precondition: Precondition) =>
  deps.store.delete(ref, precondition, dependentsOf(ref));

function dependentsOf(ref: ResourceRef): ResourceRef[] {
  switch (ref.kind) {
    case 'providerUser':
      return [
        { kind: 'providerUserSettings', providerId: ref.providerId, userId: ref.userId },
        { kind: 'providerUserSubstitutes', providerId: ref.providerId, userId: ref.userId },
      ];
    case 'employerUser':
      return [
        { kind: 'employerUserSettings', employerId: ref.employerId, userId: ref.userId },
        { kind: 'employerUserSubstitutes', employerId: ref.employerId, userId: ref.userId },
      ];
    default:
      return [];
  }
}
