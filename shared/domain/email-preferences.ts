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

/** The latest date on or before `date` that falls on `weekday`: where the user's mail week starts. */
export function weekStartOf(date: string, weekday: Weekday): string {
  const back = (WEEKDAYS.indexOf(weekdayOf(date)) - WEEKDAYS.indexOf(weekday) + 7) % 7;
  return formatDay(addDays(toDay(date), -back));
}

/**
 * Whether a weekly digest goes out at a run on `runDate`: a week runs from one `weekday` to the
 * next, and the week's digest goes out at its first run with something to mail. So it is due
 * unless one went out on or after this week's `weekday` already (`lastWeeklyOn`).
 */
export function weeklyDigestDue(
  runDate: string,
  weekday: Weekday,
  lastWeeklyOn: string | undefined,
): boolean {
  return lastWeeklyOn === undefined || lastWeeklyOn < weekStartOf(runDate, weekday);
}

/**
 * The first date, from `today` on, at which collected signals are mailed: today when a weekly
 * digest is due (or the user mails every run), else the start of the next mail week.
 */
export function nextDigestDate(
  today: string,
  preferences: Pick<EmailPreferences, 'cadence' | 'weekday'>,
  lastWeeklyOn: string | undefined,
): string {
  if (preferences.cadence === 'everyRun' || weeklyDigestDue(today, preferences.weekday, lastWeeklyOn)) {
    return today;
  }
  return formatDay(addDays(toDay(weekStartOf(today, preferences.weekday)), 7));
}
