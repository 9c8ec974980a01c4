import { isHealthSignal, type SignalType } from '../catalogue.js';
import { type Day, formatDay } from '../dates.js';
import type { SignalSetting } from '../settings.js';
import { customOccurrences, type PreparedCustomSignal } from './custom-signals.js';
import { type EventRule, RULES } from './event-rules.js';
import { legalDateOf, ruleVersionOf } from './legal-dates.js';
import type { PreparedEmployee } from './prepare.js';

export const DEFAULT_CATCH_UP_DAYS = 7;

/** A user who receives signals, with the effective settings and the departments scope. */
export interface Recipient {
  recipientId: string;
  settings: readonly SignalSetting[];
  /** The user's departments, for settings with `departmentsOnly`. */
  departmentIds: ReadonlySet<string>;
  /**
   * A department manager: health data is need-to-know, so absence signals come only about
   * employees of `departmentIds`, whatever `departmentsOnly` says.
   */
  departmentManager?: boolean;
}

export interface DueSignal {
  /** Deterministic: the same signal always has the same identity, so storage can create it once. */
  identity: string;
  recipientId: string;
  employerId: string;
  signalType: SignalType;
  employeeId: string;
  subject: string;
  eventDate: string;
  signalDate: string;
  daysBefore: number;
  email: boolean;
  text?: string;
  /** The date the law attaches a consequence to (types with a legal deadline only). */
  legalDate?: string;
  /** The version of the law that produced it (types whose rule has versioned parameters). */
  ruleVersion?: string;
  /**
   * An escalation signal: the level that fired, and who had the event's signals (recipient ids);
   * `daysBefore` then counts to the legal date.
   */
  escalation?: { level: number; legalDate: string; originalRecipients: string[] };
  /** A substitute's copy: the recipient it stands in for. */
  onBehalfOf?: string;
}

/**
 * The due rule: a signal for event date E with offset d (signal date S = E - d) is created by a
 * run on R when S <= R <= max(E, S) + catchUpDays.
 */
export function isDue(runDay: Day, eventDay: Day, daysBefore: number, catchUpDays: number): boolean {
  const signalDay = eventDay - daysBefore;
  return signalDay <= runDay && runDay <= Math.max(eventDay, signalDay) + catchUpDays;
}

/** The event dates a run on R can still create signals for, over all offsets of a setting. */
export function eventWindow(
  runDay: Day,
  daysBefore: readonly number[],
  catchUpDays: number,
): { from: Day; to: Day } {
  let min = 0;
  let max = Number.NEGATIVE_INFINITY;
  for (const d of daysBefore) {
    if (d < min) min = d;
    if (d > max) max = d;
  }
  return { from: runDay - catchUpDays + min, to: runDay + Math.max(max, min) };
}

export const signalIdentity = (s: {
  recipientId: string;
  signalType: string;
  employerId: string;
  employeeId: string;
  subject: string;
  eventDate: string;
  daysBefore: number;
}) =>
  [s.recipientId, s.signalType, s.employerId, s.employeeId, s.subject, s.eventDate, s.daysBefore].join('|');

/**
 * The identity of an escalation signal (event + level + user) or a substitute's copy (the
 * original's identity for the substitute, + whom it stands in for): never one of a plain signal.
 */
export const derivedIdentity = (
  s: Parameters<typeof signalIdentity>[0],
  derived: { level?: number | undefined; onBehalfOf?: string | undefined },
) =>
  [
    signalIdentity(s),
    ...(derived.level !== undefined ? [`L${derived.level}`] : []),
    ...(derived.onBehalfOf !== undefined ? [`for:${derived.onBehalfOf}`] : []),
  ].join('|');

/**
 * Whether an employee yields an event of this type on this day: inside the employment (start and
 * end events excepted) and not after the date of death (the end event excepted). `CUSTOM`
 * signals are the user's own reminders and fire whatever the dates say.
 */
export function withinEmployment(type: SignalType, e: PreparedEmployee, eventDay: Day): boolean {
  if (type === 'CUSTOM') return true;
  if (eventDay < e.start && type !== 'EMPLOYMENT_START') return false;
  if (type === 'EMPLOYMENT_END') return true;
  if (e.end !== undefined && eventDay > e.end) return false;
  if (e.death !== undefined && eventDay > e.death) return false;
  return true;
}

/**
 * The offsets of one event that a run on `runDay` creates: of the due offsets, only the nearest
 * (smallest `d`). A farther offset is overtaken when a nearer one is due in the same run; a
 * nearer one created before is still due whenever a farther one is (its window ends no earlier),
 * so the rule needs no memory of earlier runs.
 */
