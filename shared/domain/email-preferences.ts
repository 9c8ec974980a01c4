import { addDays, formatDay, toDay } from './dates.js';
import { WEEKDAYS, type Weekday } from './moments.js';

/**
 * How a user wants the digest e-mail: after every run (the default) or once a week, and whether
 * e-mail is paused. The in-app signal list never depends on these.
 */
export interface EmailPreferences {
  cadence: 'everyRun' | 'weekly';
  /** The weekly digest's day; `mon` unless chosen. */
  weekday: Weekday;
  paused: boolean;
}

export const DEFAULT_EMAIL_PREFERENCES: EmailPreferences = {
  cadence: 'everyRun',
  weekday: 'mon',
  paused: false,
};

/** The weekday of a calendar date (`YYYY-MM-DD`). */
export function weekdayOf(date: string): Weekday {
  // Day 0 (1970-01-01) was a Thursday, index 3 of mon..sun.
  return WEEKDAYS[(((toDay(date) + 3) % 7) + 7) % 7]!;
}

/** The first date on or after `date` that falls on `weekday`. */
export function nextWeekdayFrom(date: string, weekday: Weekday): string {
  const ahead = (WEEKDAYS.indexOf(weekday) - WEEKDAYS.indexOf(weekdayOf(date)) + 7) % 7;
  return formatDay(addDays(toDay(date), ahead));
}

/**
 * The date a signal made on `date` is due for mail: that day for a user mailed every run; for a
 * weekly user the first chosen weekday on or after it. It goes out at the first run on or after
 * its due date (the weekday's own run, or the next run when that day has none), so a run on
 * another day mails a weekly user only what a missed weekday left due.
 */
export function digestDueDate(
  date: string,
  preferences: Pick<EmailPreferences, 'cadence' | 'weekday'>,
): string {
  return preferences.cadence === 'everyRun' ? date : nextWeekdayFrom(date, preferences.weekday);
}
