import type { SignalType } from '../catalogue.js';
import type { Day } from '../dates.js';
import { nthSickDay } from './event-rules.js';
import type { PreparedEmployee } from './prepare.js';

/** The sickness types whose legal date is the last day of a week of sick days: that week. */
const LEGAL_SICK_WEEK: Partial<Record<SignalType, number>> = {
  ABSENCE_WEEK_6: 6,
  ABSENCE_WEEK_8: 8,
  ABSENCE_WEEK_42: 42,
  ABSENCE_WEEK_52: 52,
  ABSENCE_WEEK_91: 93,
};

/** The types whose legal date is the event's own date. */
const ON_THE_EVENT: ReadonlySet<SignalType> = new Set([
  'NOTICE_DEADLINE',
  'CHAIN_RULE',
  'RESIDENCE_PERMIT_EXPIRY',
  'YOUTH_WAGE_STEP',
]);

/**
 * The legal date of an event (catalogue: LEGAL_DEADLINES), or undefined for a type without one.
 * A sickness week's date is the last day of that week counted in sick days of the absence the
 * event is about (`absence:<id>`), so it moves with the spells as the milestone does.
 */
export function legalDateOf(
  type: SignalType,
  employee: PreparedEmployee,
  subject: string,
  eventDay: Day,
): Day | undefined {
  if (ON_THE_EVENT.has(type)) return eventDay;
  const week = LEGAL_SICK_WEEK[type];
  if (week === undefined) return undefined;
  const absenceId = subject.startsWith('absence:') ? subject.slice('absence:'.length) : undefined;
  const absence = employee.absences.find((a) => a.absenceId === absenceId);
  return absence ? nthSickDay(absence, 7 * week) : undefined;
}
