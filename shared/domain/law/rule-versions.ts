import { type Day, parseDay } from '../dates.js';

/**
 * The law behind the rules as versioned data (PRODUCT.md, "Versioned law"): each rule's
 * parameters are a list of versions with the date they take effect, their status (`inForce`, or
 * `proposed`: a bill, never applied to signals), their source, and which date decides the version
 * for an event (`transition`). A change of law is a new entry here, never a change to the rules.
 * The list is checked when it loads (`checkVersions`): no two versions of a rule in force from
 * the same day, the first from the start of time, a source for each, and no version added with an
 * `effectiveFrom` before the day it was added unless it says why (a correction).
 */

export interface RuleParameters {
  /**
   * AOW age by birth date (Algemene Ouderdomswet art. 7a): the age the law sets per calendar year,
   * and the rows by birth date that follow from it (a test holds them to each other). When the next
   * year is published, a new version adds its row.
   */
  aow: {
    ageByYear: ReadonlyArray<{ year: number; years: number; months: number }>;
    rows: ReadonlyArray<{ bornFrom: string; bornTo: string; years: number; months: number }>;
  };
  /** The chain of fixed-term contracts (art. 7:668a BW). */
  chainRule: {
    /** The contract after this many in a chain is permanent. */
    maxContracts: number;
    /** A chain longer than this many months makes the running contract permanent. */
    maxMonths: number;
    /** An interruption of more than this many months ends a chain. */
    gapMonths: number;
  };
  /** The notice duty on fixed-term contracts (art. 7:668 BW). */
  noticePeriod: {
    /** Notice is due this many months before the end. */
    months: number;
    /** Only for contracts of at least this many months. */
    minContractMonths: number;
  };
  /** The sickness timeline (Wet Poortwachter, Ziektewet art. 38, Wet WIA art. 64). */
  sicknessWeeks: {
    /** Sick periods less than this many days apart are one absence. */
    joinGapDays: number;
    /** The week each milestone type falls in (its first day). */
    milestoneWeek: Readonly<Record<SicknessType, number>>;
    /** The week whose last day is the legal date of a type with a legal deadline. */
    legalWeek: Readonly<Partial<Record<SicknessType, number>>>;
  };
  /** The youth minimum wage steps (Wet minimumloon): birthdays at these ages. */
  youthWage: { ages: readonly number[] };
}

export type SicknessType =
  | 'ABSENCE_WEEK_6'
  | 'ABSENCE_WEEK_8'
  | 'ABSENCE_WEEK_42'
  | 'ABSENCE_WEEK_52'
  | 'ABSENCE_WEEK_88'
  | 'ABSENCE_WEEK_91'
  | 'ABSENCE_WEEK_104';

export type RuleName = keyof RuleParameters;
export const RULE_NAMES = ['aow', 'chainRule', 'noticePeriod', 'sicknessWeeks', 'youthWage'] as const;

/** Which date decides the version of an event. */
export const TRANSITIONS = {
  eventDate: 'the event date',
  contractStart: 'the start of the contract that would extend the chain',
  contractEnd: 'the end date of the fixed-term contract',
  absenceStart: 'the first sick day of the absence',
} as const;
export type Transition = keyof typeof TRANSITIONS;

export interface RuleVersion<R extends RuleName = RuleName> {
  id: string;
  rule: R;
  status: 'inForce' | 'proposed';
  /** The first day (Europe/Amsterdam) it decides for. */
  effectiveFrom: string;
  /** The day it was added here: a version must not take effect before it, unless a correction. */
  addedOn: string;
  source: string;
  transition: Transition;
  parameters: RuleParameters[R];
  /** Why a version takes effect before the day it was added (a correction of the data). */
  correction?: string;
}

/** The start of time for the rules: the law as it stood when the service began. */
const FROM_THE_START = '1900-01-01';
const STARTED = '2025-11-01';
const AS_STARTED = 'the law as in force when the service started: recorded, not changed';

