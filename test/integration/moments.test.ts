import { describe, expect, it } from 'vitest';
import { putProviderMoments } from '../../shared/app/moments/moments-service.js';
import type { Moment } from '../../shared/domain/moments.js';
import { api, expectProblem } from './support/api.js';
import type { paths } from './support/api-schema.js';
import { aTenant } from './support/fixtures.js';
import { asLambda, localPipeline } from './support/pipeline.js';
import { problemOf, typedApi } from './support/typed-client.js';

/** A moment as the API takes and answers it (the document's schema). */
type ApiMoment =
  paths['/v1/providers/{providerId}/moments']['put']['requestBody']['content']['application/json']['moments'][number];
const ochtend: Required<ApiMoment> = {
  momentId: 'ochtend',
  time: '07:30',
  days: ['mon', 'tue', 'wed', 'thu', 'fri'],
  timeZone: 'Europe/Amsterdam',
};

describe('Moments (through the typed client)', () => {
  it('falls back employer -> provider -> platform, and says where the moments come from', async () => {
    const t = await aTenant();
    const admin = typedApi(await t.providerAdmin());
    const employerAdmin = typedApi(await t.employerAdmin());
    const employer = { params: { path: { employerId: t.employerId } } };
    const provider = { params: { path: { providerId: t.providerId } } };
    expect((await admin.GET('/v1/providers/{providerId}/moments', provider)).data).toEqual({
      source: 'platform',
      moments: [
        {
          momentId: 'daily',
          time: '06:00',
          days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
          timeZone: 'Europe/Amsterdam',
        },
      ],
    });
    expect((await admin.GET('/v1/employers/{employerId}/moments', employer)).data?.source).toBe('platform');

    const put = await admin.PUT('/v1/providers/{providerId}/moments', {
      ...provider,
      body: { moments: [ochtend] },
    });
    expect(put.response.status).toBe(200);
    expect(put.data).toEqual({ source: 'provider', moments: [ochtend] });
    expect((await employerAdmin.GET('/v1/employers/{employerId}/moments', employer)).data).toEqual({
      source: 'provider',
      moments: [ochtend],
    });

    const own = await employerAdmin.PUT('/v1/employers/{employerId}/moments', {
      ...employer,
      body: { moments: [{ momentId: 'middag', time: '12:00' }] },
    });
    // Defaults filled: every day, Europe/Amsterdam.
    expect(own.data).toEqual({
      source: 'employer',
      moments: [
        {
          momentId: 'middag',
          time: '12:00',
          days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
          timeZone: 'Europe/Amsterdam',
        },
      ],
    });
    expect((await admin.DELETE('/v1/employers/{employerId}/moments', employer)).response.status).toBe(204);
    expect((await admin.GET('/v1/employers/{employerId}/moments', employer)).data?.source).toBe('provider');
    // Deleting again is harmless.
    expect((await admin.DELETE('/v1/employers/{employerId}/moments', employer)).response.status).toBe(204);
  });

  it('lists every problem of a bad list in one 400, and writes nothing', async () => {
    const t = await aTenant();
    const admin = typedApi(await t.providerAdmin());
    const provider = { params: { path: { providerId: t.providerId } } };
    const put = (moments: unknown) =>
      // Deliberately off the document: the type checker would refuse these bodies otherwise.
      admin.PUT('/v1/providers/{providerId}/moments', { ...provider, body: { moments } as never });
    const bad = await put([
      { momentId: 'a', time: '24:00', days: ['mon', 'mon'], timeZone: 'Europe/Nowhere' },
      { momentId: 'a', time: '7:30', days: [] },
    ]);
    expect(bad.response.status).toBe(400);
    const problem = problemOf(bad);
    expect(problem.type).toBe('urn:signals:problem:validation');
    expect((problem.errors ?? []).map((e) => e.path).sort()).toEqual(
      [
        'body.moments.0.days',
        'body.moments.0.time',
        'body.moments.0.timeZone',
        'body.moments.1.days',
        'body.moments.1.momentId',
        'body.moments.1.time',
      ].sort(),
    );
    expect(problemOf(await put([])).status).toBe(400);
    const five = Array.from({ length: 5 }, (_, i) => ({ momentId: `m${i}`, time: '06:00' }));
    expect(problemOf(await put(five)).status).toBe(400);
    expect((await admin.GET('/v1/providers/{providerId}/moments', provider)).data?.source).toBe('platform');
  });
});

