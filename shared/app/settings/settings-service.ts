import pLimit from 'p-limit';
import type { Audience } from '../../domain/catalogue.js';
import { toDay } from '../../domain/dates.js';
import { ConflictError, NotFoundError, ProductNotActiveError, ValidationError } from '../../domain/errors.js';
import { previewSignals } from '../../domain/rules/evaluate.js';
import { resolveSettings, type SignalSetting } from '../../domain/settings.js';
import type { Caller } from '../caller.js';
import type { AppDeps } from '../deps.js';
import { auditOf, getResource, requireEmployer } from '../directory/directory-service.js';
import { buildEmployerView } from '../evaluation/employer-view.js';
import type { Precondition, Stored } from '../resource-store.js';
import { retryOnConflict } from '../retry-conflicts.js';
import {
  normaliseSignals,
  type StoredProviderDefault,
  type StoredSignalSet,
  type StoredUserSettings,
  userSettingsOf,
} from './user-settings.js';

type SettingsBody = { mode: 'custom'; signals: Parameters<typeof normaliseSignals>[0] } | { mode: 'none' };

/** The employer, which must have product 290 for any employer-level signal call. */
export async function requireActiveEmployer(deps: AppDeps, employerId: string) {
  const employer = await requireEmployer(deps, employerId);
  if (!employer.products?.includes('290')) {
    throw new ProductNotActiveError(
      `Employer ${employerId} does not have product 290 (Signaleringen) active.`,
    );
  }
  return employer;
}

export async function getProviderDefault(deps: AppDeps, providerId: string) {
  await getResource(deps, { kind: 'provider', providerId });
  return deps.store.get<StoredProviderDefault>({ kind: 'providerDefaultSettings', providerId });
}

export async function putProviderDefault(
  deps: AppDeps,
  caller: Caller,
  providerId: string,
  signals: Parameters<typeof normaliseSignals>[0],
  precondition: Precondition,
) {
  await getResource(deps, { kind: 'provider', providerId });
  return deps.store.put<StoredProviderDefault>(
    { kind: 'providerDefaultSettings', providerId },
    { providerId, signals: normaliseSignals(signals) },
    auditOf(deps, caller),
    precondition,
  );
}

/** Which user a settings call is about, and where its settings live. */
type UserRef =
  | { audience: 'provider'; providerId: string; userId: string }
  | { audience: 'employer'; providerId: string; employerId: string; userId: string };

const settingsRef = (u: UserRef) =>
  u.audience === 'provider'
    ? ({ kind: 'providerUserSettings', providerId: u.providerId, userId: u.userId } as const)
    : ({ kind: 'employerUserSettings', employerId: u.employerId, userId: u.userId } as const);

export type EmployerUserRef = Extract<UserRef, { audience: 'employer' }>;

/** An employer user a settings route addresses: product 290 must be active (409), the user must exist (404). */
export async function employerUserRef(
  deps: AppDeps,
  params: { employerId: string; userId: string },
): Promise<EmployerUserRef> {
  const employer = await requireActiveEmployer(deps, params.employerId);
  await getResource(deps, { kind: 'employerUser', ...params });
  return { audience: 'employer', providerId: employer.data.providerId, ...params };
}

/** The user a settings route addresses, by its path. */
export async function userRefFor(
  deps: AppDeps,
  params: { providerId?: string; employerId?: string; userId: string },
): Promise<UserRef> {
  if (params.employerId !== undefined)
    return employerUserRef(deps, { employerId: params.employerId, userId: params.userId });
  const providerId = params.providerId!;
  await getResource(deps, { kind: 'providerUser', providerId, userId: params.userId });
  return { audience: 'provider', providerId, userId: params.userId };
}

/** The effective settings of a user with where they came from, and the signal-set status. */
export async function getEffectiveSettings(deps: AppDeps, user: UserRef) {
  const [own, providerDefault] = await Promise.all([
    deps.store.get<StoredUserSettings>(settingsRef(user)),
    deps.store.get<StoredProviderDefault>({ kind: 'providerDefaultSettings', providerId: user.providerId }),
  ]);
  const effective = resolveSettings(userSettingsOf(own), providerDefault?.data.signals, user.audience);
  const ownData = own?.data;
  let signalSet: Record<string, unknown> | undefined;
  if (user.audience === 'employer') {
    const setId = ownData?.appliedSetId ?? ownData?.selectedSetId;
    const current = setId
      ? await deps.store.get<StoredSignalSet>({ kind: 'signalSet', providerId: user.providerId, setId })
      : undefined;
    const appliedVersion = ownData?.appliedSetId ? (ownData.appliedVersion ?? null) : null;
    signalSet = {
      selectedSetId: ownData?.selectedSetId ?? null,
      appliedSetId: ownData?.appliedSetId ?? null,
      appliedVersion,
      currentVersion: current?.version ?? null,
      outdated: appliedVersion !== null && current !== undefined && current.version > appliedVersion,
    };
  }
  const audit = effective.mode === 'providerDefault' ? providerDefault : own;
  return {
    version: own?.version ?? 0,
    body: {
      ...effective,
      ...(signalSet ? { signalSet } : {}),
      updatedAt: audit?.updatedAt ?? null,
      updatedBy: audit?.updatedBy ?? null,
    },
  };
}

