import { resolveSettings } from '../../domain/settings.js';
import type { Caller } from '../caller.js';
import type { Deps } from '../deps.js';
import { auditOf, getResource } from '../directory/resources.js';
import type { Precondition, Stored } from '../resource-store.js';
import { retryOnConflict } from '../retry-conflicts.js';
import { requireActiveEmployer } from './provider-defaults.js';
import {
  normaliseSignals,
  type StoredProviderDefault,
  type StoredSignalSet,
  type StoredUserSettings,
  userSettingsOf,
} from './user-settings.js';

export type SettingsBody =
  | { mode: 'custom'; signals: Parameters<typeof normaliseSignals>[0] }
  | { mode: 'none' };

/** Which user a settings call is about, and where its settings live. */
export type UserRef =
  | { audience: 'provider'; providerId: string; userId: string }
  | { audience: 'employer'; providerId: string; employerId: string; userId: string };

export const settingsRef = (u: UserRef) =>
  u.audience === 'provider'
    ? ({ kind: 'providerUserSettings', providerId: u.providerId, userId: u.userId } as const)
    : ({ kind: 'employerUserSettings', employerId: u.employerId, userId: u.userId } as const);

export type EmployerUserRef = Extract<UserRef, { audience: 'employer' }>;

/** An employer user a settings route addresses: product 290 must be active (409), the user must exist (404). */
export async function employerUserRef(
  deps: Deps<'store'>,
  params: { employerId: string; userId: string },
): Promise<EmployerUserRef> {
  const employer = await requireActiveEmployer(deps, params.employerId);
  await getResource(deps, { kind: 'employerUser', ...params });
  return { audience: 'employer', providerId: employer.data.providerId, ...params };
}

/** The user a settings route addresses, by its path. */
export async function userRefFor(
  deps: Deps<'store'>,
  params: { providerId?: string; employerId?: string; userId: string },
): Promise<UserRef> {
  if (params.employerId !== undefined)
    return employerUserRef(deps, { employerId: params.employerId, userId: params.userId });
  const providerId = params.providerId!;
  await getResource(deps, { kind: 'providerUser', providerId, userId: params.userId });
  return { audience: 'provider', providerId, userId: params.userId };
}

/** The effective settings of a user with where they came from, and the signal-set status. */
export async function getEffectiveSettings(deps: Deps<'store'>, user: UserRef) {
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
export const settingsBase = (user: UserRef, existing: Stored<StoredUserSettings> | undefined) => ({
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
  deps: Deps<'store' | 'clock'>,
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
  deps: Deps<'store' | 'clock'>,
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