describe('Moments: dispatch per scope', () => {
  it("a provider's moment evaluates only its employers, less those with moments of their own; the run says so", async () => {
    const t = await aTenant();
    const second = `${t.employerId}-b`;
    await t.put(`/v1/employers/${second}`, { providerId: t.providerId, name: 'Tweede' });
    await t.put(`/v1/employers/${second}/products/290`);
    const other = await aTenant();
    const admin = await t.providerAdmin();
    await api('PUT', `/v1/providers/${t.providerId}/moments`, { token: admin, body: { moments: [ochtend] } });
    await api('PUT', `/v1/employers/${second}/moments`, {
      token: admin,
      body: { moments: [{ momentId: 'middag', time: '12:00' }] },
    });
    const p = localPipeline();
    const providerRun = await asLambda.dispatch(p.deps, {
      moment: 'ochtend',
      scope: { providerId: t.providerId },
      trigger: 'schedule',
    });
    expect(providerRun).toMatchObject({
      trigger: 'schedule',
      scope: { providerId: t.providerId },
      moment: 'ochtend',
    });
    expect(providerRun.employers.total).toBe(1);
    const employerRun = await asLambda.dispatch(p.deps, {
      moment: 'middag',
      scope: { employerId: second },
      trigger: 'schedule',
    });
    expect(employerRun.employers.total).toBe(1);
    // The platform's moment leaves out both: their provider has moments, and so has the second.
    const platform = await asLambda.dispatch(p.deps, {
      moment: 'daily',
      trigger: 'schedule',
      employerIds: [t.employerId, second, other.employerId],
    });
    expect(platform.employers.total).toBe(1);
    await p.drain();
    const stored = await p.deps.runs.getRun(providerRun.runId);
    expect(stored).toMatchObject({
      trigger: 'schedule',
      scope: { providerId: t.providerId },
      status: 'completed',
    });
  });

  it('a retried firing of one schedule resumes its run: one run, each employer counted once, no signal twice', async () => {
    const t = await aTenant();
    const admin = await t.providerAdmin();
    await api('PUT', `/v1/providers/${t.providerId}/moments`, { token: admin, body: { moments: [ochtend] } });
    const p = localPipeline();
    // Due at 00:30 in Amsterdam on 1 March 2027, which is 23:30 UTC the day before: the local date counts.
    const firing = {
      moment: 'ochtend',
      scope: { providerId: t.providerId },
      trigger: 'schedule' as const,
      scheduledAt: '2027-02-28T23:30:00Z',
    };
    const first = await asLambda.dispatch(p.deps, firing);
    expect(first.date).toBe('2027-03-01');
    // Scheduler retries the invocation (the first one timed out after starting the run).
    const retried = await asLambda.dispatch(p.deps, firing);
    expect(retried.runId).toBe(first.runId);
    await p.drain();
    const again = await asLambda.dispatch(p.deps, firing);
    expect(again.runId).toBe(first.runId);
    await p.drain();
    const run = await p.deps.runs.getRun(first.runId);
    expect(run).toMatchObject({ status: 'completed', employers: { total: 1, done: 1, failed: 0 } });
    const runs = (
      (await api('GET', `/v1/evaluations?providerId=${t.providerId}`, { token: t.platform })).json as {
        items: Array<{ runId: string }>;
      }
    ).items;
    expect(runs.map((r) => r.runId)).toEqual([first.runId]);
    // The next day's firing of the same schedule is a run of its own.
    const nextDay = await asLambda.dispatch(p.deps, { ...firing, scheduledAt: '2027-03-01T23:30:00Z' });
    expect(nextDay.runId).not.toBe(first.runId);
    expect(nextDay.date).toBe('2027-03-02');
  });

  it('mirrors stored moments to the local schedules through the same port, live at once', async () => {
    const t = await aTenant();
    const p = localPipeline();
    await putProviderMoments(
      p.deps,
      { userType: 'platform', sub: 'svc', rights: new Set() },
      t.providerId,
      [ochtend as Moment],
      {},
    );
    const wanted = [...p.schedules.wanted.values()].find(
      (w) => 'providerId' in w.scope && w.scope.providerId === t.providerId,
    );
    expect(wanted?.moments.map((m) => m.momentId)).toEqual(['ochtend']);
    const fired: string[] = [];
    await p.schedules.start(async (moment) => {
      fired.push(moment);
    });
    expect(p.schedules.next().some((n) => n.schedule.endsWith('-ochtend') && n.next !== null)).toBe(true);
    p.schedules.stop();
  });
});

