import type { Employee } from '../../domain/employee.js';
import {
  type CustomSignal,
  type PreparedCustomSignal,
  prepareCustomSignal,
} from '../../domain/rules/custom-signals.js';
import type { EmployerSnapshot, Recipient } from '../../domain/rules/evaluate.js';
import { prepareEmployee } from '../../domain/rules/prepare.js';
import { type EffectiveSettings, resolveSettings, type SignalSetting } from '../../domain/settings.js';
import type { PartitionItems, Stored } from '../resource-store.js';
import {
  type StoredProviderDefault,
  type StoredSignalSet,
  type StoredUserSettings,
  userSettingsOf,
} from '../settings/user-settings.js';

export interface EmployerUserRecord {
  employerId: string;
  userId: string;
  email: string;
  name: string;
  locale: 'nl' | 'en';
  departmentIds: string[];
  isDepartmentManager: boolean;
  active: boolean;
}

export interface ProviderUserRecord {
  providerId: string;
  userId: string;
  email: string;
  name: string;
  locale: 'nl' | 'en';
  employerIds?: string[];
  active: boolean;
}

export interface RecipientInfo extends Recipient {
  /** The user's own id (`recipientId` may be replaced by the tenant-wide recipient key). */
  userId: string;
  userType: 'provider' | 'employer';
  email: string;
  name: string;
  locale: 'nl' | 'en';
  effective: EffectiveSettings;
}

/** A user's settings item as stored (written only by the settings use cases, in this shape). */
const isUserSettings = (
  data: Record<string, unknown>,
): data is Record<string, unknown> & StoredUserSettings =>
  typeof data.userId === 'string' && typeof data.providerId === 'string' && typeof data.mode === 'string';

const settingsByUser = (items: Stored[] | undefined) => {
  const byUser = new Map<string, Stored<StoredUserSettings>>();
  for (const s of items ?? []) {
    const { data } = s;
    if (isUserSettings(data)) byUser.set(data.userId, { ...s, data });
  }
  return byUser;
};

const dataOf = <T>(items: Stored[] | undefined): T[] => (items ?? []).map((s) => s.data as T);

/**
 * Everything one employer's evaluation needs, built from two partition reads (the employer's and
 * its provider's): the prepared employees and custom signals, and every recipient with the
 * effective settings and scope.
 */
export function buildEmployerView(employerItems: PartitionItems, providerItems: PartitionItems) {
  const employer = dataOf<{ employerId: string; providerId: string; name: string }>(
    employerItems.employer,
  )[0];
  if (!employer) return undefined;
  const employees = dataOf<Employee>(employerItems.employee);
  const departments = new Map(
    dataOf<{ departmentId: string; name: string }>(employerItems.department).map((d) => [
      d.departmentId,
      d.name,
    ]),
  );
  const custom = new Map<string, PreparedCustomSignal[]>();
  for (const c of dataOf<CustomSignal>(employerItems.customSignal)) {
    const list = custom.get(c.employeeId) ?? [];
    list.push(prepareCustomSignal(c));
    custom.set(c.employeeId, list);
  }
  const snapshot: EmployerSnapshot = {
    employerId: employer.employerId,
    employees: employees.map(prepareEmployee),
    customSignals: custom,
  };

  const providerDefault =
    dataOf<StoredProviderDefault>(providerItems.providerDefaultSettings)[0]?.signals ?? [];
  const employerSettings = settingsByUser(employerItems.employerUserSettings);
  const providerSettings = settingsByUser(providerItems.providerUserSettings);

  const recipients: RecipientInfo[] = [];
  for (const u of dataOf<EmployerUserRecord>(employerItems.employerUser)) {
    if (!u.active) continue;
    const effective = resolveSettings(
      userSettingsOf(employerSettings.get(u.userId)),
      providerDefault,
      'employer',
    );
    recipients.push(recipientOf(u, 'employer', effective, u.departmentIds, u.isDepartmentManager));
  }
  for (const u of dataOf<ProviderUserRecord>(providerItems.providerUser)) {
    if (!u.active) continue;
    if (u.employerIds && u.employerIds.length > 0 && !u.employerIds.includes(employer.employerId)) continue;
    const effective = resolveSettings(
      userSettingsOf(providerSettings.get(u.userId)),
      providerDefault,
      'provider',
    );
    recipients.push(recipientOf(u, 'provider', effective, [], false));
  }
  const sets = new Map(dataOf<StoredSignalSet>(providerItems.signalSet).map((s) => [s.setId, s]));
  return {
    employer,
    snapshot,
    recipients,
    departments,
    employees: new Map(employees.map((e) => [e.employeeId, e])),
    sets,
    providerDefault,
  };
}

function recipientOf(
  u: { userId: string; email: string; name: string; locale: 'nl' | 'en' },
  userType: 'provider' | 'employer',
  effective: EffectiveSettings,
  departmentIds: string[],
  departmentManager: boolean,
): RecipientInfo {
  return {
    recipientId: u.userId,
    userId: u.userId,
    userType,
    email: u.email,
    name: u.name,
    locale: u.locale,
    effective,
    settings: effective.signals as SignalSetting[],
    departmentIds: new Set(departmentIds),
    departmentManager,
  };
}

export type EmployerView = NonNullable<ReturnType<typeof buildEmployerView>>;
