import { describe, expect, it } from 'vitest';
import { uid } from './support/api.js';
import { anEmployee, anEmployerUser, aTenant } from './support/fixtures.js';
import { expectRefused, typedApi } from './support/typed-client.js';

const employerUser = (overrides: Record<string, unknown> = {}) =>
  anEmployerUser('gebruiker', { name: 'Gebruiker', ...overrides });

/** A body off the document, on purpose: the type checker would refuse it otherwise. */
const offDocument = (body: unknown) => body as never;

async function tenantWithUser(options: { product290?: boolean } = {}) {
  const t = await aTenant(options);
  const userId = uid('u');
  await t.put(`/v1/employers/${t.employerId}/users/${userId}`, employerUser());
  const admin = typedApi(await t.providerAdmin());
  const user = { params: { path: { employerId: t.employerId, userId } } };
  return { ...t, userId, admin, user, provider: { params: { path: { providerId: t.providerId } } } };
}

const SETTINGS = '/v1/employers/{employerId}/users/{userId}/signal-settings';
const USER_SET = '/v1/employers/{employerId}/users/{userId}/signal-set';
const SETS = '/v1/providers/{providerId}/signal-sets';
const SET = '/v1/providers/{providerId}/signal-sets/{setId}';

describe('Signal configuration: provider default and user settings (through the typed client)', () => {
  it('a user without settings gets the provider default; none gives nothing; DELETE returns to the default', async () => {
    const t = await tenantWithUser();
    const put = await t.admin.PUT('/v1/providers/{providerId}/signal-settings', {
      ...t.provider,
      body: {
        signals: [
          { signalType: 'BIRTHDAY', daysBefore: [7, 1] },
          { signalType: 'CONTRACT_END', email: true },
        ],
      },
    });
    expect(put.response.status).toBe(200);
    expect(put.data?.signals[1]).toEqual({
      signalType: 'CONTRACT_END',
      daysBefore: [60],
      email: true,
      departmentsOnly: false,
    });

    const fallback = (await t.admin.GET(SETTINGS, t.user)).data;
    expect(fallback).toMatchObject({ mode: 'providerDefault', source: 'providerDefault' });
    expect(fallback?.signals.map((s) => s.signalType)).toEqual(['BIRTHDAY', 'CONTRACT_END']);
    expect(fallback?.updatedBy).toBeTruthy();

    const none = await typedApi(await t.employerAdmin()).PUT(SETTINGS, { ...t.user, body: { mode: 'none' } });
    expect(none.data).toMatchObject({ mode: 'none', source: 'none', signals: [] });

    const custom = await t.admin.PUT(SETTINGS, {
      ...t.user,
      body: {
        mode: 'custom',
        signals: [{ signalType: 'ABSENCE_WEEK_6', daysBefore: [0], email: true, departmentsOnly: true }],
      },
    });
    expect(custom.data).toMatchObject({
      mode: 'custom',
      source: 'user',
      signals: [{ signalType: 'ABSENCE_WEEK_6', source: 'user' }],
    });

    const self = await typedApi(await t.employerUser(t.userId)).GET(SETTINGS, t.user);
    expect(self.response.status).toBe(200);
    expect((await t.admin.DELETE(SETTINGS, t.user)).response.status).toBe(204);
    expect((await t.admin.GET(SETTINGS, t.user)).data?.mode).toBe('providerDefault');
  });

  it('validates with the rules of API.md and lists every issue', async () => {
    const t = await tenantWithUser();
    const r = await t.admin.PUT(SETTINGS, {
      ...t.user,
      body: offDocument({
        mode: 'custom',
        signals: [
          { signalType: 'BIRTHDAY', daysBefore: [1, 1] },
          { signalType: 'BIRTHDAY' },
          { signalType: 'CONTRACT_END', daysBefore: [1, 2, 3, 4] },
          { signalType: 'STATE_PENSION_AGE', daysBefore: [800] },
        ],
      }),
    });
    const problem = expectRefused(r, 400, 'validation');
    expect((problem.errors ?? []).map((e) => e.path).sort()).toEqual([
      'body.signals.0.daysBefore',
      'body.signals.1.signalType',
      'body.signals.2.daysBefore',
      'body.signals.3.daysBefore.0',
    ]);
    expectRefused(
      await t.admin.PUT(SETTINGS, { ...t.user, body: { mode: 'custom', signals: [] } }),
      400,
      'validation',
    );
    const provider = await t.admin.PUT('/v1/providers/{providerId}/signal-settings', {
      ...t.provider,
      body: { signals: [{ signalType: 'BIRTHDAY', departmentsOnly: true }] },
    });
    expect(expectRefused(provider, 400, 'validation').errors?.[0]?.path).toBe(
      'body.signals.0.departmentsOnly',
    );
  });

  it('answers 409 product-not-active for an employer without product 290', async () => {
    const t = await tenantWithUser({ product290: false });
    expectRefused(await t.admin.GET(SETTINGS, t.user), 409, 'product-not-active');
  });

  it('keeps a provider user override apart from the default', async () => {
    const t = await tenantWithUser();
    const pu = uid('pu');
    await t.put(`/v1/providers/${t.providerId}/users/${pu}`, {
      email: 'pu@example.nl',
      name: 'AK',
      locale: 'nl',
      active: true,
    });
    const path = '/v1/providers/{providerId}/users/{userId}/signal-settings';
    const providerUser = { params: { path: { providerId: t.providerId, userId: pu } } };
    const r = await t.admin.PUT(path, {
      ...providerUser,
      body: { mode: 'custom', signals: [{ signalType: 'STATE_PENSION_AGE' }] },
    });
    expect(r.data).toMatchObject({
      mode: 'custom',
      source: 'user',
      signals: [{ signalType: 'STATE_PENSION_AGE', daysBefore: [90] }],
    });
    expectRefused(
      await t.admin.PUT(path, {
        ...providerUser,
        body: { mode: 'custom', signals: [{ signalType: 'BIRTHDAY', departmentsOnly: true }] },
      }),
      400,
      'validation',
    );
    expectRefused(
      await t.admin.GET(path, { params: { path: { providerId: t.providerId, userId: 'nobody' } } }),
      404,
      'not-found',
    );
  });
});

