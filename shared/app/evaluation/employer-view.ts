import { PLATFORM_ESCALATION_POLICY } from '../../domain/escalation.js';
import { IN_FORCE, type Law } from '../../domain/law/rule-versions.js';
import { type PreparedCustomSignal, prepareCustomSignal } from '../../domain/rules/custom-signals.js';
import type { EmployerSnapshot, Recipient } from '../../domain/rules/evaluate.js';
import { prepareEmployee } from '../../domain/rules/prepare.js';
import { type EffectiveSettings, resolveSettings, type SignalSetting } from '../../domain/settings.js';
import type { Substitute } from '../escalation/escalation-service.js';
import { userSettingsOf } from '../settings/user-settings.js';
import type { EmployerPartition, ProviderPartition } from './partitions.js';

export interface RecipientInfo extends Recipient {
  /** The user's own id (`recipientId` may be replaced by the tenant-wide recipient key). */
  userId: string;
  userType: 'provider' | 'employer';
  email: string;
  name: string;
  locale: 'nl' | 'en';
  effective: EffectiveSettings;
  /** Whom escalations to `employerAdmins` reach (grants nothing). */
  admin: boolean;
  /** Who stands in for the user, and when. */
  substitutes: readonly Substitute[];
}

/**
 * Everything one employer's evaluation needs, built from two partition reads (the employer's and
 * its provider's): the prepared employees and custom signals, and every recipient with the
 * effective settings and scope.
 */
export function buildEmployerView(
  employerPartition: EmployerPartition,
  providerPartition: ProviderPartition,
  /** The law the rules apply: in force (every evaluation), or with the proposals (a what-if preview). */
  law: Law = IN_FORCE,
) {
  const employer = employerPartition.employer?.data;
  if (!employer) return undefined;
  const { employees } = employerPartition;
  const departments = new Map(employerPartition.departments.map((d) => [d.departmentId, d.name]));
  const custom = new Map<string, PreparedCustomSignal[]>();
  for (const c of employerPartition.customSignals) {
    const list = custom.get(c.employeeId) ?? [];
    list.push(prepareCustomSignal(c));
    custom.set(c.employeeId, list);
  }
  const snapshot: EmployerSnapshot = {
    employerId: employer.employerId,
    employees: employees.map((e) => prepareEmployee(e, law)),
    customSignals: custom,
  };

  const providerDefault = providerPartition.providerDefault?.signals ?? [];
  const employerSettings = employerPartition.userSettings;
  const providerSettings = providerPartition.userSettings;

  const recipients: RecipientInfo[] = [];
  for (const u of employerPartition.users) {
    if (!u.active) continue;
    const effective = resolveSettings(
      userSettingsOf(employerSettings.get(u.userId)),
      providerDefault,
      'employer',
    );
    recipients.push(
      recipientOf(
        u,
        'employer',
        effective,
        u.departmentIds,
        u.isDepartmentManager,
        employerPartition.substitutes.get(u.userId),
      ),
    );
  }
  for (const u of providerPartition.users) {
    if (!u.active) continue;
    if (u.employerIds && u.employerIds.length > 0 && !u.employerIds.includes(employer.employerId)) continue;
    const effective = resolveSettings(
      userSettingsOf(providerSettings.get(u.userId)),
      providerDefault,
      'provider',
    );
    recipients.push(
      recipientOf(u, 'provider', effective, [], false, providerPartition.substitutes.get(u.userId)),
    );
  }
  const sets = new Map(providerPartition.signalSets.map((s) => [s.setId, s]));
  return {
    employer,
    snapshot,
    recipients,
    departments,
    employees: new Map(employees.map((e) => [e.employeeId, e])),
    sets,
    providerDefault,
    escalation: effectivePolicy(employerPartition, providerPartition),
  };
}

/**
 * The escalation policy that applies to the employer: its own, else its provider's, else the
 * platform default; named users are of the tenant whose policy it is.
 */
function effectivePolicy(employer: EmployerPartition, provider: ProviderPartition) {
  if (employer.escalationPolicy) {
    return { policy: employer.escalationPolicy, namedUserType: 'employer' as const };
  }
  return {
    policy: provider.escalationPolicy ?? PLATFORM_ESCALATION_POLICY,
    namedUserType: 'provider' as const,
  };
}

function recipientOf(
  u: { userId: string; email: string; name: string; locale: 'nl' | 'en'; admin?: boolean },
  userType: 'provider' | 'employer',
  effective: EffectiveSettings,
  departmentIds: string[],
  departmentManager: boolean,
  substitutes: readonly Substitute[] = [],
): RecipientInfo {
  return {
    admin: u.admin === true,
    substitutes,
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
