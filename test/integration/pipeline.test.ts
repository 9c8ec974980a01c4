import { describe, expect, it } from 'vitest';
import { evaluateEmployer, handleEvaluateMessage } from '../../shared/app/pipeline/evaluate-employer.js';
import { RUN_SWEPT_MESSAGE } from '../../shared/app/pipeline/sweep-runs.js';
import { api, tokenFor, uid } from './support/api.js';
import { anEmployee, anEmployerUser, aTenant } from './support/fixtures.js';
import { asLambda, localPipeline, mailsTo } from './support/pipeline.js';
import { expectRefused, typedApi } from './support/typed-client.js';

const R = '2027-03-01';

const user = (userId: string, overrides: Record<string, unknown> = {}) =>
  anEmployerUser(userId, { name: userId, ...overrides });

/** Provider with two employers (one without product 290), users of each kind, employees with events near R. */
async function scenario() {
  const t = await aTenant();
  const admin = await t.providerAdmin();
  const e2 = uid('e2');
  await t.put(`/v1/employers/${e2}`, { providerId: t.providerId, name: 'Zonder 290' });
  const ids = {
    admin: uid('adm'),
    manager: uid('mgr'),
    dflt: uid('dfl'),
    none: uid('none'),
    other: uid('e2u'),
    pu: uid('pu'),
  };
  const e1 = t.employerId;
  await t.put(`/v1/providers/${t.providerId}/users/${ids.pu}`, {
    email: `${ids.pu}@example.nl`,
    name: 'AK',
    locale: 'nl',
    active: true,
  });
  await t.put(`/v1/employers/${e1}/users/${ids.admin}`, user(ids.admin));
  await t.put(
    `/v1/employers/${e1}/users/${ids.manager}`,
    user(ids.manager, { departmentIds: ['sales'], isDepartmentManager: true }),
  );
  await t.put(`/v1/employers/${e1}/users/${ids.dflt}`, user(ids.dflt));
  await t.put(`/v1/employers/${e1}/users/${ids.none}`, user(ids.none));
  await t.put(`/v1/employers/${e2}/users/${ids.other}`, user(ids.other));
  await api('PUT', `/v1/providers/${t.providerId}/signal-settings`, {
    token: admin,
    body: { signals: [{ signalType: 'BIRTHDAY', daysBefore: [7], email: true }] },
  });
  const settings = (u: string, body: unknown) =>
    api('PUT', `/v1/employers/${e1}/users/${u}/signal-settings`, { token: admin, body });
  await settings(ids.admin, {
    mode: 'custom',
    signals: [{ signalType: 'CONTRACT_END', daysBefore: [30], email: true }],
  });
  await settings(ids.manager, {
    mode: 'custom',
    signals: [{ signalType: 'BIRTHDAY', daysBefore: [7], departmentsOnly: true }],
  });
  await settings(ids.none, { mode: 'none' });
  await t.put(
    `/v1/employers/${e1}/employees/x1`,
    anEmployee({
      birthDate: '1980-03-04',
      departmentId: 'sales',
      contracts: [{ contractId: 'c1', startDate: '2026-06-01', endDate: '2027-03-21', type: 'fixedTerm' }],
    }),
  );
  await t.put(
    `/v1/employers/${e1}/employees/x2`,
    anEmployee({ birthDate: '1985-03-05', departmentId: 'ops' }),
  );
  await t.put(`/v1/employers/${e2}/employees/x3`, anEmployee({ birthDate: '1985-03-05' }));
  const tokenOf = (sub: string, employerId = e1) =>
    tokenFor({
      sub,
      user_type: 'employer',
      provider_id: t.providerId,
      employer_id: employerId,
      scope: 'signals:use',
    });
  const listOf = async (token: string) =>
    (await api('GET', '/v1/me/signals?limit=100', { token })).json.items as Array<Record<string, string>>;
  return { ...t, e1, e2, ids, admin, tokenOf, listOf };
}

const summary = (items: Array<Record<string, string>>) =>
  items.map((s) => `${s.signalType}:${s.employeeId}:${s.eventDate}`).sort();