describe('Signal configuration: signal sets (through the typed client)', () => {
  it('select, activate, outdated after a change, reapply brings the user to the new version', async () => {
    const t = await tenantWithUser();
    const created = await t.admin.POST(SETS, {
      ...t.provider,
      body: { name: 'Standaard', signals: [{ signalType: 'BIRTHDAY' }] },
    });
    expect(created.response.status).toBe(201);
    const { setId, version } = created.data!;
    expect(version).toBe(1);
    const set = { params: { path: { providerId: t.providerId, setId } } };

    expectRefused(await t.admin.POST(`${USER_SET}/activate`, t.user), 400, 'validation');
    const selected = await t.admin.PUT(USER_SET, { ...t.user, body: { setId } });
    expect(selected.data).toMatchObject({
      mode: 'providerDefault',
      signalSet: { selectedSetId: setId, appliedSetId: null },
    });
    const activated = await typedApi(await t.employerAdmin()).POST(`${USER_SET}/activate`, t.user);
    expect(activated.data).toMatchObject({
      mode: 'custom',
      source: 'signalSet',
      signals: [{ signalType: 'BIRTHDAY', source: 'signalSet' }],
      signalSet: {
        selectedSetId: setId,
        appliedSetId: setId,
        appliedVersion: 1,
        currentVersion: 1,
        outdated: false,
      },
    });

    const changed = await t.admin.PUT(SET, {
      ...set,
      body: {
        name: 'Standaard',
        signals: [{ signalType: 'BIRTHDAY' }, { signalType: 'CONTRACT_END', email: true }],
      },
    });
    expect(changed.data?.version).toBe(2);
    expect((await t.admin.GET(SETTINGS, t.user)).data?.signalSet).toMatchObject({
      appliedVersion: 1,
      currentVersion: 2,
      outdated: true,
    });

    const reapplied = await t.admin.POST(`${SET}/reapply`, set);
    expect(reapplied.data).toEqual({ usersUpdated: 1 });
    const after = (await t.admin.GET(SETTINGS, t.user)).data;
    expect(after?.signalSet).toMatchObject({ appliedVersion: 2, outdated: false });
    expect(after?.signals.map((s) => s.signalType)).toEqual(['BIRTHDAY', 'CONTRACT_END']);
    expect((await t.admin.POST(`${SET}/reapply`, set)).data).toEqual({ usersUpdated: 0 });

    expectRefused(await t.admin.DELETE(SET, set), 409, 'conflict');
    const list = await t.admin.GET(SETS, t.provider);
    expect(list.data?.items.map((s) => s.setId)).toEqual([setId]);
  });

  it('deletes a set nobody selected; an unknown set is a 404', async () => {
    const t = await tenantWithUser();
    const { data } = await t.admin.POST(SETS, {
      ...t.provider,
      body: { name: 'Leeg', signals: [{ signalType: 'BIRTHDAY' }] },
    });
    const set = { params: { path: { providerId: t.providerId, setId: data!.setId } } };
    expect((await t.admin.DELETE(SET, set)).response.status).toBe(204);
    expectRefused(await t.admin.GET(SET, set), 404, 'not-found');
    expectRefused(await t.admin.PUT(USER_SET, { ...t.user, body: { setId: 'nope' } }), 404, 'not-found');
  });

  it('lets 20 parallel selects and 10 parallel activations without a precondition all succeed, never 412', async () => {
    const t = await tenantWithUser();
    const ids: string[] = [];
    for (const name of ['A', 'B']) {
      const created = await t.admin.POST(SETS, {
        ...t.provider,
        body: { name, signals: [{ signalType: name === 'A' ? 'BIRTHDAY' : 'CONTRACT_END' }] },
      });
      ids.push(created.data!.setId);
    }
    const selects = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        t.admin.PUT(USER_SET, { ...t.user, body: { setId: ids[i % 2]! } }),
      ),
    );
    expect(selects.map((r) => r.response.status)).toEqual(Array(20).fill(200));
    const selected = (await t.admin.GET(SETTINGS, t.user)).data?.signalSet?.selectedSetId;
    expect(ids).toContain(selected);

    const activations = await Promise.all(
      Array.from({ length: 10 }, () => t.admin.POST(`${USER_SET}/activate`, t.user)),
    );
    expect(activations.map((r) => r.response.status)).toEqual(Array(10).fill(200));
    const final = await t.admin.GET(SETTINGS, t.user);
    expect(final.data).toMatchObject({
      mode: 'custom',
      source: 'signalSet',
      signalSet: { selectedSetId: selected, appliedSetId: selected, appliedVersion: 1, outdated: false },
    });
    // With a stale If-Match the caller still gets its 412.
    const etag = final.response.headers.get('etag')!;
    expect(etag).toBeTruthy();
    await t.admin.PUT(SETTINGS, { ...t.user, body: { mode: 'none' } });
    expectRefused(
      await t.admin.PUT(SETTINGS, {
        params: { ...t.user.params, header: { 'If-Match': etag } },
        body: { mode: 'none' },
      }),
      412,
      'precondition-failed',
    );
  });
});

