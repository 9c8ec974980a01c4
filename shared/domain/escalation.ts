import { LEGAL_DEADLINES, type SignalType } from './catalogue.js';
import type { Day } from './dates.js';

/**
 * Escalation of legal deadlines (PRODUCT.md, "Legal deadlines"): whom an open legal event goes to
 * when nobody handled it some days before its legal date. Pure: the pipeline supplies the users.
 */

/** Who a level addresses: the employer's admins, the provider's users who serve it, or named users. */
export type EscalationTarget = 'employerAdmins' | 'providerUsers' | { userIds: string[] };

export interface EscalationLevel {
  daysBeforeLegalDate: number;
  to: EscalationTarget;
}

export interface EscalationPolicy {
  /** 1 to 3 levels, farther first (strictly decreasing `daysBeforeLegalDate`). */
  levels: EscalationLevel[];
  /** The legal types it applies to; every legal type when absent. */
  signalTypes?: SignalType[];
}

export const LEGAL_TYPES = Object.keys(LEGAL_DEADLINES) as SignalType[];

/** The platform default: 5 days before to the employer's admins, 2 days before to the provider's users. */
export const PLATFORM_ESCALATION_POLICY: EscalationPolicy = {
  levels: [
    { daysBeforeLegalDate: 5, to: 'employerAdmins' },
    { daysBeforeLegalDate: 2, to: 'providerUsers' },
  ],
};

/** The types a policy escalates. */
export const escalatedTypes = (policy: EscalationPolicy): readonly SignalType[] =>
  policy.signalTypes ?? LEGAL_TYPES;

/** How many days before its legal date an event's first level can be due. */
export const escalationHorizon = (policy: EscalationPolicy) =>
  Math.max(0, ...policy.levels.map((l) => l.daysBeforeLegalDate));

/**
 * The level (1-based) a run on `runDay` fires for an event, or undefined: the nearest level due
 * (`legalDay - daysBeforeLegalDate <= runDay`) that is beyond every level fired before. Farther
 * levels due at the same time are overtaken (late data fires the nearest at once), as offsets are.
 * No level fires once the legal date lies more than `catchUpDays` behind.
 */
export function levelDue(
  policy: EscalationPolicy,
  legalDay: Day,
  runDay: Day,
  firedUpTo: number,
  catchUpDays: number,
): number | undefined {
  if (runDay > legalDay + catchUpDays) return undefined;
  let due: number | undefined;
  policy.levels.forEach((level, i) => {
    if (legalDay - level.daysBeforeLegalDate <= runDay) due = i + 1;
  });
  return due !== undefined && due > firedUpTo ? due : undefined;
}

/** A user as escalation sees them: who they are and what the need-to-know rules let them see. */
export interface EscalationCandidate {
  userType: 'provider' | 'employer';
  userId: string;
  admin: boolean;
  departmentIds: ReadonlySet<string>;
  departmentManager?: boolean | undefined;
}

/**
 * Whether a user may be told about an employee's event: a department manager only about the
 * employees of the departments they manage (health data is need-to-know; escalation never widens
 * what anyone sees); everyone else of the employer, and the provider's users who serve it.
 */
export function maySee(
  user: Pick<EscalationCandidate, 'userType' | 'departmentIds' | 'departmentManager'>,
  departmentId: string | undefined,
): boolean {
  if (user.userType === 'provider' || !user.departmentManager) return true;
  return !!departmentId && user.departmentIds.has(departmentId);
}

/** The users a level addresses (named users are of the policy's own tenant: its `namedUserType`). */
export function addressed<T extends EscalationCandidate>(
  target: EscalationTarget,
  users: readonly T[],
  namedUserType: 'provider' | 'employer',
): T[] {
  if (target === 'employerAdmins') return users.filter((u) => u.userType === 'employer' && u.admin);
  if (target === 'providerUsers') return users.filter((u) => u.userType === 'provider');
  const named = new Set(target.userIds);
  return users.filter((u) => u.userType === namedUserType && named.has(u.userId));
}

/** What the days left to a legal date read as: "nog 3 dagen", "vandaag", "2 dagen verstreken". */
export function daysLeftText(days: number, locale: 'nl' | 'en'): string {
  if (locale === 'nl') {
    if (days === 0) return 'vandaag';
    if (days > 0) return days === 1 ? 'nog 1 dag' : `nog ${days} dagen`;
    return days === -1 ? '1 dag verstreken' : `${-days} dagen verstreken`;
  }
  if (days === 0) return 'today';
  if (days > 0) return days === 1 ? '1 day left' : `${days} days left`;
  return days === -1 ? '1 day overdue' : `${-days} days overdue`;
}
