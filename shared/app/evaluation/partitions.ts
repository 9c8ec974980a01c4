import type { Employee } from '../../domain/employee.js';
import type { EscalationPolicy } from '../../domain/escalation.js';
import type { CustomSignal } from '../../domain/rules/custom-signals.js';
import type { Substitute } from '../escalation/escalation-service.js';
import type { PartitionItems, Stored } from '../resource-store.js';
import type {
  StoredProviderDefault,
  StoredSignalSet,
  StoredUserSettings,
} from '../settings/user-settings.js';

export interface EmployerRecord {
  employerId: string;
  providerId: string;
  name: string;
}

export interface EmployerUserRecord {
  employerId: string;
  userId: string;
  email: string;
  name: string;
  locale: 'nl' | 'en';
  departmentIds: string[];
  isDepartmentManager: boolean;
  /** Whom escalations to `employerAdmins` reach (grants nothing). */
  admin?: boolean;
  active: boolean;
}

export interface ProviderUserRecord {
  providerId: string;
  userId: string;
  email: string;
  name: string;
  locale: 'nl' | 'en';
  employerIds?: string[];
  admin?: boolean;
  active: boolean;
}

/** An employer's partition as the evaluation reads it: every kind of item, typed. */
export interface EmployerPartition {
  /** The employer with its products; undefined when it does not exist. */
  employer: (Stored<EmployerRecord> & { products: readonly string[] }) | undefined;
  departments: Array<{ departmentId: string; name: string }>;
  users: EmployerUserRecord[];
  userSettings: Map<string, Stored<StoredUserSettings>>;
  employees: Employee[];
  customSignals: CustomSignal[];
  /** The employer's own escalation policy, if it has one. */
  escalationPolicy: EscalationPolicy | undefined;
  /** Each user's substitutes, by user id. */
  substitutes: Map<string, Substitute[]>;
}

/** A provider's partition as the evaluation reads it. */
export interface ProviderPartition {
  users: ProviderUserRecord[];
  userSettings: Map<string, Stored<StoredUserSettings>>;
  providerDefault: StoredProviderDefault | undefined;
  signalSets: StoredSignalSet[];
  escalationPolicy: EscalationPolicy | undefined;
  substitutes: Map<string, Substitute[]>;
}

type Data = Record<string, unknown>;

/**
 * A guard for a kind of item: its fields that every stored one has. The directory's and the
 * settings' writes validate the whole shape (http/schemas); this tells each kind apart on the
 * way back and drops what is not of it.
 */
const shaped =
  <T>(...fields: ReadonlyArray<keyof T & string>) =>
  (data: Data): data is Data & T =>
    fields.every((f) => data[f] !== undefined && data[f] !== null);

const isEmployer = shaped<EmployerRecord>('employerId', 'providerId', 'name');
const isDepartment = shaped<{ departmentId: string; name: string }>('departmentId', 'name');
const isEmployerUser = shaped<EmployerUserRecord>('userId', 'email', 'locale', 'departmentIds', 'active');
const isProviderUser = shaped<ProviderUserRecord>('userId', 'email', 'locale', 'active');
const isEmployee = shaped<Employee>('employeeId', 'birthDate', 'employment');
const isCustomSignal = shaped<CustomSignal>('customSignalId', 'employeeId', 'date', 'text');
const isUserSettings = shaped<StoredUserSettings>('providerId', 'userId', 'mode');
const isProviderDefault = shaped<StoredProviderDefault>('providerId', 'signals');
const isSignalSet = shaped<StoredSignalSet>('providerId', 'setId', 'signals');
const isPolicy = shaped<EscalationPolicy>('levels');
const isSubstitutes = shaped<{ userId: string; substitutes: Substitute[] }>('userId', 'substitutes');

const substitutesOf = (items: readonly Stored[] | undefined) =>
  new Map(dataOf(items, isSubstitutes).map((s) => [s.userId, s.substitutes]));

const dataOf = <T>(items: readonly Stored[] | undefined, is: (d: Data) => d is Data & T): T[] =>
  (items ?? []).flatMap((s) => (is(s.data) ? [s.data] : []));

const settingsOf = (items: readonly Stored[] | undefined) => {
  const byUser = new Map<string, Stored<StoredUserSettings>>();
  for (const s of items ?? []) {
    const { data } = s;
    if (isUserSettings(data)) byUser.set(data.userId, { ...s, data });
  }
  return byUser;
};

/** An employer's partition, by kind, typed (read once from its items). */
export function employerPartitionOf(items: PartitionItems): EmployerPartition {
  const stored = items.employer?.[0];
  const employer =
    stored && isEmployer(stored.data)
      ? { ...stored, data: stored.data, products: stored.products ?? [] }
      : undefined;
  return {
    employer,
    departments: dataOf(items.department, isDepartment),
    users: dataOf(items.employerUser, isEmployerUser),
    userSettings: settingsOf(items.employerUserSettings),
    employees: dataOf(items.employee, isEmployee),
    customSignals: dataOf(items.customSignal, isCustomSignal),
    escalationPolicy: dataOf(items.employerEscalationPolicy, isPolicy)[0],
    substitutes: substitutesOf(items.employerUserSubstitutes),
  };
}

/** A provider's partition, by kind, typed. */
export function providerPartitionOf(items: PartitionItems): ProviderPartition {
  return {
    users: dataOf(items.providerUser, isProviderUser),
    userSettings: settingsOf(items.providerUserSettings),
    providerDefault: dataOf(items.providerDefaultSettings, isProviderDefault)[0],
    signalSets: dataOf(items.signalSet, isSignalSet),
    escalationPolicy: dataOf(items.providerEscalationPolicy, isPolicy)[0],
    substitutes: substitutesOf(items.providerUserSubstitutes),
  };
}
