import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SIGNAL_TYPES, type SignalType } from '../../../shared/domain/catalogue.js';
import { type Day, formatDay, toDay } from '../../../shared/domain/dates.js';
import type { Employee } from '../../../shared/domain/employee.js';
import {
  IN_FORCE,
  lawOf,
  PROPOSED,
  RULE_VERSIONS,
  type RuleName,
  type RuleParameters,
  type RuleVersion,
  versionProblems,
} from '../../../shared/domain/law/rule-versions.js';
import { type DueSignal, dueSignals, eventsOf } from '../../../shared/domain/rules/evaluate.js';
import { prepareEmployee } from '../../../shared/domain/rules/prepare.js';
import { withDefaults } from '../../../shared/domain/settings.js';
import { anEmployee } from './builders.js';

const inForce = <R extends RuleName>(rule: R) =>
  RULE_VERSIONS.find((v) => v.rule === rule && v.status === 'inForce') as RuleVersion<R>;

/** The law in force with one more version of a rule from a day, with these parameters. */
function withVersion<R extends RuleName>(
  rule: R,
  effectiveFrom: string,
  parameters: Partial<RuleParameters[R]>,
) {
  const base = inForce(rule);
  const next: RuleVersion<R> = {
    ...base,
    id: `${rule}-test-${effectiveFrom}`,
    effectiveFrom,
    addedOn: effectiveFrom,
    parameters: { ...base.parameters, ...parameters },
  };
  return lawOf([...RULE_VERSIONS, next as RuleVersion], 'inForce');
}

/** The events of a type for an employee under a law, as `subject@date`, with their versions. */
function eventsUnder(
  law: ReturnType<typeof lawOf>,
  type: SignalType,
  employee: Employee,
  from: string,
  to: string,
) {
  const out: string[] = [];
  eventsOf(type, prepareEmployee(employee, law), [], toDay(from), toDay(to), (subject, day) =>
    out.push(`${subject}@${formatDay(day)}`),
  );
  return out;
}

describe('The rule versions: checked when they load', () => {
  it('hold as written: every rule from the start, no overlap, each with a source', () => {
    expect(versionProblems(RULE_VERSIONS)).toEqual([]);
    expect(IN_FORCE.at('chainRule', toDay('2030-01-01')).id).toBe('chain-2020-01');
    expect(PROPOSED.at('chainRule', toDay('2026-12-31')).id).toBe('chain-2020-01');
    expect(PROPOSED.at('chainRule', toDay('2027-01-01')).id).toBe('chain-2027-01-proposed');
  });

  it('refuse an overlap, a gap, a missing source, and a past date without a correction', () => {
    const chain = inForce('chainRule');
    const later = { ...chain, id: 'later', effectiveFrom: '2027-01-01', addedOn: '2027-01-01' };
    expect(
      versionProblems([...RULE_VERSIONS, { ...later, effectiveFrom: '1900-01-01' }]).join('\n'),
    ).toContain('two versions take effect on 1900-01-01');
    expect(
      versionProblems(RULE_VERSIONS.filter((v) => v.rule !== 'chainRule').concat(later)).join('\n'),
    ).toContain('chainRule: nothing decides before 2027-01-01');
    expect(versionProblems([...RULE_VERSIONS, { ...later, source: ' ' }]).join('\n')).toContain(
      'later: no source',
    );
    // History is not rewritten by accident: a version added today for last year needs a reason.
    const backdated = { ...later, effectiveFrom: '2026-01-01', addedOn: '2026-12-05', correction: undefined };
    expect(versionProblems([...RULE_VERSIONS, backdated]).join('\n')).toContain(
      'takes effect (2026-01-01) before it was added (2026-12-05)',
    );
    expect(
      versionProblems([...RULE_VERSIONS, { ...backdated, correction: 'the 2026 row was wrong' }]),
    ).toEqual([]);
    expect(() => lawOf([...RULE_VERSIONS, backdated], 'inForce')).toThrow(/do not hold/);
  });
});

