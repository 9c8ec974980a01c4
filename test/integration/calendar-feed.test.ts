import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { addDays, formatDay, localDateOf, toDay } from '../../shared/domain/dates.js';
import { api } from './support/api.js';
import { anEmployee, anEmployerUser, aTenant } from './support/fixtures.js';
import { localPipeline } from './support/pipeline.js';

/** The VEVENTs of a feed, read by an independent iCalendar parser. */
function eventsOf(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((v) => {
    const event = new ICAL.Event(v);
    return {
      uid: event.uid,
      summary: event.summary,
      start: event.startDate.toString(),
      allDay: event.startDate.isDate,
      description: event.description,
    };
  });
}

const today = localDateOf(new Date());
const day = (n: number) => formatDay(addDays(toDay(today), n));

describe('The calendar feed', () => {
  it("lists the user's open signals ahead as all-day entries (health ones nameless), with stable UIDs and an ETag; revoked or inactive: 404", async () => {
    const t = await aTenant();
    const { userId, token } = await t.userWith(await t.providerAdmin(), [
      { signalType: 'CONTRACT_END', daysBefore: [30, 7] },
      { signalType: 'NOTICE_DEADLINE', daysBefore: [30] },
      { signalType: 'ABSENCE_WEEK_42', daysBefore: [14] },
    ]);
    await t.put(
      `/v1/employers/${t.employerId}/employees/x1`,
      anEmployee({
        firstName: 'Kees',
        lastName: 'Bakker, jr.',
        contracts: [{ contractId: 'c1', startDate: '2026-06-01', endDate: day(20), type: 'fixedTerm' }],
      }),
    );
    // Sick from 2026-05-01: week 42 ends on 2027-02-19.
    await t.put(
      `/v1/employers/${t.employerId}/employees/x2`,
      anEmployee({
        firstName: 'Piet',
        absences: [{ absenceId: 'a1', startDate: '2026-05-01', endDate: null }],
      }),
    );
    // The API's clock is today's: run the days that make signals of events still ahead.
    const p = localPipeline();
    const today = new Date().toISOString().slice(0, 10);
    await p.run(today, [t.employerId]);
    const made = await api('PUT', '/v1/me/calendar-feed', { token });
    expect(made.status).toBe(200);
    const path = new URL(made.json.url).pathname;
    expect(path).toMatch(/^\/v1\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);

    const first = await api('GET', path);
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toMatch(/^text\/calendar/);
    const events = eventsOf(first.text);
    const open = (await api('GET', '/v1/me/signals', { token })).json.items.filter(
      (s: { eventDate: string }) => s.eventDate >= today,
    );
    // One entry per event of the open signals ahead (a signal's offsets are one event).
    expect(events).toHaveLength(
      new Set(
        open.map(
          (s: { signalType: string; employeeId: string; eventDate: string }) =>
            `${s.signalType}${s.employeeId}${s.eventDate}`,
        ),
      ).size,
    );
    for (const e of events) expect(e.allDay).toBe(true);
    expect(events.find((e) => e.summary.includes('Kees Bakker, jr.'))).toBeDefined();
    for (const e of events.filter((x) => x.summary.includes('Verzuim')))
      expect(e.summary).not.toContain('Piet');

    // Stable: the same UIDs and ETag on the next read, and 304 when the caller has it.
    const second = await api('GET', path);
    expect(eventsOf(second.text).map((e) => e.uid)).toEqual(events.map((e) => e.uid));
    const etag = first.headers.get('etag')!;
    expect(second.headers.get('etag')).toBe(etag);
    expect((await api('GET', path, { headers: { 'if-none-match': etag } })).status).toBe(304);

    // A new feed revokes the old; DELETE revokes the new; an inactive user's feed is gone too.
    const replaced = await api('PUT', '/v1/me/calendar-feed', { token });
    expect((await api('GET', path)).status).toBe(404);
    const newPath = new URL(replaced.json.url).pathname;
    expect((await api('GET', newPath)).status).toBe(200);
    await t.put(`/v1/employers/${t.employerId}/users/${userId}`, anEmployerUser(userId, { active: false }));
    expect((await api('GET', newPath)).status).toBe(404);
    await t.put(`/v1/employers/${t.employerId}/users/${userId}`, anEmployerUser(userId));
    expect((await api('DELETE', '/v1/me/calendar-feed', { token })).status).toBe(204);
    expect((await api('GET', newPath)).status).toBe(404);
    expect((await api('GET', '/v1/calendar/not-a-token.ics')).status).toBe(400);
    expect((await api('PUT', '/v1/me/calendar-feed', { token: t.platform })).status).toBe(403);
  });
});
