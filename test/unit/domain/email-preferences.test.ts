import { describe, expect, it } from 'vitest';
import {
  nextDigestDate,
  weekdayOf,
  weeklyDigestDue,
  weekStartOf,
} from '../../../shared/domain/email-preferences.js';

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

  it('starts the mail week on the latest chosen weekday on or before the date', () => {
    expect(weekStartOf('2027-03-03', 'wed')).toBe('2027-03-03');
    expect(weekStartOf('2027-03-02', 'wed')).toBe('2027-02-24');
    expect(weekStartOf('2027-03-07', 'mon')).toBe('2027-03-01');
    // Across a year end.
    expect(weekStartOf('2027-01-01', 'mon')).toBe('2026-12-28');
  });

  it('is due at the first run of the week with something to mail, once a week', () => {
    expect(weeklyDigestDue('2027-03-01', 'mon', undefined)).toBe(true);
    // Mailed on Monday: not again that week, again from the next Monday.
    expect(weeklyDigestDue('2027-03-01', 'mon', '2027-03-01')).toBe(false);
    expect(weeklyDigestDue('2027-03-07', 'mon', '2027-03-01')).toBe(false);
    expect(weeklyDigestDue('2027-03-08', 'mon', '2027-03-01')).toBe(true);
    // No run on Monday: Tuesday's is the week's first.
    expect(weeklyDigestDue('2027-03-09', 'mon', '2027-03-01')).toBe(true);
  });

  it('files collected signals for today when mailing every run or due, else for the next week start', () => {
    expect(nextDigestDate('2027-03-03', { cadence: 'everyRun', weekday: 'mon' }, '2027-03-03')).toBe(
      '2027-03-03',
    );
    expect(nextDigestDate('2027-03-03', { cadence: 'weekly', weekday: 'mon' }, '2027-03-01')).toBe(
      '2027-03-08',
    );
    // Mailed on Monday the 1st, in the Friday week that began on 26 February: next on Friday the 5th.
    expect(nextDigestDate('2027-03-03', { cadence: 'weekly', weekday: 'fri' }, '2027-03-01')).toBe(
      '2027-03-05',
    );
    expect(nextDigestDate('2027-03-03', { cadence: 'weekly', weekday: 'fri' }, '2027-02-25')).toBe(
      '2027-03-03',
    );
    expect(nextDigestDate('2027-03-05', { cadence: 'weekly', weekday: 'fri' }, '2027-03-05')).toBe(
      '2027-03-12',
    );
  });
});