describe('The engine picks the version in force on each event’s deciding date', () => {
  // An interruption of 8 months: a new chain today; one chain under a 60-month interruption.
  const twoContracts = (secondStart: string) =>
    anEmployee({
      employment: { startDate: '2024-01-01' },
      contracts: [
        { contractId: 'c1', startDate: '2024-01-01', endDate: '2025-12-31', type: 'fixedTerm' },
        { contractId: 'c2', startDate: secondStart, endDate: '2028-06-30', type: 'fixedTerm' },
      ],
    });
  const law = withVersion('chainRule', '2027-02-01', { gapMonths: 60 });

  it('chain rule: the start of the contract that would extend the chain decides (the day before and on effectiveFrom)', () => {
    // Starting 2027-01-31, the old interruption applies: 13 months apart, a new chain, no chain-rule event.
    expect(eventsUnder(law, 'CHAIN_RULE', twoContracts('2027-01-31'), '2026-01-01', '2029-12-31')).toEqual(
      [],
    );
    // Starting on 2027-02-01, the new one: one chain, past its 36 months (2026-12-31): permanent from its start.
    expect(eventsUnder(law, 'CHAIN_RULE', twoContracts('2027-02-01'), '2026-01-01', '2029-12-31')).toEqual([
      'contract:c2@2027-02-01',
    ]);
    const prepared = prepareEmployee(twoContracts('2027-02-01'), law).contracts[1]!;
    expect(prepared.chainVersion).toBe('chainRule-test-2027-02-01');
  });

  it('notice period: the contract end decides', () => {
    const longer = withVersion('noticePeriod', '2027-07-01', { months: 2 });
    const ending = (end: string) =>
      anEmployee({
        contracts: [{ contractId: 'c1', startDate: '2026-01-01', endDate: end, type: 'fixedTerm' }],
      });
    expect(eventsUnder(longer, 'NOTICE_DEADLINE', ending('2027-06-30'), '2026-01-01', '2028-12-31')).toEqual([
      'contract:c1@2027-05-30',
    ]);
    expect(eventsUnder(longer, 'NOTICE_DEADLINE', ending('2027-07-01'), '2026-01-01', '2028-12-31')).toEqual([
      'contract:c1@2027-05-01',
    ]);
  });

  it('sickness weeks: the first sick day decides', () => {
    const later = withVersion('sicknessWeeks', '2027-03-01', {
      milestoneWeek: { ...inForce('sicknessWeeks').parameters.milestoneWeek, ABSENCE_WEEK_6: 7 },
    });
    const sick = (start: string) =>
      anEmployee({ absences: [{ absenceId: 'a1', startDate: start, endDate: null }] });
    expect(eventsUnder(later, 'ABSENCE_WEEK_6', sick('2027-02-28'), '2027-01-01', '2027-12-31')).toEqual([
      'absence:a1@2027-04-04',
    ]);
    expect(eventsUnder(later, 'ABSENCE_WEEK_6', sick('2027-03-01'), '2027-01-01', '2027-12-31')).toEqual([
      'absence:a1@2027-04-12',
    ]);
  });

  it('youth wage ages: the birthday decides', () => {
    const to23 = withVersion('youthWage', '2027-06-01', { ages: [16, 17, 18, 19, 20, 21, 22, 23] });
    const born = (d: string) => anEmployee({ birthDate: d });
    // Turning 22 on 2027-05-31: not a step yet; on 2027-06-01: a step.
    expect(eventsUnder(to23, 'YOUTH_WAGE_STEP', born('2005-05-31'), '2027-01-01', '2027-12-31')).toEqual([]);
    expect(eventsUnder(to23, 'YOUTH_WAGE_STEP', born('2005-06-01'), '2027-01-01', '2027-12-31')).toEqual([
      'age:22@2027-06-01',
    ]);
  });

  it('AOW: born after the table has no signal until a version adds the year; then one entry does it', () => {
    const born = anEmployee({ birthDate: '1964-12-15' });
    expect(eventsUnder(IN_FORCE, 'STATE_PENSION_AGE', born, '2030-01-01', '2034-12-31')).toEqual([]);
    const aow = inForce('aow');
    const with2032 = lawOf(
      [
        ...RULE_VERSIONS,
        {
          ...aow,
          id: 'aow-2032',
          effectiveFrom: '2032-01-01',
          addedOn: '2026-12-05',
          correction: undefined,
          parameters: {
            ageByYear: [...aow.parameters.ageByYear, { year: 2032, years: 67, months: 3 }],
            rows: [
              ...aow.parameters.rows,
              { bornFrom: '1964-10-01', bornTo: '1965-09-30', years: 67, months: 3 },
            ],
          },
        } as RuleVersion,
      ],
      'inForce',
    );
    expect(eventsUnder(with2032, 'STATE_PENSION_AGE', born, '2030-01-01', '2034-12-31')).toEqual([
      'aow@2032-03-15',
    ]);
  });
});

