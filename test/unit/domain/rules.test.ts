import { describe, expect, it } from 'vitest';
import { anEmployee, events, subjects } from './builders.js';

const _fixedTerm = (contractId: string, startDate: string, endDate: string) => ({
  contractId,
  startDate,
  endDate,
  type: 'fixedTerm' as const,
});

describe('Rule: BIRTHDAY', () => {
  it('yields the birthday in the window', () => {
    expect(events('BIRTHDAY', anEmployee({ birthDate: '1980-06-15' }), '2026-01-01', '2026-12-31')).toEqual([
      '2026-06-15',
    ]);
  });
  it('yields no birthday after the date of death', () => {
    const e = anEmployee({ birthDate: '1980-06-15', deceasedDate: '2026-03-01' });
    expect(events('BIRTHDAY', e, '2026-01-01', '2027-12-31')).toEqual([]);
  });
  it('puts a 29 February birthday on 28 February in 2027 and on 29 February in 2028', () => {
    const e = anEmployee({ birthDate: '2000-02-29' });
    expect(events('BIRTHDAY', e, '2027-01-01', '2028-12-31')).toEqual(['2027-02-28', '2028-02-29']);
  });
  it('yields no birthday at age 0 (the birth itself)', () => {
    const e = anEmployee({ birthDate: '2026-05-01', employment: { startDate: '2000-01-01' } });
    expect(events('BIRTHDAY', e, '2026-01-01', '2026-12-31')).toEqual([]);
  });
  it('never enumerates more years than the window spans', () => {
    expect(events('BIRTHDAY', anEmployee({ birthDate: '1900-01-01' }), '2026-01-01', '2026-01-01')).toEqual([
      '2026-01-01',
    ]);
  });
});

describe('Rule: MILESTONE_BIRTHDAY and YOUTH_WAGE_STEP', () => {
  it.each([
    ['1976-12-10', ['2026-12-10']], // 50
    ['1971-07-01', ['2026-07-01']], // 55
    ['1961-03-05', ['2026-03-05']], // 65
    ['1967-05-05', ['2026-05-05']], // 59
    ['1977-01-01', []], // 49
    ['1970-01-01', []], // 56
  ])('milestone birthdays at 50, 55, 59-65: born %s', (birthDate, expected) => {
    expect(events('MILESTONE_BIRTHDAY', anEmployee({ birthDate }), '2026-01-01', '2026-12-31')).toEqual(
      expected,
    );
  });
  it.each([
    ['2010-05-01', ['2026-05-01']], // 16 (Wet minimumloon: youth wage from 15 to 20, steps on each birthday)
    ['2005-05-01', ['2026-05-01']], // 21
    ['2004-05-01', []], // 22
    ['2011-05-01', []], // 15
  ])('youth wage steps at 16 to 21: born %s', (birthDate, expected) => {
    expect(events('YOUTH_WAGE_STEP', anEmployee({ birthDate }), '2026-01-01', '2026-12-31')).toEqual(
      expected,
    );
  });
});

