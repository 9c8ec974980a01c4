import type { SignalType } from '../catalogue.js';
import { addMonths, type Day, dayFromYmd, daysInMonth, parseDay, ymdFromDay } from '../dates.js';
import { IN_FORCE, type Law, type RuleVersion, type SicknessType } from '../law/rule-versions.js';
import type { PreparedAbsence, PreparedEmployee } from './prepare.js';

/** Receives each event a rule yields: its subject (what the event is about) and its date. */
export type EventSink = (subject: string, eventDay: Day) => void;

/** A rule: the events of one type for one employee with dates in [from, to]. */
export type EventRule = (employee: PreparedEmployee, from: Day, to: Day, emit: EventSink) => void;

const within = (d: Day | undefined, from: Day, to: Day): d is Day => d !== undefined && d >= from && d <= to;

/** The anniversary of a month and day in a year (29 February falls on 28 February in other years). */
const anniversary = (month: number, day: number, year: number): Day =>
  dayFromYmd(year, month, Math.min(day, daysInMonth(year, month)));

/** Birthdays at the given ages (all ages >= 1 when `ages` is undefined), not after death. */
function birthdays(ages: ReadonlySet<number> | undefined): EventRule {
  return (e, from, to, emit) => {
    const { month, day } = ymdFromDay(e.birth);
    const firstYear = ymdFromDay(from).year;
    const lastYear = ymdFromDay(to).year;
    for (let year = firstYear; year <= lastYear; year++) {
      const age = year - e.birthYear;
      if (age < 1 || (ages && !ages.has(age))) continue;
      const date = anniversary(month, day, year);
      if (date < from || date > to) continue;
      if (e.death !== undefined && date > e.death) continue;
      emit(`age:${age}`, date);
    }
  };
}

/** 12.5, 25, 40 and 50 years after an origin date. */
const JUBILEES: ReadonlyArray<{ label: string; months: number }> = [
  { label: '12.5', months: 150 },
  { label: '25', months: 300 },
  { label: '40', months: 480 },
  { label: '50', months: 600 },
];

function jubilees(origin: (e: PreparedEmployee) => Day | undefined): EventRule {
  return (e, from, to, emit) => {
    const o = origin(e);
    if (o === undefined) return;
    for (const j of JUBILEES) {
      const date = addMonths(o, j.months);
      if (date >= from && date <= to) emit(`years:${j.label}`, date);
    }
  };
}

const single =
  (subject: string, date: (e: PreparedEmployee) => Day | undefined): EventRule =>
  (e, from, to, emit) => {
    const d = date(e);
    if (within(d, from, to)) emit(subject, d);
  };

/** An AOW version's rows and first day as days, made once per version (not per employee). */
const aowDays = new WeakMap<
  RuleVersion<'aow'>,
  { from: Day; rows: Array<{ from: Day; to: Day; months: number }> }
>();
const daysOf = (v: RuleVersion<'aow'>) => {
  let days = aowDays.get(v);
  if (!days) {
    days = {
      from: parseDay(v.effectiveFrom)!,
      rows: v.parameters.rows.map((r) => ({
        from: parseDay(r.bornFrom)!,
        to: parseDay(r.bornTo)!,
        months: r.years * 12 + r.months,
      })),
    };
    aowDays.set(v, days);
  }
  return days;
};

/**
 * The date a person reaches AOW age, and the version that says so: the newest version whose table
 * covers the birth date and whose date falls on or after the version took effect. Undefined when
 * no version covers the birth date yet (the law has not set that year).
 */
export function stateAge(birth: Day, law: Law = IN_FORCE): { day: Day; version: string } | undefined {
  for (const version of law.all('aow')) {
    const { from, rows } = daysOf(version);
    const row = rows.find((r) => birth >= r.from && birth <= r.to);
    if (!row) continue;
    const day = addMonths(birth, row.months);
    if (day >= from) return { day, version: version.id };
  }
  return undefined;
}

/** The date a person reaches AOW age under the law in force; undefined when not set yet. */
export const stateAgeDate = (birth: Day, law: Law = IN_FORCE): Day | undefined => stateAge(birth, law)?.day;

/**
 * Whether an employee is near AOW age (60 or older on `day`) while no version yet says when they
 * reach it: the table needs its next rows. No signal can be made for them until then.
 */
export const aowNotYetKnown = (birth: Day, day: Day, law: Law = IN_FORCE) =>
  addMonths(birth, 60 * 12) <= day && stateAge(birth, law) === undefined;

/** The k-th sick day of an absence (1-based), counting sick days only; undefined if it never came. */
export function nthSickDay(absence: PreparedAbsence, k: number): Day | undefined {
  let remaining = k;
  for (const spell of absence.spells) {
    const length = spell.end === undefined ? Number.POSITIVE_INFINITY : spell.end - spell.start;
    if (remaining <= length) return spell.start + remaining - 1;
    remaining -= length;
  }
  return undefined;
}

/**
 * A sickness milestone of every absence, in the week its version sets: on the week's first sick
 * day (first sick day + week - 1 weeks, sick days only), or with `lastDay` on its last.
 */
