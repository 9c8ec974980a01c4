import pLimit from 'p-limit';
import { ConflictError, ValidationError } from '../../domain/errors.js';
import type { Caller } from '../caller.js';
import type { Deps } from '../deps.js';
import { auditOf, getResource } from '../directory/resources.js';
import type { PageRequest, Precondition, Stored } from '../resource-store.js';
import { retryOnConflict } from '../retry-conflicts.js';
import { normaliseSignals, type StoredSignalSet, type StoredUserSettings } from './user-settings.js';
import {
  type EmployerUserRef,
  getEffectiveSettings,
  settingsBase,
  settingsRef,
} from './user-settings-service.js';

export const getSignalSet = (deps: Deps<'store'>, providerId: string, setId: string) =>
  getResource<StoredSignalSet>(deps, { kind: 'signalSet', providerId, setId });

export async function putSignalSet(
  deps: Deps<'store' | 'clock'>,
  caller: Caller,
  providerId: string,
  setId: string,
  body: { name: string; description?: string | undefined; signals: Parameters<typeof normaliseSignals>[0] },
  precondition: Precondition,
) {
  await getResource(deps, { kind: 'provider', providerId });
  return deps.store.put<StoredSignalSet>(
    { kind: 'signalSet', providerId, setId },
    {
      providerId,
      setId,
      name: body.name,
      ...(body.description !== undefined ? { description: body.description } : {}),
      signals: normaliseSignals(body.signals),
    },
    auditOf(deps, caller),
    precondition,
  );
}

/** Deletes a set no user has selected (409 otherwise). */
export async function deleteSignalSet(
  deps: Deps<'store'>,
  providerId: string,
  setId: string,
  precondition: Precondition,
) {
  await getSignalSet(deps, providerId, setId);
  const selected = await deps.store.list({ kind: 'setSelectedUsers', providerId, setId }, { limit: 1 });
  if (selected.items.length > 0) {
    throw new ConflictError(`Signal set ${setId} is selected by users; select another set for them first.`);
  }
  await deps.store.delete({ kind: 'signalSet', providerId, setId }, precondition);
}

/** Selects and saves a set for an employer user; changes nothing else yet. */
export async function selectSignalSet(
  deps: Deps<'store' | 'clock'>,
  caller: Caller,
  user: EmployerUserRef,
  setId: string,
) {
  await getSignalSet(deps, user.providerId, setId);
  const ref = settingsRef(user);
  await retryOnConflict(async () => {
    const existing = await deps.store.get<StoredUserSettings>(ref);
    const base: StoredUserSettings = existing?.data ?? { ...settingsBase(user, undefined), mode: 'default' };
    await deps.store.put(
      ref,
      { ...base, selectedSetId: setId },
      auditOf(deps, caller),
      existing ? { ifMatch: existing.version } : { ifNoneMatch: true },
    );
  });
  return getEffectiveSettings(deps, user);
}

/** Copies the selected set onto the user's settings, remembering set and version. */
export async function activateSignalSet(
  deps: Deps<'store' | 'clock'>,
  caller: Caller,
  user: EmployerUserRef,
) {
  const ref = settingsRef(user);
  await retryOnConflict(async () => {
    const existing = await deps.store.get<StoredUserSettings>(ref);
    const setId = existing?.data.selectedSetId;
    if (!existing || !setId) {
      throw new ValidationError('No signal set is selected for this user; select one first.', [
        { path: 'signal-set', message: 'no set selected' },
      ]);
    }
    const set = await getSignalSet(deps, user.providerId, setId);
    await deps.store.put<StoredUserSettings>(ref, applySet(existing.data, set), auditOf(deps, caller), {
      ifMatch: existing.version,
    });
  });
  return getEffectiveSettings(deps, user);
}

const applySet = (user: StoredUserSettings, set: Stored<StoredSignalSet>): StoredUserSettings => ({
  ...user,
  mode: 'custom',
  source: 'signalSet',
  signals: set.data.signals,
  appliedSetId: set.data.setId,
  appliedVersion: set.version,
});

const REAPPLY_PAGE = 25;

/**
 * Copies the current version of a set onto every user that activated an older one, a page of
 * users at a time; a user changed concurrently is skipped (its conditional write fails) rather
 * than overwritten. Answers how many were updated.
 */
export async function reapplySignalSet(
  deps: Deps<'store' | 'clock'>,
  caller: Caller,
  providerId: string,
  setId: string,
) {
  const set = await getSignalSet(deps, providerId, setId);
  const audit = auditOf(deps, caller);
  const limit = pLimit(8);
  let usersUpdated = 0;
  let cursor: string | undefined;
  do {
    const page = await deps.store.list<StoredUserSettings>(
      { kind: 'setAppliedUsers', providerId, setId },
      { limit: REAPPLY_PAGE, ...(cursor ? { cursor } : {}) },
    );
    const stale = page.items.filter((u) => (u.data.appliedVersion ?? 0) < set.version && u.data.employerId);
    const results = await Promise.all(
      stale.map((u) =>
        limit(async () => {
          try {
            await deps.store.put<StoredUserSettings>(
              { kind: 'employerUserSettings', employerId: u.data.employerId!, userId: u.data.userId },
              applySet(u.data, set),
              audit,
              { ifMatch: u.version },
            );
            return 1;
          } catch {
            return 0;
          }
        }),
      ),
    );
    usersUpdated += results.reduce<number>((a, b) => a + b, 0);
    cursor = page.nextCursor;
  } while (cursor);
  return { usersUpdated };
}

/** A page of a provider's signal sets (the provider must exist). */
export async function listSignalSets(deps: Deps<'store'>, providerId: string, page: PageRequest) {
  await getResource(deps, { kind: 'provider', providerId });
  return deps.store.list<StoredSignalSet>({ kind: 'signalSets', providerId }, page);
}

/** Creates a signal set under a new id (version 1). */
export function createSignalSet(
  deps: Deps<'store' | 'clock' | 'ids'>,
  caller: Caller,
  providerId: string,
  body: Parameters<typeof putSignalSet>[4],
) {
  return putSignalSet(deps, caller, providerId, deps.ids.newId('set'), body, { ifNoneMatch: true });
}