describe('Evaluation runs: the list', () => {
  it('lists runs newest first with a cursor, filtered by trigger, provider and run date', async () => {
    const t = await aTenant();
    // Started a day apart (each pipeline's clock says its day).
    const p = localPipeline({ today: '2027-04-02' });
    const a = await asLambda.dispatch(localPipeline({ today: '2027-04-01' }).deps, {
      date: '2027-04-01',
      employerIds: [t.employerId],
    });
    const b = await asLambda.dispatch(p.deps, {
      date: '2027-04-02',
      moment: 'ochtend',
      scope: { providerId: t.providerId },
      trigger: 'schedule',
    });
    await p.drain();
    const list = async (query: string) =>
      (await api('GET', `/v1/evaluations?${query}`, { token: t.platform })).json as {
        items: Array<{ runId: string }>;
        nextCursor?: string;
      };
    expect((await list(`providerId=${t.providerId}`)).items.map((r) => r.runId)).toEqual([b.runId]);
    const scheduled = await list(`trigger=schedule&providerId=${t.providerId}&from=2027-04-02&to=2027-04-02`);
    expect(scheduled.items.map((r) => r.runId)).toEqual([b.runId]);
    const first = await list('limit=1&from=2027-04-01&to=2027-04-02');
    expect(first.items).toHaveLength(1);
    expect(first.nextCursor).toBeDefined();
    const all: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await list(`limit=50&from=2027-04-01&to=2027-04-02${cursor ? `&cursor=${cursor}` : ''}`);
      all.push(...page.items.map((r) => r.runId));
      cursor = page.nextCursor;
    } while (cursor);
    // Newest first: b started after a.
    expect(all.indexOf(b.runId)).toBeLessThan(all.indexOf(a.runId));
    expectProblem(
      await api('GET', '/v1/evaluations?cursor=nonsense', { token: t.platform }),
      400,
      'validation',
    );
  });
});

describe('Moments: the reconcile job', () => {
  it('repairs drift: a moment stored without its schedule gets one, a scope left over loses its own', async () => {
    const t = await aTenant();
    const p = localPipeline();
    // Stored while the schedules did not hear of it (as when Scheduler failed).
    await p.deps.store.put(
      { kind: 'providerMoments', providerId: t.providerId },
      { moments: [ochtend] },
      { by: 'test', at: '2027-03-01T05:00:00.000Z' },
      {},
    );
    await p.schedules.sync({ employerId: 'gone-employer' }, [ochtend as Moment]);
    const counts = await asLambda.reconcile(p.deps);
    expect(counts.scopesSynced).toBeGreaterThanOrEqual(1);
    expect(counts.scopesRemoved).toBeGreaterThanOrEqual(1);
    const scopes = await p.schedules.scopes();
    expect(scopes).toContainEqual({ providerId: t.providerId });
    expect(scopes).not.toContainEqual({ employerId: 'gone-employer' });
  });
});