describe('Rule: STATE_PENSION_AGE (AOW art. 7a)', () => {
  it.each([
    ['1956-06-01', '2023-04-01'], // first birth date the table covers: 66y10m in 2023
    ['1957-02-28', '2023-12-28'], // last birth date at 66y10m
    ['1957-03-01', '2024-03-01'], // first birth date at 67
    ['1960-09-30', '2027-09-30'],
    ['1960-10-01', '2027-10-01'], // 67 lands in 2027, when the age is 67 (not 67y3m)
    ['1960-12-31', '2027-12-31'], // last birth date at 67
    ['1961-01-01', '2028-04-01'], // first birth date at 67 and 3 months
    ['1964-09-30', '2031-12-30'], // last birth date the table covers
  ])('born %s reaches AOW age on %s', (birthDate, expected) => {
    expect(events('STATE_PENSION_AGE', anEmployee({ birthDate }), '2020-01-01', '2035-12-31')).toEqual([
      expected,
    ]);
  });
  it.each(['1956-05-31', '1964-10-01'])(
    'gives no signal for a birth date the table does not cover (%s)',
    (birthDate) => {
      expect(events('STATE_PENSION_AGE', anEmployee({ birthDate }), '2020-01-01', '2035-12-31')).toEqual([]);
    },
  );
  it('has rows that follow from the age the law sets per calendar year, without gaps', async () => {
    const { IN_FORCE } = await import('../../../shared/domain/law/rule-versions.js');
    const AOW_TABLE = IN_FORCE.at('aow', 0).parameters;
    const { addMonths, formatDay, toDay } = await import('../../../shared/domain/dates.js');
    const ageIn = new Map(AOW_TABLE.ageByYear.map((a) => [a.year, a.years * 12 + a.months]));
    AOW_TABLE.rows.forEach((row, i) => {
      for (const born of [row.bornFrom, row.bornTo]) {
        const reached = formatDay(addMonths(toDay(born), row.years * 12 + row.months));
        expect(ageIn.get(Number(reached.slice(0, 4))), `born ${born}`).toBe(row.years * 12 + row.months);
      }
      const next = AOW_TABLE.rows[i + 1];
      if (next) expect(toDay(next.bornFrom)).toBe(toDay(row.bornTo) + 1);
    });
  });
});

describe('Function: aowNotYetKnown', () => {
  it('flags people of 60 and over whom the table does not cover yet, nobody else', async () => {
    const { aowNotYetKnown } = await import('../../../shared/domain/rules/event-rules.js');
    const { toDay } = await import('../../../shared/domain/dates.js');
    expect(aowNotYetKnown(toDay('1964-10-01'), toDay('2026-11-28'))).toBe(true);
    expect(aowNotYetKnown(toDay('1964-09-30'), toDay('2026-11-28'))).toBe(false);
    expect(aowNotYetKnown(toDay('1980-01-01'), toDay('2026-11-28'))).toBe(false);
  });
});

describe('Rule: WEDDING_ANNIVERSARY and SERVICE_ANNIVERSARY (12.5, 25, 40, 50 years)', () => {
  it('12.5 years is 12 years and 6 months', () => {
    expect(
      subjects('WEDDING_ANNIVERSARY', anEmployee({ marriageDate: '2014-06-01' }), '2026-01-01', '2026-12-31'),
    ).toEqual(['years:12.5@2026-12-01']);
  });
  it('12.5 years from 31 August clamps to the end of February', () => {
    expect(
      events('WEDDING_ANNIVERSARY', anEmployee({ marriageDate: '2014-08-31' }), '2027-01-01', '2027-12-31'),
    ).toEqual(['2027-02-28']);
  });
  it('25, 40, 50 years', () => {
    const e = anEmployee({ birthDate: '1950-01-01', marriageDate: '1976-05-20' });
    expect(events('WEDDING_ANNIVERSARY', e, '2001-01-01', '2026-12-31')).toEqual([
      '2001-05-20',
      '2016-05-20',
      '2026-05-20',
    ]);
  });
  it('service anniversaries count from the historical start date', () => {
    const e = anEmployee({ employment: { startDate: '2015-01-01', historicalStartDate: '2001-07-01' } });
    expect(events('SERVICE_ANNIVERSARY', e, '2026-01-01', '2026-12-31')).toEqual(['2026-07-01']);
  });
  it('service anniversaries fall back to the start date', () => {
    const e = anEmployee({ employment: { startDate: '2014-03-15' } });
    expect(events('SERVICE_ANNIVERSARY', e, '2026-01-01', '2026-12-31')).toEqual(['2026-09-15']);
  });
});