export const RULE_VERSIONS: readonly RuleVersion[] = [
  {
    id: 'aow-2025-11',
    rule: 'aow',
    status: 'inForce',
    effectiveFrom: FROM_THE_START,
    addedOn: STARTED,
    correction: AS_STARTED,
    source:
      'AOW art. 7a; Rijksoverheid/SVB "AOW-leeftijd": 66y10m in 2023, 67 in 2024-2027, 67y3m in 2028-2031 (announcement of 2025, art. 7a lid 4)',
    transition: 'eventDate',
    parameters: {
      ageByYear: [
        { year: 2023, years: 66, months: 10 },
        ...[2024, 2025, 2026, 2027].map((year) => ({ year, years: 67, months: 0 })),
        ...[2028, 2029, 2030, 2031].map((year) => ({ year, years: 67, months: 3 })),
      ],
      rows: [
        // Reaching AOW age in 2023 at 66 and 10 months.
        { bornFrom: '1956-06-01', bornTo: '1957-02-28', years: 66, months: 10 },
        // Reaching AOW age in 2024-2027 at 67 (born 1960-10-01 to 1960-12-31: 67 lands in 2027).
        { bornFrom: '1957-03-01', bornTo: '1960-12-31', years: 67, months: 0 },
        // Reaching AOW age in 2028-2031 at 67 and 3 months.
        { bornFrom: '1961-01-01', bornTo: '1964-09-30', years: 67, months: 3 },
      ],
    },
  } satisfies RuleVersion<'aow'>,
  {
    id: 'chain-2020-01',
    rule: 'chainRule',
    status: 'inForce',
    effectiveFrom: FROM_THE_START,
    addedOn: STARTED,
    correction: AS_STARTED,
    source: 'art. 7:668a BW (Wet arbeidsmarkt in balans, in force 2020-01-01)',
    transition: 'contractStart',
    parameters: { maxContracts: 3, maxMonths: 36, gapMonths: 6 },
  } satisfies RuleVersion<'chainRule'>,
  {
    id: 'chain-2027-01-proposed',
    rule: 'chainRule',
    status: 'proposed',
    effectiveFrom: '2027-01-01',
    addedOn: '2026-12-05',
    source:
      'Kamerstuk 36746, Wet meer zekerheid flexwerkers: an interruption of 5 years (60 months) ends a chain; intended from 2027-01-01, not adopted as of 2026-12',
    transition: 'contractStart',
    parameters: { maxContracts: 3, maxMonths: 36, gapMonths: 60 },
  } satisfies RuleVersion<'chainRule'>,
  {
    id: 'notice-2015-01',
    rule: 'noticePeriod',
    status: 'inForce',
    effectiveFrom: FROM_THE_START,
    addedOn: STARTED,
    correction: AS_STARTED,
    source: 'art. 7:668 lid 1 BW (aanzegplicht, Wet werk en zekerheid, in force 2015-01-01)',
    transition: 'contractEnd',
    parameters: { months: 1, minContractMonths: 6 },
  } satisfies RuleVersion<'noticePeriod'>,
  {
    id: 'sickness-2002-04',
    rule: 'sicknessWeeks',
    status: 'inForce',
    effectiveFrom: FROM_THE_START,
    addedOn: STARTED,
    correction: AS_STARTED,
    source:
      'Wet verbetering poortwachter; Regeling procesgang eerste en tweede ziektejaar; Ziektewet art. 38; Wet WIA art. 64; art. 7:629 BW (periods less than 4 weeks apart are joined)',
    transition: 'absenceStart',
    parameters: {
      joinGapDays: 28,
      milestoneWeek: {
        ABSENCE_WEEK_6: 6,
        ABSENCE_WEEK_8: 8,
        ABSENCE_WEEK_42: 42,
        ABSENCE_WEEK_52: 52,
        ABSENCE_WEEK_88: 88,
        ABSENCE_WEEK_91: 91,
        ABSENCE_WEEK_104: 104,
      },
      legalWeek: {
        ABSENCE_WEEK_6: 6,
        ABSENCE_WEEK_8: 8,
        ABSENCE_WEEK_42: 42,
        ABSENCE_WEEK_52: 52,
        ABSENCE_WEEK_91: 93,
      },
    },
  } satisfies RuleVersion<'sicknessWeeks'>,
  {
    id: 'youth-wage-2017-07',
    rule: 'youthWage',
    status: 'inForce',
    effectiveFrom: FROM_THE_START,
    addedOn: STARTED,
    correction: AS_STARTED,
    source:
      'Wet minimumloon en minimumvakantiebijslag, art. 8 and Besluit (youth wage to 21, since 2017-07-01)',
    transition: 'eventDate',
    parameters: { ages: [16, 17, 18, 19, 20, 21] },
  } satisfies RuleVersion<'youthWage'>,
];