const dateIn = (from: string, to: string) => fc.integer({ min: toDay(from), max: toDay(to) }).map(formatDay);
const arbEmployee = fc
  .record({
    birthDate: dateIn('1955-01-01', '2012-12-31'),
    starts: fc.array(dateIn('2021-01-01', '2028-06-30'), { maxLength: 4 }),
    lengths: fc.array(fc.integer({ min: 1, max: 900 }), { minLength: 4, maxLength: 4 }),
    absences: fc.array(
      fc.record({
        start: dateIn('2024-01-01', '2028-06-30'),
        days: fc.option(fc.integer({ min: 1, max: 300 }), { nil: null }),
      }),
      { maxLength: 3 },
    ),
  })
  .map(
    (r): Employee => ({
      employeeId: `x${r.birthDate}`,
      firstName: 'P',
      lastName: 'Q',
      birthDate: r.birthDate,
      employment: { startDate: '2020-01-01' },
      contracts: r.starts.map((s, j) => ({
        contractId: `c${j}`,
        startDate: s,
        endDate: formatDay(toDay(s) + r.lengths[j]!),
        type: 'fixedTerm' as const,
      })),
      absences: r.absences.map((a, j) => ({
        absenceId: `a${j}`,
        startDate: a.start,
        endDate: a.days === null ? null : formatDay(toDay(a.start) + a.days),
      })),
    }),
  );

/** Every signal of every type due on each day of a stretch, under a law (identity, legal date). */
function signalsUnder(law: ReturnType<typeof lawOf>, employees: Employee[], days: Day[]) {
  const snapshot = {
    employerId: 'e1',
    employees: employees.map((e) => prepareEmployee(e, law)),
    customSignals: new Map(),
  };
  const settings = SIGNAL_TYPES.filter((t) => t !== 'CUSTOM').map((signalType) =>
    withDefaults({ signalType, daysBefore: [30, 0], email: false }),
  );
  const out: Array<Omit<DueSignal, 'ruleVersion'>> = [];
  for (const day of days) {
    dueSignals(
      snapshot,
      [{ recipientId: 'u1', settings, departmentIds: new Set() }],
      day,
      7,
      ({ ruleVersion: _, ...s }) => out.push(s),
    );
  }
  return out;
}

describe('Property: a version with the same parameters changes nothing', () => {
  it('splitting every rule’s version in force at any day into two identical versions gives exactly the same signals', () => {
    fc.assert(
      fc.property(
        fc.array(arbEmployee, { minLength: 1, maxLength: 4 }),
        dateIn('2024-06-01', '2028-06-30'),
        dateIn('2025-01-01', '2028-12-31'),
        (employees, split, runFrom) => {
          const twins = RULE_VERSIONS.filter((v) => v.status === 'inForce').map((v) => ({
            ...v,
            id: `${v.id}-twin`,
            effectiveFrom: split,
            addedOn: split,
          }));
          const splitLaw = lawOf([...RULE_VERSIONS, ...twins], 'inForce');
          const days = Array.from({ length: 40 }, (_, i) => toDay(runFrom) + i * 9);
          expect(signalsUnder(splitLaw, employees, days)).toEqual(signalsUnder(IN_FORCE, employees, days));
        },
      ),
      { numRuns: 60 },
    );
  });
});