describe('Rule: single dates', () => {
  const e = anEmployee({
    employment: { startDate: '2026-12-01', endDate: '2027-11-30', probationEndDate: '2027-01-31' },
    nextPayScaleIncreaseDate: '2027-01-01',
    idDocumentExpiryDate: '2027-05-01',
    residencePermitExpiryDate: '2027-06-01',
  });
  it.each([
    ['EMPLOYMENT_START', '2026-12-01'],
    ['EMPLOYMENT_END', '2027-11-30'],
    ['PROBATION_END', '2027-01-31'],
    ['PAY_SCALE_INCREASE', '2027-01-01'],
    ['ID_DOCUMENT_EXPIRY', '2027-05-01'],
    ['RESIDENCE_PERMIT_EXPIRY', '2027-06-01'],
  ] as const)('%s yields %s', (type, expected) => {
    expect(events(type, e, '2026-01-01', '2027-12-31')).toEqual([expected]);
  });
});

describe('Rule: absence milestones (Wet verbetering poortwachter)', () => {
  it('week 6 starts on the 36th sick day (first sick day + 5 weeks)', () => {
    const e = anEmployee({ absences: [{ absenceId: 'a1', startDate: '2026-01-05', endDate: null }] });
    expect(subjects('ABSENCE_WEEK_6', e, '2026-01-01', '2026-12-31')).toEqual(['absence:a1@2026-02-09']);
  });
  it.each([
    ['ABSENCE_WEEK_8', '2026-02-23'],
    ['ABSENCE_WEEK_42', '2026-10-19'],
    ['ABSENCE_WEEK_52', '2026-12-28'],
    ['ABSENCE_WEEK_88', '2027-09-06'],
    ['ABSENCE_WEEK_91', '2027-09-27'],
    ['ABSENCE_WEEK_104', '2028-01-02'], // the last day of week 104: + 104 weeks - 1 day
  ] as const)('%s of an open absence from 2026-01-05 is %s', (type, expected) => {
    const e = anEmployee({ absences: [{ absenceId: 'a1', startDate: '2026-01-05', endDate: null }] });
    expect(events(type, e, '2026-01-01', '2028-12-31')).toEqual([expected]);
  });
  it('no milestone when the employee recovered before it', () => {
    const e = anEmployee({ absences: [{ absenceId: 'a1', startDate: '2026-01-05', endDate: '2026-02-09' }] });
    expect(events('ABSENCE_WEEK_6', e, '2026-01-01', '2026-12-31')).toEqual([]);
  });
  it('the milestone stands when the employee was still sick on it', () => {
    const e = anEmployee({ absences: [{ absenceId: 'a1', startDate: '2026-01-05', endDate: '2026-02-10' }] });
    expect(events('ABSENCE_WEEK_6', e, '2026-01-01', '2026-12-31')).toEqual(['2026-02-09']);
  });
  it('spells 27 days apart are one absence; only sick days count (art. 7:629 lid 10 BW)', () => {
    const e = anEmployee({
      absences: [
        { absenceId: 'a1', startDate: '2026-01-01', endDate: '2026-01-21' }, // 20 sick days
        { absenceId: 'a2', startDate: '2026-02-17', endDate: null }, // 27 days after recovery
      ],
    });
    // 36th sick day = 16th day of the second spell.
    expect(subjects('ABSENCE_WEEK_6', e, '2026-01-01', '2026-12-31')).toEqual(['absence:a1@2026-03-04']);
  });
  it('spells 28 days apart are separate absences', () => {
    const e = anEmployee({
      absences: [
        { absenceId: 'a1', startDate: '2026-01-01', endDate: '2026-01-21' },
        { absenceId: 'a2', startDate: '2026-02-18', endDate: null },
      ],
    });
    expect(subjects('ABSENCE_WEEK_6', e, '2026-01-01', '2026-12-31')).toEqual(['absence:a2@2026-03-25']);
  });
});

