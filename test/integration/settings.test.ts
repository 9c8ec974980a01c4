import { describe, expect, it } from 'vitest';
import { api, expectProblem, uid } from './support/api.js';
import { anEmployee, anEmployerUser, aTenant } from './support/fixtures.js';

const employerUser = (overrides: Record<string, unknown> = {}) =>
  anEmployerUser('gebruiker', { name: 'Gebruiker', ...overrides });

async function tenantWithUser(options: { product290?: boolean } = {}) {
  const t = await aTenant(options);
  const userId = uid('u');
  await t.put(`/v1/employers/${t.employerId}/users/${userId}`, employerUser());
  const admin = await t.providerAdmin();
  return {
    ...t,
    userId,
    admin,
    settingsPath: `/v1/employers/${t.employerId}/users/${userId}/signal-settings`,
  };
}

describe('Signal configuration: provider default and user settings', () => {
  it('a user without settings gets the provider default; none gives nothing; DELETE returns to the default', async () => {
    const t = await tenantWithUser();
    const put = await api('PUT', `/v1/providers/${t.providerId}/signal-settings`, {
      token: t.admin,
      body: {
        signals: [
          { signalType: 'BIRTHDAY', daysBefore: [7, 1] },
          { signalType: 'CONTRACT_END', email: true },
        ],
      },
    });
    expect(put.status).toBe(200);
    expect(put.json.signals[1]).toEqual({
      signalType: 'CONTRACT_END',
      daysBefore: [60],
      email: true,
      departmentsOnly: false,
    });

    const fallback = await api('GET', t.settingsPath, { token: t.admin });
    expect(fallback.json).toMatchObject({ mode: 'providerDefault', source: 'providerDefault' });
    expect(fallback.json.signals.map((s: { signalType: string }) => s.signalType)).toEqual([
      'BIRTHDAY',
      'CONTRACT_END',
    ]);
    expect(fallback.json.updatedBy).toBeTruthy();

    const none = await api('PUT', t.settingsPath, { token: await t.employerAdmin(), body: { mode: 'none' } });
    expect(none.json).toMatchObject({ mode: 'none', source: 'none', signals: [] });

    const custom = await api('PUT', t.settingsPath, {
      token: t.admin,
      body: {
        mode: 'custom',
        signals: [{ signalType: 'ABSENCE_WEEK_6', daysBefore: [0], email: true, departmentsOnly: true }],
      },
    });
    expect(custom.json).toMatchObject({
      mode: 'custom',
      source: 'user',
      signals: [{ signalType: 'ABSENCE_WEEK_6', source: 'user' }],
    });

    const self = await api('GET', t.settingsPath, { token: await t.employerUser(t.userId) });
    expect(self.status).toBe(200);
    expect((await api('DELETE', t.settingsPath, { token: t.admin })).status).toBe(204);
    expect((await api('GET', t.settingsPath, { token: t.admin })).json.mode).toBe('providerDefault');
  });

  it('validates with the rules of API.md and lists every issue', async () => {
    const t = await tenantWithUser();
    const r = await api('PUT', t.settingsPath, {
      token: t.admin,
      body: {
        mode: 'custom',
        signals: [
          { signalType: 'BIRTHDAY', daysBefore: [1, 1] },
          { signalType: 'BIRTHDAY' },
          { signalType: 'CONTRACT_END', daysBefore: [1, 2, 3, 4] },
          { signalType: 'STATE_PENSION_AGE', daysBefore: [800] },
        ],
      },
    });
    expectProblem(r, 400, 'validation');
    expect(r.json.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      'body.signals.0.daysBefore',
      'body.signals.1.signalType',
      'body.signals.2.daysBefore',
      'body.signals.3.daysBefore.0',
    ]);
    expectProblem(
      await api('PUT', t.settingsPath, { token: t.admin, body: { mode: 'custom', signals: [] } }),
      400,
      'validation',
    );
    const provider = await api('PUT', `/v1/providers/${t.providerId}/signal-settings`, {
      token: t.admin,
      body: { signals: [{ signalType: 'BIRTHDAY', departmentsOnly: true }] },
    });
    expectProblem(provider, 400, 'validation');
    expect(provider.json.errors[0].path).toBe('body.signals.0.departmentsOnly');
  });

  it('answers 409 product-not-active for an employer without product 290', async () => {
    const t = await tenantWithUser({ product290: false });
    expectProblem(await api('GET', t.settingsPath, { token: t.admin }), 409, 'product-not-active');
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
    const path = `/v1/providers/${t.providerId}/users/${pu}/signal-settings`;
    const r = await api('PUT', path, {
      token: t.admin,
      body: { mode: 'custom', signals: [{ signalType: 'STATE_PENSION_AGE' }] },
    });
    expect(r.json).toMatchObject({
      mode: 'custom',
      source: 'user',
      signals: [{ signalType: 'STATE_PENSION_AGE', daysBefore: [90] }],
    });
    expectProblem(
      await api('PUT', path, {
        token: t.admin,
        body: { mode: 'custom', signals: [{ signalType: 'BIRTHDAY', departmentsOnly: true }] },
      }),
      400,
      'validation',
    );
    expectProblem(
      await api('GET', `/v1/providers/${t.providerId}/users/nobody/signal-settings`, { token: t.admin }),
      404,
      'not-found',
    );
  });
});

