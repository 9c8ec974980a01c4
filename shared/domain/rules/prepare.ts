import { addDays, addMonths, type Day, parseDay, ymdFromDay } from '../dates.js';
import type { Employee } from '../employee.js';
import { IN_FORCE, type Law, type RuleVersion } from '../law/rule-versions.js';

export interface PreparedContract {
  contractId: string;
  start: Day;
  end: Day | undefined;
  fixedTerm: boolean;
  /** 1-based position in its chain of fixed-term contracts (fixed-term only). */
  chainPosition: number;
  /** Start of the first contract of its chain. */
  chainStart: Day;
  /** The last day of the chain's last month (36 in force), counted from its first start, gaps included. */
  chainLastDay: Day;
  /** The chain rule's version (decided by this contract's start) and its contract count. */
  chainVersion: string;
  chainMaxContracts: number;
  /**
   * The first day this fixed-term contract is permanent by the 36-month rule (art. 7:668a lid 1
   * sub a): the day after `chainLastDay` when the contract runs past it (its own start when the
   * chain had passed it before the contract began). Undefined when it ends within the 36 months.
   */
  permanentFrom: Day | undefined;
}

/** One absence in the sense of art. 7:629 lid 10 BW: spells less than 4 weeks apart, together. */
export interface PreparedAbsence {
  /** The first spell's id: stable as later spells join. */
  absenceId: string;
  /** Sick periods [start, end) in order; end undefined while open. */
  spells: Array<{ start: Day; end: Day | undefined }>;
  /** The sickness rule's version, decided by the first sick day. */
  version: RuleVersion<'sicknessWeeks'>;
}

/** An employee with every date parsed once, so rules do integer arithmetic only. */
export interface PreparedEmployee {
  employee: Employee;
  birth: Day;
  birthYear: number;
  death: Day | undefined;
  marriage: Day | undefined;
  start: Day;
  serviceStart: Day;
  end: Day | undefined;
  probationEnd: Day | undefined;
  payScaleIncrease: Day | undefined;
  idDocumentExpiry: Day | undefined;
  residencePermitExpiry: Day | undefined;
  contracts: PreparedContract[];
  absences: PreparedAbsence[];
  /** The law the rules apply to this employee: in force, or with the proposals (a what-if). */
  law: Law;
}

const opt = (s: string | null | undefined): Day | undefined => (s ? parseDay(s) : undefined);

/**
 * The contracts with their chains (art. 7:668a BW), under the chain rule's version decided by each
 * contract's start: an interruption of at most `gapMonths` keeps a chain, a chain longer than
 * `maxMonths` makes the running contract permanent.
 */
function prepareContracts(employee: Employee, law: Law): PreparedContract[] {
  const all = (employee.contracts ?? [])
    .map((c) => ({
      contractId: c.contractId,
      start: parseDay(c.startDate)!,
      end: opt(c.endDate),
      fixedTerm: c.type === 'fixedTerm',
    }))
    .sort((a, b) => a.start - b.start);
  const result: PreparedContract[] = [];
  let chainStart = 0;
  let position = 0;
  let previousEnd: Day | undefined;
  for (const c of all) {
    if (!c.fixedTerm) {
      result.push({
        ...c,
        chainPosition: 0,
        chainStart: c.start,
        chainLastDay: c.start,
        chainVersion: '',
        chainMaxContracts: 0,
        permanentFrom: undefined,
      });
      continue;
    }
    const version = law.at('chainRule', c.start);
    const { gapMonths, maxMonths, maxContracts } = version.parameters;
    // The interruption runs from the day after the previous end; at most `gapMonths` keeps the chain.
    const continues =
      previousEnd !== undefined && position > 0 && c.start <= addMonths(addDays(previousEnd, 1), gapMonths);
    if (continues) position += 1;
    else {
      position = 1;
      chainStart = c.start;
    }
    const chainLastDay = addDays(addMonths(chainStart, maxMonths), -1);
    const permanentFrom =
      c.end !== undefined && c.end > chainLastDay ? Math.max(c.start, chainLastDay + 1) : undefined;
    result.push({
      ...c,
      chainPosition: position,
      chainStart,
      chainLastDay,
      chainVersion: version.id,
      chainMaxContracts: maxContracts,
      permanentFrom,
    });
    // An open-ended fixed-term contract ends no chain we can measure.
    previousEnd = c.end;
    if (c.end === undefined) position = 0;
  }
  return result;
}

/**
 * The absences of an employee: records first merged into sick periods (overlapping records are
 * one period, so a day is a sick day at most once, and an open record swallows every later
 * record that overlaps it), then periods less than 4 weeks apart joined into one absence.
 * `end` is the recovery date, the first day no longer sick.
 */
function prepareAbsences(employee: Employee, law: Law): PreparedAbsence[] {
  const records = (employee.absences ?? [])
    .map((a) => ({ absenceId: a.absenceId, start: parseDay(a.startDate)!, end: opt(a.endDate) }))
    .sort((a, b) => a.start - b.start || a.absenceId.localeCompare(b.absenceId));
  const absences: PreparedAbsence[] = [];
  let current: PreparedAbsence | undefined;
  for (const r of records) {
    const last = current?.spells[current.spells.length - 1];
    if (current && last && (last.end === undefined || r.start < last.end)) {
      // Overlaps the period so far (an open period overlaps everything after it): one period.
      if (last.end !== undefined) last.end = r.end === undefined ? undefined : Math.max(last.end, r.end);
      continue;
    }
    if (current && last?.end !== undefined && r.start - last.end < current.version.parameters.joinGapDays) {
      current.spells.push({ start: r.start, end: r.end });
      continue;
    }
    current = {
      absenceId: r.absenceId,
      spells: [{ start: r.start, end: r.end }],
      version: law.at('sicknessWeeks', r.start),
    };
    absences.push(current);
  }
  return absences;
}

export function prepareEmployee(employee: Employee, law: Law = IN_FORCE): PreparedEmployee {
  const birth = parseDay(employee.birthDate)!;
  const start = parseDay(employee.employment.startDate)!;
  return {
    employee,
    birth,
    birthYear: ymdFromDay(birth).year,
    death: opt(employee.deceasedDate),
    marriage: opt(employee.marriageDate),
    start,
    serviceStart: opt(employee.employment.historicalStartDate) ?? start,
    end: opt(employee.employment.endDate),
    probationEnd: opt(employee.employment.probationEndDate),
    payScaleIncrease: opt(employee.nextPayScaleIncreaseDate),
    idDocumentExpiry: opt(employee.idDocumentExpiryDate),
    residencePermitExpiry: opt(employee.residencePermitExpiryDate),
    contracts: prepareContracts(employee, law),
    absences: prepareAbsences(employee, law),
    law,
  };
}
