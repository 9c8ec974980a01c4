/**
 * Calendar dates as whole day numbers (days since 1970-01-01), independent of any time zone.
 * Rules do arithmetic on these integers: fast, allocation-free, and a daylight-saving change is
 * just another day. Conversions follow Howard Hinnant's civil-calendar algorithms.
 */
export type Day = number;

export interface Ymd {
  year: number;
  month: number; // 1..12
  day: number; // 1..31
}

export function dayFromYmd(year: number, month: number, day: number): Day {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function ymdFromDay(d: Day): Ymd {
  const z = d + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export const isLeapYear = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The dates the API accepts: wide enough for birth dates and far plans, narrow enough for 4-digit years after any offset. */
export const FIRST_DATE = '1900-01-01';
export const LAST_DATE = '2199-12-31';

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses `YYYY-MM-DD`; undefined for anything that is not a real calendar date. */
export function parseDay(text: string): Day | undefined {
  const m = DATE_PATTERN.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return dayFromYmd(year, month, day);
}

/** Parses a date already validated at the edge; throws on a bad one (a programming error). */
export function toDay(text: string): Day {
  const d = parseDay(text);
  if (d === undefined) throw new RangeError(`Not a calendar date: ${text}`);
  return d;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function formatDay(d: Day): string {
  const { year, month, day } = ymdFromDay(d);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** Adds calendar months; a day past the end of the target month clamps to its last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(d: Day, months: number): Day {
  const { year, month, day } = ymdFromDay(d);
  const total = year * 12 + (month - 1) + months;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return dayFromYmd(y, m, Math.min(day, daysInMonth(y, m)));
}

/** Adds years; 29 February falls on 28 February in other years. */
export const addYears = (d: Day, years: number): Day => addMonths(d, years * 12);

/** The calendar date of an instant in a time zone (Europe/Amsterdam unless told otherwise). */
export function localDateOf(instant: Date, timeZone = 'Europe/Amsterdam'): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

export const addDays = (d: Day, days: number): Day => d + days;