describe('Signal configuration: signal sets', () => {
  it('select, activate, outdated after a change, reapply brings the user to the new version', async () => {
    const t = await tenantWithUser();
    const sets = `/v1/providers/${t.providerId}/signal-sets`;
    const created = await api('POST', sets, {
      token: t.admin,
      body: { name: 'Standaard', signals: [{ signalType: 'BIRTHDAY' }] },
    });
    expect(created.status).toBe(201);
    const { setId, version } = created.json;
    expect(version).toBe(1);

    const userSet = `/v1/employers/${t.employerId}/users/${t.userId}/signal-set`;
    expectProblem(await api('POST', `${userSet}/activate`, { token: t.admin }), 400, 'validation');
    const selected = await api('PUT', userSet, { token: t.admin, body: { setId } });
    expect(selected.json).toMatchObject({
      mode: 'providerDefault',
      signalSet: { selectedSetId: setId, appliedSetId: null },
    });
    const activated = await api('POST', `${userSet}/activate`, { token: await t.employerAdmin() });
    expect(activated.json).toMatchObject({
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

    const changed = await api('PUT', `${sets}/${setId}`, {
      token: t.admin,
      body: {
        name: 'Standaard',
        signals: [{ signalType: 'BIRTHDAY' }, { signalType: 'CONTRACT_END', email: true }],
      },
    });
    expect(changed.json.version).toBe(2);
    expect((await api('GET', t.settingsPath, { token: t.admin })).json.signalSet).toMatchObject({
      appliedVersion: 1,
      currentVersion: 2,
      outdated: true,
    });

    const reapplied = await api('POST', `${sets}/${setId}/reapply`, { token: t.admin });
    expect(reapplied.json).toEqual({ usersUpdated: 1 });
    const after = await api('GET', t.settingsPath, { token: t.admin });
    expect(after.json.signalSet).toMatchObject({ appliedVersion: 2, outdated: false });
    expect(after.json.signals.map((s: { signalType: string }) => s.signalType)).toEqual([
      'BIRTHDAY',
      'CONTRACT_END',
    ]);
    expect((await api('POST', `${sets}/${setId}/reapply`, { token: t.admin })).json).toEqual({
      usersUpdated: 0,
    });

    expectProblem(await api('DELETE', `${sets}/${setId}`, { token: t.admin }), 409, 'conflict');
    const list = await api('GET', sets, { token: t.admin });
    expect(list.json.items.map((s: { setId: string }) => s.setId)).toEqual([setId]);
  });

  it('deletes a set nobody selected; an unknown set is a 404', async () => {
    const t = await tenantWithUser();
    const sets = `/v1/providers/${t.providerId}/signal-sets`;
    const { json } = await api('POST', sets, {
      token: t.admin,
      body: { name: 'Leeg', signals: [{ signalType: 'BIRTHDAY' }] },
    });
    expect((await api('DELETE', `${sets}/${json.setId}`, { token: t.admin })).status).toBe(204);
    expectProblem(await api('GET', `${sets}/${json.setId}`, { token: t.admin }), 404, 'not-found');
    const select = await api('PUT', `/v1/employers/${t.employerId}/users/${t.userId}/signal-set`, {
      token: t.admin,
      body: { setId: 'nope' },
    });
    expectProblem(select, 404, 'not-found');
  });

  it('lets 20 parallel selects and 10 parallel activations without a precondition all succeed, never 412', async () => {
    const t = await tenantWithUser();
    const sets = `/v1/providers/${t.providerId}/signal-sets`;
    const ids: string[] = [];
    for (const name of ['A', 'B']) {
      const created = await api('POST', sets, {
        token: t.admin,
        body: { name, signals: [{ signalType: name === 'A' ? 'BIRTHDAY' : 'CONTRACT_END' }] },
      });
      ids.push(created.json.setId);
    }
    const userSet = `/v1/employers/${t.employerId}/users/${t.userId}/signal-set`;
    const selects = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        api('PUT', userSet, { token: t.admin, body: { setId: ids[i % 2] } }),
      ),
    );
    expect(selects.map((r) => r.status)).toEqual(Array(20).fill(200));
    const selected = (await api('GET', t.settingsPath, { token: t.admin })).json.signalSet.selectedSetId;
    expect(ids).toContain(selected);

    const activations = await Promise.all(
      Array.from({ length: 10 }, () => api('POST', `${userSet}/activate`, { token: t.admin })),
    );
    expect(activations.map((r) => r.status)).toEqual(Array(10).fill(200));
    const final = (await api('GET', t.settingsPath, { token: t.admin })).json;
    expect(final).toMatchObject({
      mode: 'custom',
      source: 'signalSet',
      signalSet: { selectedSetId: selected, appliedSetId: selected, appliedVersion: 1, outdated: false },
    });
    // With a stale If-Match the caller still gets its 412.
    const etag = (await api('GET', t.settingsPath, { token: t.admin })).headers.get('etag')!;
    expect(etag).toBeTruthy();
    await api('PUT', t.settingsPath, { token: t.admin, body: { mode: 'none' } });
    expectProblem(
      await api('PUT', t.settingsPath, {
        token: t.admin,
        body: { mode: 'none' },
        headers: { 'if-match': etag },
      }),
      412,
      'precondition-failed',
    );
  });
});