describe('Signal configuration: custom signals and preview (through the typed client)', () => {
  const CUSTOM = '/v1/employers/{employerId}/employees/{employeeId}/custom-signals';
  const ONE = '/v1/employers/{employerId}/employees/{employeeId}/custom-signals/{customSignalId}';

  it('creates, reads, replaces, lists and deletes a custom signal; a department manager cannot touch other departments', async () => {
    const t = await tenantWithUser();
    const base = `/v1/employers/${t.employerId}`;
    await t.put(`${base}/employees/s1`, anEmployee({ departmentId: 'sales' }));
    await t.put(`${base}/employees/o1`, anEmployee({ departmentId: 'ops' }));
    const manager = uid('mgr');
    await t.put(
      `${base}/users/${manager}`,
      employerUser({ departmentIds: ['sales'], isDepartmentManager: true }),
    );
    const mgr = typedApi(await t.employerUser(manager));
    const of = (employeeId: string) => ({ params: { path: { employerId: t.employerId, employeeId } } });
    const body = {
      date: '2026-12-15',
      text: 'VOG opnieuw aanvragen',
      expiryDate: '2027-12-31',
      recurrence: { every: 2, unit: 'weeks' as const, count: 4 },
    };
    const created = await mgr.POST(CUSTOM, { ...of('s1'), body });
    expect(created.response.status).toBe(201);
    const id = created.data!.customSignalId;
    expect(created.data).toMatchObject({ ...body, employeeId: 's1', updatedBy: manager });
    expectRefused(await mgr.POST(CUSTOM, { ...of('o1'), body }), 403, 'forbidden');
    const one = {
      employerId: t.employerId,
      employeeId: 's1',
      customSignalId: id,
    };
    const replaced = await mgr.PUT(ONE, {
      params: { path: one, header: { 'If-Match': created.response.headers.get('etag')! } },
      body: { ...body, text: 'VOG aanvragen' },
    });
    expect(replaced.data?.text).toBe('VOG aanvragen');
    expect((await mgr.GET(CUSTOM, of('s1'))).data?.items).toHaveLength(1);
    expectRefused(
      await mgr.POST(CUSTOM, { ...of('s1'), body: { ...body, expiryDate: '2026-01-01' } }),
      400,
      'validation',
    );
    expect((await mgr.DELETE(ONE, { params: { path: one } })).response.status).toBe(204);
    expectRefused(await mgr.GET(ONE, { params: { path: one } }), 404, 'not-found');
  });

  it('previews per run date under effective or candidate settings; a department manager sees only own departments', async () => {
    const t = await tenantWithUser();
    const base = `/v1/employers/${t.employerId}`;
    const manager = uid('mgr');
    await t.put(
      `${base}/users/${manager}`,
      employerUser({ departmentIds: ['sales'], isDepartmentManager: true }),
    );
    await t.put(`${base}/employees/s1`, anEmployee({ birthDate: '1980-12-10', departmentId: 'sales' }));
    await t.put(`${base}/employees/o1`, anEmployee({ birthDate: '1980-12-12', departmentId: 'ops' }));
    const theManager = { params: { path: { employerId: t.employerId, userId: manager } } };
    await t.admin.PUT(SETTINGS, {
      ...theManager,
      body: {
        mode: 'custom',
        signals: [{ signalType: 'BIRTHDAY', daysBefore: [3], departmentsOnly: true, email: true }],
      },
    });
    const PREVIEW = '/v1/employers/{employerId}/users/{userId}/signal-preview';
    const preview = await typedApi(await t.employerUser(manager)).POST(PREVIEW, {
      ...theManager,
      body: { from: '2026-12-01', days: 30 },
    });
    expect(preview.response.status).toBe(200);
    expect(preview.data?.items).toEqual([
      {
        runDate: '2026-12-07',
        signalType: 'BIRTHDAY',
        employeeId: 's1',
        eventDate: '2026-12-10',
        daysBefore: 3,
        email: true,
        // A birthday is no versioned law.
        ruleVersion: null,
      },
    ]);
    const candidate = await t.admin.POST(PREVIEW, {
      ...theManager,
      body: {
        from: '2026-12-01',
        days: 30,
        settings: { mode: 'custom', signals: [{ signalType: 'BIRTHDAY', daysBefore: [0] }] },
      },
    });
    expect(candidate.data?.items.map((i) => `${i.employeeId}@${i.runDate}`)).toEqual([
      's1@2026-12-10',
      'o1@2026-12-12',
    ]);
    const none = await t.admin.POST(PREVIEW, {
      ...theManager,
      body: { days: 30, settings: { mode: 'none' } },
    });
    expect(none.data?.items).toEqual([]);
  });
});