describe('Pipeline: evaluation', () => {
  it('gives each user exactly the signals the rules say, and nobody another tenant’s', async () => {
    const s = await scenario();
    const p = localPipeline();
    const run = await p.run(R, [s.e1, s.e2]);
    expect(run).toMatchObject({ status: 'completed', employers: { total: 1, done: 1, failed: 0 } });

    expect(summary(await s.listOf(await s.tokenOf(s.ids.admin)))).toEqual(['CONTRACT_END:x1:2027-03-21']);
    expect(summary(await s.listOf(await s.tokenOf(s.ids.manager)))).toEqual(['BIRTHDAY:x1:2027-03-04']);
    expect(summary(await s.listOf(await s.tokenOf(s.ids.dflt)))).toEqual([
      'BIRTHDAY:x1:2027-03-04',
      'BIRTHDAY:x2:2027-03-05',
    ]);
    expect(await s.listOf(await s.tokenOf(s.ids.none))).toEqual([]);
    expect(await s.listOf(await s.tokenOf(s.ids.other, s.e2))).toEqual([]);
    const pu = await tokenFor({
      sub: s.ids.pu,
      user_type: 'provider',
      provider_id: s.providerId,
      scope: 'signals:use',
    });
    const puList = await s.listOf(pu);
    expect(summary(puList)).toEqual(['BIRTHDAY:x1:2027-03-04', 'BIRTHDAY:x2:2027-03-05']);
    expect(new Set(puList.map((x) => x.employerId))).toEqual(new Set([s.e1]));
    // A user of another provider with the same user id reaches nothing: no such user there.
    const stranger = await tokenFor({
      sub: s.ids.pu,
      user_type: 'provider',
      provider_id: uid('p'),
      scope: 'signals:use',
    });
    expect((await api('GET', '/v1/me/signals', { token: stranger })).status).toBe(403);
    expect((await p.signalItems(s.e1)).length).toBe(6);
    expect(await p.signalItems(s.e2)).toEqual([]);
  });

  it('creates nothing twice: a rerun, a redelivered message, two workers at once', async () => {
    const s = await scenario();
    const p = localPipeline();
    await p.run(R, [s.e1]);
    const before = (await p.signalItems(s.e1)).map((x) => x.signalId).sort();

    const rerun = await p.run(R, [s.e1]);
    expect(rerun.signalsCreated).toBe(0);

    const message = { runId: rerun.runId, employerId: s.e1, date: R };
    await handleEvaluateMessage(p.deps, message, 1, 3);
    await Promise.all([evaluateEmployer(p.deps, message), evaluateEmployer(p.deps, message)]);
    const after = await p.signalItems(s.e1);
    expect(after.map((x) => x.signalId).sort()).toEqual(before);
    const runAfter = await p.deps.runs.getRun(rerun.runId);
    expect(runAfter?.employers).toEqual({ total: 1, done: 1, failed: 0 });
  });

  it('a worker that dies half-way: the retry takes over, adopts what it left, and counts each signal once', async () => {
    const s = await scenario();
    const p = localPipeline();
    const realPut = p.deps.signals.putNew.bind(p.deps.signals);
    let deaths = 0;
    p.deps.signals.putNew = async (signals) => {
      deaths += 1;
      // Two signals written, then the worker dies.
      await realPut(signals.slice(0, 2));
      throw new Error('injected: the worker died');
    };
    const run = await p.run(R, [s.e1]);
    expect(deaths).toBe(1);
    expect(run).toMatchObject({ status: 'completed', signalsCreated: 6, employers: { done: 1, failed: 0 } });
    const items = await p.signalItems(s.e1);
    expect(items.length).toBe(6);
    expect(new Set(items.map((x) => x.signalId)).size).toBe(6);
  });

  it('a run that failed for good half-way, rerun, completes with each signal once', async () => {
    const s = await scenario();
    const p = localPipeline();
    const real = {
      putNew: p.deps.signals.putNew.bind(p.deps.signals),
      putIfAbsent: p.deps.signals.putIfAbsent.bind(p.deps.signals),
    };
    p.deps.signals.putNew = async (signals) => {
      await real.putNew(signals.slice(0, 2));
      throw new Error('injected: the worker died');
    };
    p.deps.signals.putIfAbsent = async () => {
      throw new Error('injected: DynamoDB is down');
    };
    const failed = await p.run(R, [s.e1]);
    expect(failed.employers.failed).toBe(1);
    expect(p.queues.evaluate.deadLetters).toHaveLength(1);
    expect((await p.signalItems(s.e1)).length).toBe(2);

    Object.assign(p.deps.signals, real);
    const rerun = await p.run(R, [s.e1]);
    // The two left by the failed run were never recorded (nor mailed): the rerun adopts them.
    expect(rerun).toMatchObject({ status: 'completed', signalsCreated: 6 });
    const items = await p.signalItems(s.e1);
    expect(items.length).toBe(6);
    expect(new Set(items.map((x) => x.signalId)).size).toBe(6);
  });

  it("a dead-lettered employer redriven after its run completed: the run's counts move to done, and its users get their digest", async () => {
    const s = await scenario();
    const p = localPipeline();
    const real = {
      putNew: p.deps.signals.putNew.bind(p.deps.signals),
      putIfAbsent: p.deps.signals.putIfAbsent.bind(p.deps.signals),
    };
    const down = async (): Promise<never> => {
      throw new Error('injected: DynamoDB is down');
    };
    Object.assign(p.deps.signals, { putNew: down, putIfAbsent: down });
    const failed = await p.run(R, [s.e1]);
    expect(failed.employers).toEqual({ total: 1, done: 0, failed: 1 });
    expect(await mailsTo(`${s.ids.admin}@example.nl`)).toEqual([]);

    // The operator redrives the dead letter once the cause is gone.
    Object.assign(p.deps.signals, real);
    const [dead] = p.queues.evaluate.deadLetters.splice(0);
    await p.deps.evaluateQueue.send([dead!.message]);
    await p.drain();
    const redriven = await p.deps.runs.getRun(failed.runId);
    expect(redriven).toMatchObject({ employers: { total: 1, done: 1, failed: 0 }, signalsCreated: 6 });
    // The admin's contract-end signal is mailed (once, whatever else is redelivered).
    expect(await mailsTo(`${s.ids.admin}@example.nl`)).toHaveLength(1);
    expect(redriven!.digests.failed).toBe(0);
  });

  it('closes a run left running past its bound as failed, with the employers it misses, and says so', async () => {
    const p = localPipeline();
    const runId = uid('run');
    await p.deps.runs.createRun({
      runId,
      moment: 'manual',
      trigger: 'manual',
      scope: null,
      date: R,
      status: 'running',
      employers: { total: 2, done: 0, failed: 0 },
      signalsCreated: 0,
      signalsWithdrawn: 0,
      emailsSent: 0,
      startedAt: '2027-03-01T01:00:00.000Z',
      finishedAt: null,
    });
    await p.deps.runs.markEmployer(
      runId,
      'e-x',
      'done',
      { created: 0, withdrawn: 0 },
      '2027-03-01T01:01:00.000Z',
    );
    const errors: string[] = [];
    const logger = { info: () => undefined, warn: () => undefined, error: (m: string) => errors.push(m) };
    // Within its bound (the clock says 05:00, it started at 01:00): left alone.
    expect(await asLambda.sweep({ ...p.deps, logger }, 300)).toEqual([]);
    const closed = await asLambda.sweep({ ...p.deps, logger }, 120);
    expect(closed).toEqual([{ runId, employersMissing: 1 }]);
    expect(await p.deps.runs.getRun(runId)).toMatchObject({ status: 'failed', employersMissing: 1 });
    expect(errors).toEqual([RUN_SWEPT_MESSAGE]);
    // Once closed, never again.
    expect(await asLambda.sweep({ ...p.deps, logger }, 120)).toEqual([]);
  });

  it('catches up a skipped day', async () => {
    const s = await scenario();
    const p = localPipeline();
    await api('PUT', `/v1/employers/${s.e1}/users/${s.ids.none}/signal-settings`, {
      token: s.admin,
      body: { mode: 'custom', signals: [{ signalType: 'BIRTHDAY', daysBefore: [1] }] },
    });
    // x2's birthday is 5 March: signal date 4 March. Runs on 1 and 7 March only.
    await p.run('2027-03-01', [s.e1]);
    expect(await s.listOf(await s.tokenOf(s.ids.none))).toEqual([]);
    await p.run('2027-03-07', [s.e1]);
    expect(summary(await s.listOf(await s.tokenOf(s.ids.none)))).toEqual([
      'BIRTHDAY:x1:2027-03-04',
      'BIRTHDAY:x2:2027-03-05',
    ]);
  });

  it('withdraws the signal of a contract extended between runs and creates the new one', async () => {
    const s = await scenario();
    const p = localPipeline();
    await p.run(R, [s.e1]);
    await s.put(
      `/v1/employers/${s.e1}/employees/x1`,
      anEmployee({
        birthDate: '1980-03-04',
        departmentId: 'sales',
        contracts: [{ contractId: 'c1', startDate: '2026-06-01', endDate: '2027-03-28', type: 'fixedTerm' }],
      }),
    );
    const second = await p.run('2027-03-02', [s.e1]);
    expect(second.signalsWithdrawn).toBe(1);
    const list = await s.listOf(await s.tokenOf(s.ids.admin));
    expect(list.map((x) => `${x.eventDate}:${x.status}`).sort()).toEqual([
      '2027-03-21:withdrawn',
      '2027-03-28:unread',
    ]);
  });

  it('marks signals read and handled (who and when), and all read (through the typed client)', async () => {
    const s = await scenario();
    const p = localPipeline();
    await p.run(R, [s.e1]);
    const user = typedApi(await s.tokenOf(s.ids.dflt));
    const [first] = await s.listOf(await s.tokenOf(s.ids.dflt));
    const signal = { params: { path: { signalId: first!.signalId! } } };
    const read = await user.PATCH('/v1/me/signals/{signalId}', { ...signal, body: { read: true } });
    expect(read.data).toMatchObject({ status: 'read' });
    expect(read.data?.readAt).toBeTruthy();
    const handled = await user.PATCH('/v1/me/signals/{signalId}', {
      ...signal,
      body: { handled: true, note: 'Kaart gestuurd' },
    });
    expect(handled.data).toMatchObject({ status: 'handled', handledBy: s.ids.dflt, note: 'Kaart gestuurd' });
    const withStatus = async (status: 'handled' | 'unread') =>
      (await user.GET('/v1/me/signals', { params: { query: { status } } })).data?.items;
    expect(await withStatus('handled')).toHaveLength(1);
    expect((await user.POST('/v1/me/signals/read-all')).data).toEqual({ updated: 1 });
    expect(await withStatus('unread')).toEqual([]);
    const other = typedApi(await s.tokenOf(s.ids.admin));
    expectRefused(
      await other.PATCH('/v1/me/signals/{signalId}', { ...signal, body: { read: true } }),
      404,
      'not-found',
    );
  });

  it('runs over HTTP: POST /v1/evaluations answers 202 and the run completes (through the typed client)', async () => {
    const s = await scenario();
    const platform = typedApi(s.platform);
    const started = await platform.POST('/v1/evaluations', { body: { date: R, employerIds: [s.e1] } });
    expect(started.response.status).toBe(202);
    expect(started.response.headers.get('location')).toBe(`/v1/evaluations/${started.data?.runId}`);
    const run = { params: { path: { runId: started.data!.runId } } };
    let answer = await platform.GET('/v1/evaluations/{runId}', run);
    for (let i = 0; i < 100 && answer.data?.status !== 'completed'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      answer = await platform.GET('/v1/evaluations/{runId}', run);
    }
    expect(answer.data).toMatchObject({
      status: 'completed',
      date: R,
      employers: { total: 1, done: 1, failed: 0 },
    });
    expectRefused(
      await platform.GET('/v1/evaluations/{runId}', { params: { path: { runId: 'nope' } } }),
      404,
      'not-found',
    );
  });
});