function absenceWeek(type: SicknessType, lastDay = false): EventRule {
  return (e, from, to, emit) => {
    for (const absence of e.absences) {
      const week = absence.version.parameters.milestoneWeek[type];
      const date = nthSickDay(absence, lastDay ? 7 * week : 7 * (week - 1) + 1);
      if (within(date, from, to)) emit(`absence:${absence.absenceId}`, date);
    }
  };
}

/** The youth wage steps: birthdays at the ages the version in force on the birthday lists. */
const youthWageSteps: EventRule = (e, from, to, emit) =>
  birthdays(undefined)(e, from, to, (subject, date) => {
    const age = Number(subject.slice('age:'.length));
    if (e.law.at('youthWage', date).parameters.ages.includes(age)) emit(subject, date);
  });

type Contract = PreparedEmployee['contracts'][number];

const fixedTermEnds =
  (pick: (c: Contract) => Day | undefined): EventRule =>
  (e, from, to, emit) => {
    for (const c of e.contracts) {
      if (!c.fixedTerm || c.end === undefined) continue;
      const date = pick(c);
      if (within(date, from, to)) emit(`contract:${c.contractId}`, date);
    }
  };

/** An end that still exists: a contract made permanent by the 36-month rule has none after that day. */
const beforePermanent = (c: Contract, date: Day | undefined) =>
  date !== undefined && (c.permanentFrom === undefined || date < c.permanentFrom) ? date : undefined;

/**
 * The chain rule's event for a contract: the first of the end of the 3rd contract of the chain
 * (a 4th would be permanent, sub b) and the last day of the chain's 36th month while the
 * contract runs (from the next day it is permanent, sub a).
 */
function chainRuleDay(c: Contract): Day | undefined {
  const byCount = c.chainPosition >= c.chainMaxContracts ? c.end : undefined;
  const byMonths =
    c.end !== undefined && c.end >= c.chainLastDay ? Math.max(c.start, c.chainLastDay) : undefined;
  if (byCount === undefined) return byMonths;
  return byMonths === undefined ? byCount : Math.min(byCount, byMonths);
}

/** A contract lasts at least n months when the day after its end is on or after start + n months. */
const lastsMonths = (start: Day, end: Day, months: number) => end + 1 >= addMonths(start, months);

/** The notice deadline of a fixed-term contract long enough to need one, under the version of its end. */
export function noticeDay(c: Contract, law: Law): Day | undefined {
  if (c.end === undefined) return undefined;
  const { months, minContractMonths } = law.at('noticePeriod', c.end).parameters;
  return lastsMonths(c.start, c.end, minContractMonths) ? addMonths(c.end, -months) : undefined;
}

export const RULES: Record<Exclude<SignalType, 'CUSTOM'>, EventRule> = {
  BIRTHDAY: birthdays(undefined),
  MILESTONE_BIRTHDAY: birthdays(new Set([50, 55, 59, 60, 61, 62, 63, 64, 65])),
  YOUTH_WAGE_STEP: youthWageSteps,
  STATE_PENSION_AGE: (e, from, to, emit) => {
    const date = stateAgeDate(e.birth, e.law);
    if (within(date, from, to) && (e.death === undefined || date <= e.death)) emit('aow', date);
  },
  WEDDING_ANNIVERSARY: (e, from, to, emit) =>
    jubilees((x) => x.marriage)(e, from, to, (s, d) => {
      if (e.death === undefined || d <= e.death) emit(s, d);
    }),
  EMPLOYMENT_START: single('employment', (e) => e.start),
  EMPLOYMENT_END: single('employment', (e) => e.end),
  SERVICE_ANNIVERSARY: jubilees((e) => e.serviceStart),
  PROBATION_END: single('probation', (e) => e.probationEnd),
  CONTRACT_END: fixedTermEnds((c) => beforePermanent(c, c.end)),
  NOTICE_DEADLINE: (e, from, to, emit) =>
    fixedTermEnds((c) => beforePermanent(c, noticeDay(c, e.law)))(e, from, to, emit),
  CHAIN_RULE: fixedTermEnds(chainRuleDay),
  PAY_SCALE_INCREASE: single('pay-scale', (e) => e.payScaleIncrease),
  ID_DOCUMENT_EXPIRY: single('id-document', (e) => e.idDocumentExpiry),
  RESIDENCE_PERMIT_EXPIRY: single('residence-permit', (e) => e.residencePermitExpiry),
  ABSENCE_WEEK_6: absenceWeek('ABSENCE_WEEK_6'),
  ABSENCE_WEEK_8: absenceWeek('ABSENCE_WEEK_8'),
  ABSENCE_WEEK_42: absenceWeek('ABSENCE_WEEK_42'),
  ABSENCE_WEEK_52: absenceWeek('ABSENCE_WEEK_52'),
  ABSENCE_WEEK_88: absenceWeek('ABSENCE_WEEK_88'),
  ABSENCE_WEEK_91: absenceWeek('ABSENCE_WEEK_91'),
  // The last day of week 104 (first sick day + 104 weeks - 1 day): wage payment ends after it.
  ABSENCE_WEEK_104: absenceWeek('ABSENCE_WEEK_104', true),
};
