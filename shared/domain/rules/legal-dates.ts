import type { SignalType } from '../catalogue.js';
import type { Day } from '../dates.js';
import type { SicknessType } from '../law/rule-versions.js';
import { nthSickDay, stateAge } from './event-rules.js';
import type { PreparedEmployee } from './prepare.js';

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
  if (!type.startsWith('ABSENCE_WEEK_')) return undefined;
  const absenceId = subject.startsWith('absence:') ? subject.slice('absence:'.length) : undefined;
  const absence = employee.absences.find((a) => a.absenceId === absenceId);
  // The week whose last day is the legal date: the absence's sickness version says (week 93 for the WIA application).
  const week = absence?.version.parameters.legalWeek[type as SicknessType];
  return absence && week !== undefined ? nthSickDay(absence, 7 * week) : undefined;
}

/**
 * The id of the rule version that produced an event (its deciding date per the version's
 * `transition`), or undefined for a type no versioned law decides.
 */
export function ruleVersionOf(
  type: SignalType,
  employee: PreparedEmployee,
  subject: string,
  eventDay: Day,
): string | undefined {
  const { law } = employee;
  if (type.startsWith('ABSENCE_WEEK_')) {
    const absenceId = subject.slice('absence:'.length);
    return employee.absences.find((a) => a.absenceId === absenceId)?.version.id;
  }
  if (type === 'NOTICE_DEADLINE' || type === 'CHAIN_RULE' || type === 'CONTRACT_END') {
    const contractId = subject.slice('contract:'.length);
    const contract = employee.contracts.find((c) => c.contractId === contractId);
    if (!contract) return undefined;
    return type === 'NOTICE_DEADLINE' && contract.end !== undefined
      ? law.at('noticePeriod', contract.end).id
      : contract.chainVersion || undefined;
  }
  if (type === 'YOUTH_WAGE_STEP') return law.at('youthWage', eventDay).id;
  if (type === 'STATE_PENSION_AGE') return stateAge(employee.birth, law)?.version;
  return undefined;
}
