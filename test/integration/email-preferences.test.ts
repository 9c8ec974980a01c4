import { describe, expect, it } from 'vitest';
import type { Caller } from '../../shared/app/caller.js';
import { putMyEmailPreferences, unsubscribe } from '../../shared/app/digests/preferences.js';
import { ValidationError } from '../../shared/domain/errors.js';
import { api, expectProblem, uid } from './support/api.js';
import { anEmployee, anEmployerUser, aTenant } from './support/fixtures.js';
import { localPipeline, mailsTo } from './support/pipeline.js';
import { problemOf, typedApi } from './support/typed-client.js';

/**
 * A tenant whose users get an e-mailed birthday signal on the day, and employees with birthdays
 * on given days of March 2027, so each run date has its own signals.
 */
async function birthdayTenant(users: string[], birthdays: string[]) {
  const t = await aTenant();
  const admin = await t.providerAdmin();
  for (const u of users) {
    await t.put(`/v1/employers/${t.employerId}/users/${u}`, anEmployerUser(u));
    await api('PUT', `/v1/employers/${t.employerId}/users/${u}/signal-settings`, {
      token: admin,
      body: { mode: 'custom', signals: [{ signalType: 'BIRTHDAY', daysBefore: [0], email: true }] },
    });
  }
  for (const [i, day] of birthdays.entries()) {
    await t.put(
      `/v1/employers/${t.employerId}/employees/b${i}`,
      anEmployee({ firstName: `Jarig${day.slice(8)}`, lastName: 'Test', birthDate: `1980${day.slice(4)}` }),
    );
  }
  const caller = (u: string): Caller => ({
    userType: 'employer',
    sub: u,
    providerId: t.providerId,
    employerId: t.employerId,
    rights: new Set(['signals:use']),
  });
  return { ...t, caller, address: (u: string) => `${u}@example.nl` };
}

/** Sets a user's preferences as the API does, on a given day (the use case takes the clock). */
async function setPreferences(
  caller: Caller,
  today: string,
  preferences: { cadence: 'everyRun' | 'weekly'; weekday: 'mon' | 'wed' | 'fri'; paused: boolean },
) {
  const p = localPipeline({ today });
  await putMyEmailPreferences(p.deps, caller, preferences);
}

const namesIn = (text: string) => [...text.matchAll(/Jarig(\d\d)/g)].map((m) => m[1]!);

describe('E-mail preferences: the API (through the typed client)', () => {
  it('answers the defaults, saves a weekly cadence, and refuses bad input listing every problem', async () => {
    const t = await aTenant();
    const client = typedApi(await t.employerUser());
    const initial = await client.GET('/v1/me/email-preferences');
    expect(initial.response.status).toBe(200);
    expect(initial.data).toEqual({ cadence: 'everyRun', weekday: 'mon', paused: false, updatedAt: null });

    const put = await client.PUT('/v1/me/email-preferences', {
      body: { cadence: 'weekly', weekday: 'fri', paused: false },
    });
    expect(put.response.status).toBe(200);
    expect(put.data).toMatchObject({ cadence: 'weekly', weekday: 'fri', paused: false });
    expect((await client.GET('/v1/me/email-preferences')).data).toEqual(put.data);

    const bad = await client.PUT('/v1/me/email-preferences', {
      // Deliberately off the document: the type checker would refuse it otherwise.
      body: { cadence: 'daily', weekday: 'friday', paused: 'yes', extra: 1 } as never,
    });
    expect(bad.response.status).toBe(400);
    const problem = problemOf(bad);
    expect(problem.type).toBe('urn:signals:problem:validation');
    const paths = (problem.errors ?? []).map((e) => e.path).sort();
    expect(paths).toEqual(expect.arrayContaining(['body.cadence', 'body.weekday', 'body.paused']));
    // Nothing half-written.
    expect((await client.GET('/v1/me/email-preferences')).data).toEqual(put.data);
  });

  it('keeps each user to their own preferences, and the platform account has none', async () => {
    const t = await aTenant();
    const [a, b] = [typedApi(await t.employerUser()), typedApi(await t.employerUser())];
    await a.PUT('/v1/me/email-preferences', { body: { cadence: 'everyRun', weekday: 'mon', paused: true } });
    expect((await b.GET('/v1/me/email-preferences')).data?.paused).toBe(false);
    const platform = await typedApi(t.platform).GET('/v1/me/email-preferences');
    expect(platform.response.status).toBe(403);
    expect(problemOf(platform).type).toBe('urn:signals:problem:forbidden');
  });
});