export function offsetsToCreate(
  runDay: Day,
  eventDay: Day,
  daysBefore: readonly number[],
  catchUpDays: number,
): number[] {
  let nearest: number | undefined;
  for (const d of daysBefore) {
    if (isDue(runDay, eventDay, d, catchUpDays) && (nearest === undefined || d < nearest)) nearest = d;
  }
  return nearest === undefined ? [] : [nearest];
}

export interface EmployerSnapshot {
  employerId: string;
  employees: readonly PreparedEmployee[];
  /** Custom signals by employee id. */
  customSignals: ReadonlyMap<string, readonly PreparedCustomSignal[]>;
}

/** Runs the rule of a type over one employee (custom signals included) in a window. */
export function eventsOf(
  type: SignalType,
  employee: PreparedEmployee,
  customSignals: readonly PreparedCustomSignal[] | undefined,
  from: Day,
  to: Day,
  emit: (subject: string, eventDay: Day, text?: string) => void,
): void {
  if (type === 'CUSTOM') {
    for (const c of customSignals ?? [])
      customOccurrences(c, from, to, (subject, day) => emit(subject, day, c.signal.text));
    return;
  }
  (RULES[type] as EventRule)(employee, from, to, emit);
}

/**
 * Whether a setting covers an employee: all, or (departmentsOnly, and absence signals for a
 * department manager) those of the recipient's departments.
 */
function inScope(setting: SignalSetting, recipient: Recipient, employee: PreparedEmployee): boolean {
  const needToKnow = recipient.departmentManager === true && isHealthSignal(setting.signalType);
  if (!setting.departmentsOnly && !needToKnow) return true;
  const dep = employee.employee.departmentId;
  return !!dep && recipient.departmentIds.has(dep);
}

/** Every event of a setting's type, within the employment, for the employees in its scope, with dates in [from, to]. */
function forEachEvent(
  snapshot: EmployerSnapshot,
  recipient: Recipient,
  setting: SignalSetting,
  from: Day,
  to: Day,
  emit: (employee: PreparedEmployee, subject: string, eventDay: Day, text?: string) => void,
): void {
  const type = setting.signalType;
  for (const employee of snapshot.employees) {
    if (!inScope(setting, recipient, employee)) continue;
    eventsOf(
      type,
      employee,
      snapshot.customSignals.get(employee.employee.employeeId),
      from,
      to,
      (subject, eventDay, text) => {
        if (withinEmployment(type, employee, eventDay)) emit(employee, subject, eventDay, text);
      },
    );
  }
}

/**
 * The signals due on a run date for the recipients of one employer: for every recipient, every
 * setting, every employee in its scope, every event the type's rule yields in the window, every
 * offset. Pure: the same input gives the same signals, whatever the clock or time zone.
 */
export function dueSignals(
  snapshot: EmployerSnapshot,
  recipients: readonly Recipient[],
  runDay: Day,
  catchUpDays: number,
  emit: (signal: DueSignal) => void,
): void {
  const { employerId } = snapshot;
  for (const recipient of recipients) {
    for (const setting of recipient.settings) {
      const { from, to } = eventWindow(runDay, setting.daysBefore, catchUpDays);
      const type = setting.signalType;
      forEachEvent(snapshot, recipient, setting, from, to, (employee, subject, eventDay, text) => {
        const offsets = offsetsToCreate(runDay, eventDay, setting.daysBefore, catchUpDays);
        const legalDay = offsets.length > 0 ? legalDateOf(type, employee, subject, eventDay) : undefined;
        const ruleVersion = offsets.length > 0 ? ruleVersionOf(type, employee, subject, eventDay) : undefined;
        for (const d of offsets) {
          const base = {
            recipientId: recipient.recipientId,
            employerId,
            signalType: type,
            employeeId: employee.employee.employeeId,
            subject,
            eventDate: formatDay(eventDay),
            daysBefore: d,
          };
          emit({
            ...base,
            identity: signalIdentity(base),
            signalDate: formatDay(eventDay - d),
            email: setting.email,
            ...(text !== undefined ? { text } : {}),
            ...(legalDay !== undefined ? { legalDate: formatDay(legalDay) } : {}),
            ...(ruleVersion !== undefined ? { ruleVersion } : {}),
          });
        }
      });
    }
  }
}

