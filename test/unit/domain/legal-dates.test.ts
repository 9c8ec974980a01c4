import { describe, expect, it } from 'vitest';
import { CATALOGUE, LEGAL_DEADLINES } from '../../../shared/domain/catalogue.js';
import { formatDay, parseDay } from '../../../shared/domain/dates.js';
import { legalDateOf } from '../../../shared/domain/rules/legal-dates.js';
import { prepareEmployee } from '../../../shared/domain/rules/prepare.js';
import { anEmployee } from './builders.js';

const day = (s: string) => parseDay(s)!;
const legal = (...args: Parameters<typeof legalDateOf>) => {
  const d = legalDateOf(...args);
  return d === undefined ? undefined : formatDay(d);
};

describe('Legal deadlines', () => {
  const sick = prepareEmployee(
    anEmployee({ absences: [{ absenceId: 'a1', startDate: '2026-01-05', endDate: null }] }) as never,
  );

  it('puts a sickness week’s legal date on the last day of that week, in sick days', () => {
    // Week 6 starts on 9 February (the milestone); its last day is 15 February.
    expect(legal('ABSENCE_WEEK_6', sick, 'absence:a1', day('2026-02-09'))).toBe('2026-02-15');
    expect(legal('ABSENCE_WEEK_42', sick, 'absence:a1', day('2026-10-19'))).toBe('2026-10-25');
    // The WIA application: the end of week 93, not of week 91.
    expect(legal('ABSENCE_WEEK_91', sick, 'absence:a1', day('2027-09-27'))).toBe('2027-10-17');
  });

  it('moves a sickness week’s legal date with the spells, as the milestone moves', () => {
    const spells = prepareEmployee(
      anEmployee({
        absences: [
          { absenceId: 'a1', startDate: '2026-01-01', endDate: '2026-01-21' }, // 20 sick days
          { absenceId: 'a2', startDate: '2026-02-17', endDate: null }, // joined: 27 days after
        ],
      }) as never,
    );
    // The 42nd sick day is the 22nd of the second spell.
    expect(legal('ABSENCE_WEEK_6', spells, 'absence:a1', day('2026-03-04'))).toBe('2026-03-10');
  });

  it('is the event’s own date for a notice deadline, the chain rule, a permit and a youth wage step, and none for the others', () => {
    for (const type of [
      'NOTICE_DEADLINE',
      'CHAIN_RULE',
      'RESIDENCE_PERMIT_EXPIRY',
      'YOUTH_WAGE_STEP',
    ] as const) {
      expect(legal(type, sick, 'x', day('2026-12-24')), type).toBe('2026-12-24');
    }
    expect(legal('BIRTHDAY', sick, 'age:46', day('2026-12-24'))).toBeUndefined();
    expect(legal('ABSENCE_WEEK_104', sick, 'absence:a1', day('2028-01-02'))).toBeUndefined();
  });

  it('is declared in the catalogue for exactly the types the engine dates', () => {
    const declared = CATALOGUE.filter((t) => t.legalDeadline).map((t) => t.code);
    expect(declared.sort()).toEqual(Object.keys(LEGAL_DEADLINES).sort());
    for (const code of declared) {
      expect(legalDateOf(code, sick, 'absence:a1', day('2026-02-09')), code).toBeDefined();
    }
  });
});
