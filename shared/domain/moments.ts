/** The weekdays a moment may run on, in the API's spelling. */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** When evaluation runs: a local time on some weekdays, in a time zone. */
export interface Moment {
  momentId: string;
  /** `HH:MM`, 00:00-23:59. */
  time: string;
  days: readonly Weekday[];
  /** An IANA time zone name. */
  timeZone: string;
}

/** Whether a name is an IANA time zone this runtime knows. */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

const CRON_DAYS: Record<Weekday, string> = {
  mon: 'MON',
  tue: 'TUE',
  wed: 'WED',
  thu: 'THU',
  fri: 'FRI',
  sat: 'SAT',
  sun: 'SUN',
};

/** The five-field cron of a moment (minute hour day month weekday), in its own time zone. */
export function cronOf(moment: Moment): string {
  const [hour, minute] = moment.time.split(':').map(Number);
  const days =
    moment.days.length === WEEKDAYS.length
      ? '*'
      : WEEKDAYS.filter((d) => moment.days.includes(d))
          .map((d) => CRON_DAYS[d])
          .join(',');
  return `${minute} ${hour} * * ${days}`;
}

/**
 * A moment from a five-field cron that runs once a day at a fixed time (the form the platform
 * moments file uses): `M H * * *` or `M H * * MON,TUE`; undefined for anything else.
 */
export function momentOfCron(momentId: string, cron: string, timeZone: string): Moment | undefined {
  const m = /^(\d{1,2}) (\d{1,2}) \* \* (\*|[A-Z]{3}(?:,[A-Z]{3})*)$/i.exec(cron.trim());
  if (!m) return undefined;
  const [, minute, hour, dayList] = m;
  const days =
    dayList === '*'
      ? [...WEEKDAYS]
      : WEEKDAYS.filter((d) => dayList!.toUpperCase().split(',').includes(CRON_DAYS[d]));
  return {
    momentId,
    time: `${hour!.padStart(2, '0')}:${minute!.padStart(2, '0')}`,
    days,
    timeZone,
  };
}