/** Whether the employee's current data still yields this event (else an unhandled signal is withdrawn). */
export function eventStillExists(
  type: SignalType,
  employee: PreparedEmployee | undefined,
  customSignals: readonly PreparedCustomSignal[] | undefined,
  subject: string,
  eventDay: Day,
): boolean {
  if (!employee) return false;
  let found = false;
  eventsOf(type, employee, customSignals, eventDay, eventDay, (s) => {
    if (s === subject) found = true;
  });
  return found && withinEmployment(type, employee, eventDay);
}

export interface PreviewItem {
  runDate: string;
  signalType: SignalType;
  employeeId: string;
  eventDate: string;
  daysBefore: number;
  email: boolean;
  ruleVersion: string | null;
}

/**
 * What a recipient would get with one run a day from `fromDay` for `days` days, nothing created
 * before: each signal appears on the first run that may create it, max(S, from).
 */
export function previewSignals(
  snapshot: EmployerSnapshot,
  recipient: Recipient,
  fromDay: Day,
  days: number,
  catchUpDays: number,
): PreviewItem[] {
  const lastDay = fromDay + days - 1;
  const items: Array<PreviewItem & { sortKey: number }> = [];
  for (const setting of recipient.settings) {
    const first = eventWindow(fromDay, setting.daysBefore, catchUpDays);
    const last = eventWindow(lastDay, setting.daysBefore, catchUpDays);
    const type = setting.signalType;
    forEachEvent(snapshot, recipient, setting, first.from, last.to, (employee, subject, eventDay) => {
      for (const d of setting.daysBefore) {
        const runDay = Math.max(eventDay - d, fromDay);
        if (runDay > lastDay) continue;
        if (!offsetsToCreate(runDay, eventDay, setting.daysBefore, catchUpDays).includes(d)) continue;
        items.push({
          sortKey: runDay,
          runDate: formatDay(runDay),
          signalType: type,
          employeeId: employee.employee.employeeId,
          eventDate: formatDay(eventDay),
          daysBefore: d,
          email: setting.email,
          ruleVersion: ruleVersionOf(type, employee, subject, eventDay) ?? null,
        });
      }
    });
  }
  items.sort(
    (a, b) =>
      a.sortKey - b.sortKey ||
      a.eventDate.localeCompare(b.eventDate) ||
      a.employeeId.localeCompare(b.employeeId),
  );
  return items.map(({ sortKey: _, ...item }) => item);
}

/** A legal event of an employee: its type, subject, event and legal date, and the users set to get it. */
export interface LegalEvent {
  signalType: SignalType;
  employeeId: string;
  subject: string;
  eventDay: Day;
  legalDay: Day;
  /** The version of the law that made it. */
  ruleVersion?: string;
  /** The recipients whose settings cover this type and employee (their `recipientId`). */
  recipients: string[];
}

/** The longest a legal date can lie after its event: a sickness week's end, across a gap of under 4 weeks. */
const LEGAL_AFTER_EVENT_DAYS = 7 + 28;

/**
 * The events with a legal date in [from, to] of an employer, computed from its data (not from
 * signals): every legal type's rule over every employee, with the users whose settings cover it.
 */
export function legalEvents(
  snapshot: EmployerSnapshot,
  recipients: readonly Recipient[],
  legalTypes: readonly SignalType[],
  from: Day,
  to: Day,
): LegalEvent[] {
  const events: LegalEvent[] = [];
  for (const type of legalTypes) {
    for (const employee of snapshot.employees) {
      const covering = recipients.filter((r) =>
        r.settings.some((s) => s.signalType === type && inScope(s, r, employee)),
      );
      eventsOf(type, employee, undefined, from - LEGAL_AFTER_EVENT_DAYS, to, (subject, eventDay) => {
        if (!withinEmployment(type, employee, eventDay)) return;
        const legalDay = legalDateOf(type, employee, subject, eventDay);
        if (legalDay === undefined || legalDay < from || legalDay > to) return;
        const ruleVersion = ruleVersionOf(type, employee, subject, eventDay);
        events.push({
          signalType: type,
          employeeId: employee.employee.employeeId,
          subject,
          eventDay,
          legalDay,
          ...(ruleVersion !== undefined ? { ruleVersion } : {}),
          recipients: covering.map((r) => r.recipientId),
        });
      });
    }
  }
  return events.sort(
    (a, b) =>
      a.legalDay - b.legalDay ||
      a.employeeId.localeCompare(b.employeeId) ||
      a.signalType.localeCompare(b.signalType),
  );
}