describe('E-mail preferences: what gets mailed', () => {
  it('mails a weekly user one digest on the chosen day with the week, a paused user nothing, and changes nothing in their lists', async () => {
    const tag = uid('w');
    const users = { weekly: `${tag}-weekly`, paused: `${tag}-paused`, every: `${tag}-every` };
    // Mon 1, Tue 2, Thu 4, Mon 8 March 2027 (the 3rd and the 10th are Wednesdays).
    const s = await birthdayTenant(Object.values(users), [
      '2027-03-01',
      '2027-03-02',
      '2027-03-04',
      '2027-03-08',
    ]);
    await setPreferences(s.caller(users.weekly), '2027-03-01', {
      cadence: 'weekly',
      weekday: 'wed',
      paused: false,
    });
    await setPreferences(s.caller(users.paused), '2027-03-01', {
      cadence: 'everyRun',
      weekday: 'mon',
      paused: true,
    });

    const p = localPipeline();
    for (const day of ['2027-03-01', '2027-03-02']) await p.run(day, [s.employerId]);
    expect(await mailsTo(s.address(users.weekly))).toHaveLength(0);

    // Wednesday: the week's first run mails what was collected, though it has no signal of its own.
    await p.run('2027-03-03', [s.employerId]);
    let weekly = await mailsTo(s.address(users.weekly));
    expect(weekly).toHaveLength(1);
    expect(namesIn(weekly[0]!.body.text).sort()).toEqual(['01', '02']);

    for (const day of ['2027-03-04', '2027-03-08']) await p.run(day, [s.employerId]);
    expect(await mailsTo(s.address(users.weekly))).toHaveLength(1);
    await p.run('2027-03-10', [s.employerId]);
    weekly = await mailsTo(s.address(users.weekly));
    expect(weekly).toHaveLength(2);
    expect(namesIn(weekly[1]!.body.text).sort()).toEqual(['04', '08']);
    // A second run the same Wednesday mails nothing more.
    await p.run('2027-03-10', [s.employerId]);
    expect(await mailsTo(s.address(users.weekly))).toHaveLength(2);

    expect(await mailsTo(s.address(users.paused))).toHaveLength(0);
    expect(await mailsTo(s.address(users.every))).toHaveLength(4);
    // The lists are the same for all three: four birthdays each.
    const items = await p.signalItems(s.employerId);
    for (const u of Object.values(users)) {
      expect(items.filter((i) => i.recipientKey === `E:${s.employerId}:${u}`)).toHaveLength(4);
    }
  });

  it('mails a weekly Friday user nothing on Monday or Thursday, all on Friday, and at the next run when a Friday has none', async () => {
    const user = `${uid('f')}-user`;
    const s = await birthdayTenant(
      [user],
      ['2027-03-01', '2027-03-04', '2027-03-05', '2027-03-08', '2027-03-13'],
    );
    await setPreferences(s.caller(user), '2027-02-28', { cadence: 'weekly', weekday: 'fri', paused: false });
    const p = localPipeline();
    for (const day of ['2027-03-01', '2027-03-04']) await p.run(day, [s.employerId]);
    expect(await mailsTo(s.address(user))).toHaveLength(0);
    await p.run('2027-03-05', [s.employerId]);
    let mails = await mailsTo(s.address(user));
    expect(mails.map((m) => namesIn(m.body.text).sort())).toEqual([['01', '04', '05']]);
    // The next Friday (12 March) has no run: Saturday's mails what it left due, with its own.
    await p.run('2027-03-08', [s.employerId]);
    await p.run('2027-03-13', [s.employerId]);
    mails = await mailsTo(s.address(user));
    expect(mails.map((m) => namesIn(m.body.text).sort())).toEqual([['01', '04', '05'], ['08']]);
  });

  it('drops nothing and mails nothing twice when the cadence changes mid-week', async () => {
    const tag = uid('c');
    const user = `${tag}-user`;
    const s = await birthdayTenant([user], ['2027-03-01', '2027-03-02', '2027-03-04']);
    await setPreferences(s.caller(user), '2027-02-28', { cadence: 'weekly', weekday: 'mon', paused: false });
    const p = localPipeline();
    // Weekly from Sunday: Monday is the week's first run (it mails the 1st), Tuesday collects.
    await p.run('2027-03-01', [s.employerId]);
    await p.run('2027-03-02', [s.employerId]);
    // Back to every run on Wednesday: the next run mails what was collected with its own.
    await setPreferences(s.caller(user), '2027-03-03', {
      cadence: 'everyRun',
      weekday: 'mon',
      paused: false,
    });
    await p.run('2027-03-03', [s.employerId]);
    await p.run('2027-03-04', [s.employerId]);
    const mails = await mailsTo(s.address(user));
    const mailed = mails.flatMap((m) => namesIn(m.body.text));
    expect(mailed.sort()).toEqual(['01', '02', '04']);
    expect(mails).toHaveLength(3);
  });
});

