import { describe, expect, it } from 'vitest';
import { digestDueDate, nextWeekdayFrom, weekdayOf } from '../../../shared/domain/email-preferences.js';

describe('Domain: e-mail cadence', () => {
  it.each([
    ['2027-03-01', 'mon'],
    ['2027-03-03', 'wed'],
    ['2027-03-07', 'sun'],
    ['1970-01-01', 'thu'],
    ['2024-02-29', 'thu'],
  ] as const)('knows %s is a %s', (date, weekday) => {
    expect(weekdayOf(date)).toBe(weekday);
  });

  it('finds the first chosen weekday on or after a date, across a year end', () => {
    expect(nextWeekdayFrom('2027-03-03', 'wed')).toBe('2027-03-03');
    expect(nextWeekdayFrom('2027-03-04', 'wed')).toBe('2027-03-10');
    expect(nextWeekdayFrom('2026-12-30', 'mon')).toBe('2027-01-04');
  });

  it('makes a signal due for mail the same day for every run, on the first chosen weekday on or after it for weekly', () => {
    const weeklyFri = { cadence: 'weekly', weekday: 'fri' } as const;
    expect(digestDueDate('2027-03-03', { cadence: 'everyRun', weekday: 'mon' })).toBe('2027-03-03');
    // Monday 1 March and Thursday 4 March: both wait for Friday the 5th.
    expect(digestDueDate('2027-03-01', weeklyFri)).toBe('2027-03-05');
    expect(digestDueDate('2027-03-04', weeklyFri)).toBe('2027-03-05');
    // Made on the Friday itself: mailed that day.
    expect(digestDueDate('2027-03-05', weeklyFri)).toBe('2027-03-05');
    expect(digestDueDate('2027-03-06', weeklyFri)).toBe('2027-03-12');
  });
});