/** What is wrong with a list of versions, if anything (the load check). */
export function versionProblems(versions: readonly RuleVersion[]): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const v of versions) {
    if (ids.has(v.id)) problems.push(`${v.id}: the id is used twice`);
    ids.add(v.id);
    if (!v.source.trim()) problems.push(`${v.id}: no source`);
    if (parseDay(v.effectiveFrom) === undefined) problems.push(`${v.id}: effectiveFrom is not a date`);
    if (v.effectiveFrom < v.addedOn && !v.correction?.trim()) {
      problems.push(
        `${v.id}: takes effect (${v.effectiveFrom}) before it was added (${v.addedOn}); say why in \`correction\` or give a later date`,
      );
    }
  }
  for (const rule of RULE_NAMES) {
    for (const status of ['inForce', 'proposed'] as const) {
      // The versions a set applies: those in force, and for the proposed set the proposals too.
      const applied = versions.filter(
        (v) => v.rule === rule && (v.status === 'inForce' || status === 'proposed'),
      );
      const starts = applied.map((v) => v.effectiveFrom).sort();
      if (applied.length === 0) problems.push(`${rule}: no version`);
      else if (starts[0] !== FROM_THE_START)
        problems.push(`${rule}: nothing decides before ${starts[0]} (a gap)`);
      const twice = starts.find((s, i) => i > 0 && s === starts[i - 1]);
      if (twice) problems.push(`${rule}: two versions take effect on ${twice} (an overlap)`);
    }
  }
  return problems;
}

/** Refuses a list of versions with problems, naming each (at load: the service does not start on bad law). */
export function checkVersions(versions: readonly RuleVersion[]): readonly RuleVersion[] {
  const problems = versionProblems(versions);
  if (problems.length > 0) throw new Error(`The rule versions do not hold:\n${problems.join('\n')}`);
  return versions;
}

/** A set of law the engine applies: the versions in force, or those with the proposals. */
export interface Law {
  readonly set: 'inForce' | 'proposed';
  /** The version of a rule that decides for a day. */
  at<R extends RuleName>(rule: R, day: Day): RuleVersion<R>;
  /** The versions of a rule, latest first (the AOW table: the newest that covers a birth date). */
  all<R extends RuleName>(rule: R): ReadonlyArray<RuleVersion<R>>;
}

/** The law of a set, with each rule's versions by the day they take effect. */
export function lawOf(versions: readonly RuleVersion[], set: 'inForce' | 'proposed'): Law {
  const byRule = new Map<RuleName, Array<{ from: Day; version: RuleVersion }>>();
  for (const v of checkVersions(versions)) {
    if (v.status !== 'inForce' && set === 'inForce') continue;
    const list = byRule.get(v.rule) ?? [];
    list.push({ from: parseDay(v.effectiveFrom)!, version: v });
    byRule.set(v.rule, list);
  }
  for (const list of byRule.values()) list.sort((a, b) => a.from - b.from);
  // Latest first, made once: the AOW rule asks for them per employee.
  const latestFirst = new Map(
    [...byRule].map(([rule, list]) => [rule, list.map((e) => e.version).reverse()] as const),
  );
  return {
    set,
    at<R extends RuleName>(rule: R, day: Day): RuleVersion<R> {
      const list = byRule.get(rule)!;
      // One version (the common case): no search.
      if (list.length === 1) return list[0]!.version as RuleVersion<R>;
      let chosen = list[0]!;
      for (const entry of list) if (entry.from <= day) chosen = entry;
      return chosen.version as RuleVersion<R>;
    },
    all<R extends RuleName>(rule: R) {
      return (latestFirst.get(rule) ?? []) as unknown as ReadonlyArray<RuleVersion<R>>;
    },
  };
}

/** The law in force: what every signal follows. */
export const IN_FORCE: Law = lawOf(RULE_VERSIONS, 'inForce');
/** The law with the proposals as if adopted: only for the preview's what-if. */
export const PROPOSED: Law = lawOf(RULE_VERSIONS, 'proposed');
