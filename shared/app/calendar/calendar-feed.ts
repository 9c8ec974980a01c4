import { createHash, randomBytes } from 'node:crypto';
import { isHealthSignal, signalTypeInfo } from '../../domain/catalogue.js';
import { addDays, formatDay, toDay } from '../../domain/dates.js';
import { ForbiddenError, NotFoundError } from '../../domain/errors.js';
import { DAYS_BEFORE } from '../../domain/settings.js';
import type { Caller } from '../caller.js';
import type { Deps } from '../deps.js';
import type { StoredSignal } from '../pipeline/ports.js';
import { callerRecipientKey, userRefOf } from '../pipeline/recipients.js';

/**
 * A user's calendar feed: a secret URL (`/v1/calendar/<token>.ics`) that calendar apps poll,
 * listing the events of the user's open signals from today to a year ahead as all-day entries
 * (RFC 5545). Only the token's digest is stored; a new feed replaces (revokes) the previous one.
 * Health entries name nobody. The user is checked at every read: a deleted or inactive user's
 * feed answers 404.
 */

export interface CalendarFeeds {
  /** Stores a feed token's digest for a user, replacing the user's previous one. */
  replace(recipientKey: string, tokenDigest: string, at: string): Promise<void>;
  revoke(recipientKey: string): Promise<void>;
  /** The user a feed token's digest names, if it is (still) theirs. */
  ownerOf(tokenDigest: string): Promise<string | undefined>;
}

const digestOf = (token: string) => createHash('sha256').update(token).digest('base64url');

function ownKey(caller: Caller): string {
  const key = callerRecipientKey(caller);
  if (!key) throw new ForbiddenError('Only provider and employer users have a calendar feed.');
  return key;
}

/** Makes (or replaces) the caller's feed and answers its URL, the one time the token is shown. */
export async function putCalendarFeed(deps: Deps<'calendars' | 'clock' | 'config'>, caller: Caller) {
  const key = ownKey(caller);
  const token = randomBytes(32).toString('base64url');
  await deps.calendars.replace(key, digestOf(token), deps.clock.now().toISOString());
  return { url: `${deps.config.apiUrl}/v1/calendar/${token}.ics` };
}

export async function deleteCalendarFeed(deps: Deps<'calendars'>, caller: Caller) {
  await deps.calendars.revoke(ownKey(caller));
}

/** How far ahead the feed looks. */
const FEED_DAYS = 365;

/** The feed of a token: its iCalendar text and ETag, or 404 when the token names no (active) user. */
export async function calendarFeed(deps: Deps<'calendars' | 'signals' | 'store' | 'clock'>, token: string) {
  const recipientKey = await deps.calendars.ownerOf(digestOf(token));
  const user = recipientKey
    ? await deps.store.get<{ active?: boolean; locale?: 'nl' | 'en' }>(userRefOf(recipientKey))
    : undefined;
  if (!recipientKey || !user || user.data.active === false) {
    throw new NotFoundError('No calendar feed here.');
  }
  const today = deps.clock.today();
  const to = formatDay(addDays(toDay(today), FEED_DAYS));
  const open: StoredSignal[] = [];
  // A signal of an event ahead became due at most DAYS_BEFORE.max days before today: older ones
  // (the inbox's history) are not read.
  const since = formatDay(addDays(toDay(today), -DAYS_BEFORE.max));
  let cursor: string | undefined;
  do {
    const page = await deps.signals.listInbox(
      recipientKey,
      { from: since },
      { limit: 100, ...(cursor ? { cursor } : {}) },
    );
    open.push(
      ...page.items.filter(
        (s) => (s.status === 'unread' || s.status === 'read') && s.eventDate >= today && s.eventDate <= to,
      ),
    );
    cursor = page.nextCursor;
  } while (cursor);
  const body = renderCalendar(open, user.data.locale ?? 'nl');
  // The same entries give the same text, so the same ETag, whenever the feed is read.
  return { body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` };
}

/** RFC 5545 text values: backslash, semicolon, comma and newline escaped. */
const escapeText = (s: string) =>
  s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

/** A content line folded at 75 octets (never inside a UTF-8 character). */
function fold(line: string): string {
  const bytes = Buffer.from(line, 'utf8');
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let start = 0;
  let limit = 75;
  while (start < bytes.length) {
    let end = Math.min(start + limit, bytes.length);
    while (end < bytes.length && (bytes[end]! & 0xc0) === 0x80) end -= 1;
    parts.push(bytes.subarray(start, end).toString('utf8'));
    start = end;
    limit = 74;
  }
  return parts.join('\r\n ');
}

const compact = (day: string) => day.replaceAll('-', '');
const stamp = (d: Date) => `${d.toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`;

/**
 * One VEVENT per event (a signal's offsets are one event), all-day on the event date, with a UID
 * stable across polls (the event's identity); a health entry names nobody.
 */
export function renderCalendar(signals: readonly StoredSignal[], locale: 'nl' | 'en'): string {
  const byEvent = new Map<string, StoredSignal>();
  for (const s of signals) {
    const key = `${s.employerId}|${s.signalType}|${s.employeeId}|${s.subject}|${s.eventDate}`;
    const known = byEvent.get(key);
    if (!known || s.signalDate > known.signalDate) byEvent.set(key, s);
  }
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Signals//Signaleringen//NL',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${locale === 'nl' ? 'Signaleringen' : 'Signals'}`,
  ];
  const events = [...byEvent.entries()].sort(
    ([ka, a], [kb, b]) => a.eventDate.localeCompare(b.eventDate) || ka.localeCompare(kb),
  );
  for (const [key, s] of events) {
    const info = signalTypeInfo(s.signalType);
    const who = isHealthSignal(s.signalType)
      ? locale === 'nl'
        ? 'een medewerker'
        : 'an employee'
      : s.employeeName;
    const summary = `${info.name[locale]}: ${who} (${s.employerName})`;
    const legal = s.legalDate
      ? [`DESCRIPTION:${escapeText(`${locale === 'nl' ? 'Wettelijke datum' : 'Legal date'} ${s.legalDate}`)}`]
      : [];
    lines.push(
      'BEGIN:VEVENT',
      `UID:${createHash('sha256').update(key).digest('hex').slice(0, 32)}@signals`,
      `DTSTAMP:${stamp(new Date(s.createdAt))}`,
      `DTSTART;VALUE=DATE:${compact(s.eventDate)}`,
      `DTEND;VALUE=DATE:${compact(formatDay(addDays(toDay(s.eventDate), 1)))}`,
      `SUMMARY:${escapeText(summary)}`,
      ...legal,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