describe('One-click unsubscribe (RFC 8058)', () => {
  it('puts the headers and a footer link on every digest; one POST pauses the user, a bad token is 400', async () => {
    const tag = uid('u');
    const user = `${tag}-user`;
    const s = await birthdayTenant([user], ['2027-03-01']);
    const p = localPipeline();
    await p.run('2027-03-01', [s.employerId]);
    const [mail] = await mailsTo(s.address(user));
    const header = (name: string) => mail!.headers?.find((h) => h.name === name)?.value;
    expect(header('List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    const link = /^<(.+)>$/.exec(header('List-Unsubscribe') ?? '')?.[1];
    expect(link).toMatch(/\/v1\/email\/unsubscribe\?token=[\w-]+\.[\w-]+$/);
    // The footer's link, as a browser reads the attribute (Handlebars escapes `=` and `&`).
    const hrefs = [...mail!.body.html.matchAll(/href="([^"]+)"/g)].map((m) =>
      m[1]!.replaceAll('&#x3D;', '=').replaceAll('&amp;', '&'),
    );
    expect(hrefs).toContain(link);
    expect(mail!.body.text).toContain(link);
    const path = new URL(link!).pathname + new URL(link!).search;
    const token = new URL(link!).searchParams.get('token')!;

    // The page a person opens changes nothing; its button does.
    const page = await api('GET', path);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(page.text).toContain('<form method="post"');

    // Refused alike: altered, foreign, missing.
    const [payload, signature] = token.split('.');
    for (const bad of [`${payload}x.${signature}`, `${payload}.${signature!.slice(1)}A`, 'abc']) {
      const r = await api('POST', `/v1/email/unsubscribe?token=${bad}`, {
        raw: 'List-Unsubscribe=One-Click',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
      expectProblem(r, 400, 'validation');
      expect(r.text).not.toContain(s.employerId);
    }
    expectProblem(await api('POST', '/v1/email/unsubscribe'), 400, 'validation');

    const userToken = await s.employerUser(user);
    expect((await api('GET', '/v1/me/email-preferences', { token: userToken })).json.paused).toBe(false);
    const click = await api('POST', path, {
      raw: 'List-Unsubscribe=One-Click',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(click.status).toBe(204);
    expect((await api('GET', '/v1/me/email-preferences', { token: userToken })).json.paused).toBe(true);
    // Again: the same answer, nothing else changes.
    expect(
      (
        await api('POST', path, {
          raw: 'List-Unsubscribe=One-Click',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
        })
      ).status,
    ).toBe(204);
    // The page's own form is sent back to the page, which now says so.
    const form = await api('POST', path, {
      raw: 'via=page',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(form.status).toBe(303);
    expect(form.headers.get('location')).toBe(path);
    expect((await api('GET', path)).text).toContain('Je ontvangt geen e-mail meer');

    // Paused: the next digest is not mailed.
    await s.put(
      `/v1/employers/${s.employerId}/employees/late`,
      anEmployee({ firstName: 'Later', lastName: 'Test', birthDate: '1980-03-02' }),
    );
    await p.run('2027-03-02', [s.employerId]);
    expect(await mailsTo(s.address(user))).toHaveLength(1);

    // A token past its 60 days is refused like any other.
    const late = localPipeline({ today: '2027-05-01' });
    await expect(unsubscribe(late.deps, token)).rejects.toBeInstanceOf(ValidationError);
  });
});