describe('Signal configuration: custom signals and preview', () => {
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
    const mgr = await t.employerUser(manager);
    const body = {
      date: '2026-12-15',
      text: 'VOG opnieuw aanvragen',
      expiryDate: '2027-12-31',
      recurrence: { every: 2, unit: 'weeks', count: 4 },
    };
    const created = await api('POST', `${base}/employees/s1/custom-signals`, { token: mgr, body });
    expect(created.status).toBe(201);
    const id = created.json.customSignalId;
    expect(created.json).toMatchObject({ ...body, employeeId: 's1', updatedBy: manager });
    expectProblem(
      await api('POST', `${base}/employees/o1/custom-signals`, { token: mgr, body }),
      403,
      'forbidden',
    );
    const replaced = await api('PUT', `${base}/employees/s1/custom-signals/${id}`, {
      token: mgr,
      body: { ...body, text: 'VOG aanvragen' },
      headers: { 'if-match': created.headers.get('etag')! },
    });
    expect(replaced.json.text).toBe('VOG aanvragen');
    expect((await api('GET', `${base}/employees/s1/custom-signals`, { token: mgr })).json.items).toHaveLength(
      1,
    );
    expectProblem(
      await api('POST', `${base}/employees/s1/custom-signals`, {
        token: mgr,
        body: { ...body, expiryDate: '2026-01-01' },
      }),
      400,
      'validation',
    );
    expect((await api('DELETE', `${base}/employees/s1/custom-signals/${id}`, { token: mgr })).status).toBe(
      204,
    );
    expectProblem(
      await api('GET', `${base}/employees/s1/custom-signals/${id}`, { token: mgr }),
      404,
      'not-found',
    );
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
    await api('PUT', `${base}/users/${manager}/signal-settings`, {
      token: t.admin,
      body: {
        mode: 'custom',
        signals: [{ signalType: 'BIRTHDAY', daysBefore: [3], departmentsOnly: true, email: true }],
      },
    });
    const preview = await api('POST', `${base}/users/${manager}/signal-preview`, {
      token: await t.employerUser(manager),
      body: { from: '2026-12-01', days: 30 },
    });
    expect(preview.status).toBe(200);
    expect(preview.json.items).toEqual([
      {
        runDate: '2026-12-07',
        signalType: 'BIRTHDAY',
        employeeId: 's1',
        eventDate: '2026-12-10',
        daysBefore: 3,
        email: true,
      },
    ]);
    const candidate = await api('POST', `${base}/users/${manager}/signal-preview`, {
      token: t.admin,
      body: {
        from: '2026-12-01',
        days: 30,
        settings: { mode: 'custom', signals: [{ signalType: 'BIRTHDAY', daysBefore: [0] }] },
      },
    });
    expect(
      candidate.json.items.map(
        (i: { employeeId: string; runDate: string }) => `${i.employeeId}@${i.runDate}`,
      ),
    ).toEqual(['s1@2026-12-10', 'o1@2026-12-12']);
    const none = await api('POST', `${base}/users/${manager}/signal-preview`, {
      token: t.admin,
      body: { days: 30, settings: { mode: 'none' } },
    });
    expect(none.json.items).toEqual([]);
  });
});