describe('Rule: absence milestones over overlapping records', () => {
  it('counts a day covered by two records once', () => {
    const e = anEmployee({
      absences: [
        { absenceId: 'a1', startDate: '2026-01-05', endDate: '2026-01-25' },
        { absenceId: 'a2', startDate: '2026-01-15', endDate: null }, // overlaps a1 by 10 days
      ],
    });
    // One period from 2026-01-05: the 36th sick day is 2026-02-09, as for a single record.
    expect(subjects('ABSENCE_WEEK_6', e, '2026-01-01', '2026-12-31')).toEqual(['absence:a1@2026-02-09']);
  });
  it('lets an open record swallow every later record that overlaps it', () => {
    const e = anEmployee({
      absences: [
        { absenceId: 'a1', startDate: '2026-01-05', endDate: null },
        { absenceId: 'a2', startDate: '2026-03-01', endDate: '2026-03-10' },
        { absenceId: 'a3', startDate: '2026-05-01', endDate: null },
      ],
    });
    for (const type of ['ABSENCE_WEEK_6', 'ABSENCE_WEEK_8', 'ABSENCE_WEEK_42'] as const) {
      expect(subjects(type, e, '2026-01-01', '2027-12-31')).toHaveLength(1);
    }
    expect(subjects('ABSENCE_WEEK_8', e, '2026-01-01', '2027-12-31')).toEqual(['absence:a1@2026-02-23']);
  });
  it('takes the later recovery date of two overlapping closed records', () => {
    const e = anEmployee({
      absences: [
        { absenceId: 'a1', startDate: '2026-01-05', endDate: '2026-02-20' },
        { absenceId: 'a2', startDate: '2026-01-10', endDate: '2026-01-20' }, // inside a1
      ],
    });
    expect(events('ABSENCE_WEEK_6', e, '2026-01-01', '2026-12-31')).toEqual(['2026-02-09']);
    expect(events('ABSENCE_WEEK_8', e, '2026-01-01', '2026-12-31')).toEqual([]);
  });
});

describe('Rule: CUSTOM (eigen signalen)', () => {
  const custom = (overrides: object = {}) => ({
    customSignalId: 'cs1',
    employeeId: 'x',
    date: '2026-12-15',
    text: 'VOG opnieuw aanvragen',
    ...overrides,
  });
  it('the first date, then count repetitions every 2 weeks', () => {
    const e = anEmployee();
    const c = custom({ recurrence: { every: 2, unit: 'weeks', count: 4 } });
    expect(events('CUSTOM', e, '2026-01-01', '2027-12-31', [c])).toEqual([
      '2026-12-15',
      '2026-12-29',
      '2027-01-12',
      '2027-01-26',
      '2027-02-09',
    ]);
  });
  it('none after the expiry date', () => {
    const c = custom({ expiryDate: '2027-01-20', recurrence: { every: 2, unit: 'weeks', count: 4 } });
    expect(events('CUSTOM', anEmployee(), '2026-01-01', '2027-12-31', [c])).toEqual([
      '2026-12-15',
      '2026-12-29',
      '2027-01-12',
    ]);
  });
  it('monthly from 31 January clamps each month without drifting', () => {
    const c = custom({ date: '2027-01-31', recurrence: { every: 1, unit: 'months', count: 2 } });
    expect(events('CUSTOM', anEmployee(), '2026-01-01', '2027-12-31', [c])).toEqual([
      '2027-01-31',
      '2027-02-28',
      '2027-03-31',
    ]);
  });
  it('yearly and daily units; no recurrence gives one date', () => {
    expect(
      events('CUSTOM', anEmployee(), '2026-01-01', '2030-12-31', [
        custom({ recurrence: { every: 1, unit: 'years', count: 2 } }),
      ]),
    ).toEqual(['2026-12-15', '2027-12-15', '2028-12-15']);
    expect(
      events('CUSTOM', anEmployee(), '2026-01-01', '2030-12-31', [
        custom({ recurrence: { every: 3, unit: 'days', count: 1 } }),
      ]),
    ).toEqual(['2026-12-15', '2026-12-18']);
    expect(
      events('CUSTOM', anEmployee(), '2026-01-01', '2030-12-31', [custom({ recurrence: null })]),
    ).toEqual(['2026-12-15']);
  });
});
