/**
 * The evaluation moments: the one file both CDK (one EventBridge Scheduler schedule each) and
 * the local scheduler read. Cron in the five-field form (minute hour day month weekday), in the
 * moment's time zone.
 */
export interface Moment {
  name: string;
  cron: string;
  timezone: string;
}

export const MOMENTS: readonly Moment[] = [
  { name: 'daily', cron: '0 6 * * *', timezone: 'Europe/Amsterdam' },
];

/** Runs started by hand (API or CLI) carry this moment name. */
export const MANUAL_MOMENT = 'manual';

/** EventBridge Scheduler's six-field cron: `cron(min hour day month weekday year)`, with `?` in one day field. */
export function schedulerExpression(cron: string): string {
  const [minute, hour, day, month, weekday] = cron.trim().split(/\s+/);
  if (!minute || !hour || !day || !month || !weekday) throw new Error(`Not a five-field cron: ${cron}`);
  const dayField = weekday === '*' ? day : '?';
  const weekdayField = weekday === '*' ? '?' : weekday;
  return `cron(${minute} ${hour} ${dayField} ${month} ${weekdayField} *)`;
}