/** The identity part of a user's stored settings, keeping the signal set the user selected. */
const settingsBase = (user: UserRef, existing: Stored<StoredUserSettings> | undefined) => ({
  providerId: user.providerId,
  userId: user.userId,
  ...(user.audience === 'employer' ? { employerId: user.employerId } : {}),
  ...(existing?.data.selectedSetId ? { selectedSetId: existing.data.selectedSetId } : {}),
});

/**
 * A read-modify-write of a user's settings item. With the caller's precondition it runs once under
 * it (412 when stale); without one, it writes under the version it read and retries a lost race.
 */
function readModifyWrite(
  precondition: Precondition,
  step: (internal: (existing: Stored<unknown> | undefined) => Precondition) => Promise<void>,
) {
  if (precondition.ifMatch !== undefined || precondition.ifNoneMatch) return step(() => precondition);
  return retryOnConflict(() =>
    step((existing) => (existing ? { ifMatch: existing.version } : { ifNoneMatch: true })),
  );
}

/** Writes a user's own settings (`custom` or an explicit `none`); keeps the signal-set selection. */
export async function putUserSettings(
  deps: AppDeps,
  caller: Caller,
  user: UserRef,
  body: SettingsBody,
  precondition: Precondition,
) {
  const ref = settingsRef(user);
  await readModifyWrite(precondition, async (internal) => {
    const existing = await deps.store.get<StoredUserSettings>(ref);
    const data: StoredUserSettings = {
      ...settingsBase(user, existing),
      mode: body.mode,
      ...(body.mode === 'custom' ? { signals: normaliseSignals(body.signals), source: 'user' as const } : {}),
    };
    await deps.store.put(ref, data, auditOf(deps, caller), internal(existing));
  });
  return getEffectiveSettings(deps, user);
}

/** Returns the user to the provider default (the selection of a signal set stays). */
export async function deleteUserSettings(
  deps: AppDeps,
  caller: Caller,
  user: UserRef,
  precondition: Precondition,
) {
  const ref = settingsRef(user);
  await readModifyWrite(precondition, async (internal) => {
    const existing = await deps.store.get<StoredUserSettings>(ref);
    if (!existing || existing.data.mode === 'default') return;
    await deps.store.put<StoredUserSettings>(
      ref,
      { ...settingsBase(user, existing), mode: 'default' },
      auditOf(deps, caller),
      internal(existing),
    );
  });
}

// Signal sets ----------------------------------------------------------------------------------

export const getSignalSet = (deps: AppDeps, providerId: string, setId: string) =>
  getResource<StoredSignalSet>(deps, { kind: 'signalSet', providerId, setId });

export async function putSignalSet(
  deps: AppDeps,
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
  deps: AppDeps,
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
export async function selectSignalSet(deps: AppDeps, caller: Caller, user: EmployerUserRef, setId: string) {
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
export async function activateSignalSet(deps: AppDeps, caller: Caller, user: EmployerUserRef) {
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
export async function reapplySignalSet(deps: AppDeps, caller: Caller, providerId: string, setId: string) {
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

// Preview --------------------------------------------------------------------------------------

/**
 * What the user would get per run date over the coming days, under the effective or the given
 * candidate settings, computed by the rule engine from the same data the evaluation reads. Writes nothing.
 */
export async function previewUserSignals(
  deps: AppDeps,
  user: EmployerUserRef,
  body: { from?: string | undefined; days: number; settings?: SettingsBody | undefined },
) {
  const [employerItems, providerItems] = await Promise.all([
    deps.store.readEmployerPartition(user.employerId),
    deps.store.readProviderPartition(user.providerId),
  ]);
  const view = buildEmployerView(employerItems, providerItems);
  if (!view) throw new NotFoundError('The employer does not exist.');
  const recipient = view.recipients.find((r) => r.userType === 'employer' && r.recipientId === user.userId);
  if (!recipient) throw new NotFoundError('The user does not exist or is not active.');
  const audience: Audience = 'employer';
  const settings: SignalSetting[] = body.settings
    ? resolveSettings(
        body.settings.mode === 'none'
          ? { mode: 'none' }
          : { mode: 'custom', source: 'user', signals: normaliseSignals(body.settings.signals) },
        view.providerDefault,
        audience,
      ).signals
    : recipient.settings.slice();
  const from = body.from ?? deps.clock.today();
  return previewSignals(
    view.snapshot,
    { ...recipient, settings },
    toDay(from),
    body.days,
    deps.config.catchUpDays,
  );
}
