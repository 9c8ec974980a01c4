import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addMonths,
  addYears,
  dayFromYmd,
  formatDay,
  localDateOf,
  parseDay,
  toDay,
  ymdFromDay,
} from '../../../shared/domain/dates.js';

describe('Module: dates', () => {
  it('round-trips every day from 1900 to 2200', () => {
    for (let d = dayFromYmd(1900, 1, 1); d <= dayFromYmd(2200, 12, 31); d++) {
      expect(toDay(formatDay(d))).toBe(d);
    }
  });

  it('rejects dates that are not on the calendar', () => {
    for (const bad of ['2026-02-29', '2026-13-01', '2026-04-31', '2026-00-10', '26-01-01', '2026-1-1', '']) {
      expect(parseDay(bad), bad).toBeUndefined();
    }
    expect(parseDay('2028-02-29')).toBeDefined();
  });

  it.each([
    ['2027-01-31', 1, '2027-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2027-03-31', -1, '2027-02-28'],
    ['2026-08-31', 1, '2026-09-30'],
    ['2026-12-15', 1, '2027-01-15'],
    ['2026-01-15', -13, '2024-12-15'],
  ])('month arithmetic clamps month ends: %s + %i month = %s', (from, months, expected) => {
    expect(formatDay(addMonths(toDay(from), months))).toBe(expected);
  });

  it('puts 29 February on 28 February in other years', () => {
    expect(formatDay(addYears(toDay('2028-02-29'), 1))).toBe('2029-02-28');
    expect(formatDay(addYears(toDay('2028-02-29'), 4))).toBe('2032-02-29');
  });

  it('takes the Amsterdam date of an instant, not the UTC one', () => {
    expect(localDateOf(new Date('2026-11-27T23:30:00Z'))).toBe('2026-11-28');
    expect(localDateOf(new Date('2026-07-31T22:30:00Z'))).toBe('2026-08-01');
    expect(localDateOf(new Date('2026-03-29T00:59:59Z'))).toBe('2026-03-29');
  });

  it('property: ymd conversion is a bijection', () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 200_000 }), (d) => {
        const { year, month, day } = ymdFromDay(d);
        expect(dayFromYmd(year, month, day)).toBe(d);
      }),
    );
  });
});
