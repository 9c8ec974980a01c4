import { describe, expect, it } from 'vitest';
import { api, expectProblem, tokenFor, uid } from './support/api.js';
import { anEmployee, aTenant } from './support/fixtures.js';
import { expectRefused, typedApi } from './support/typed-client.js';

describe('Directory: providers and employers', () => {
  it('creates (201), replaces (200), reads and deletes a provider (through the typed client)', async () => {
    const platform = typedApi((await aTenant()).platform);
    const provider = { params: { path: { providerId: uid('p') } } };
    const PROVIDER = '/v1/providers/{providerId}';
    const created = await platform.PUT(PROVIDER, { ...provider, body: { name: 'Kantoor A' } });
    expect(created.response.status).toBe(201);
    expect(created.data).toMatchObject({ providerId: provider.params.path.providerId, name: 'Kantoor A' });
    expect(created.response.headers.get('etag')).toBe('"1"');
    const replaced = await platform.PUT(PROVIDER, { ...provider, body: { name: 'Kantoor B' } });
    expect(replaced.response.status).toBe(200);
    expect(replaced.response.headers.get('etag')).toBe('"2"');
    const read = await platform.GET(PROVIDER, provider);
    expect(read.data?.name).toBe('Kantoor B');
    expect(read.data?.updatedBy).toBeTruthy();
    expect((await platform.DELETE(PROVIDER, provider)).response.status).toBe(204);
    expectRefused(await platform.GET(PROVIDER, provider), 404, 'not-found');
    expectRefused(await platform.DELETE(PROVIDER, provider), 404, 'not-found');
  });

  it('rejects unknown fields, and lists every issue', async () => {
    const { platform } = await aTenant();
    const r = await api('PUT', `/v1/providers/${uid('p')}`, {
      token: platform,
      body: { name: '', colour: 'red' },
    });
    expectProblem(r, 400, 'validation');
    expect(r.json.errors.map((e: { path: string }) => e.path).sort()).toEqual(['body', 'body.name']);
  });

  it('rejects a path id with characters outside A-Za-z0-9._-', async () => {
    const { platform } = await aTenant();
    expectProblem(await api('GET', '/v1/providers/bad%20id', { token: platform }), 400, 'validation');
  });

  it('refuses ids a URL path cannot address (. and ..) in the batch and in bodies, with a clear 400', async () => {
    const t = await aTenant();
    const batch = await api('POST', `/v1/employers/${t.employerId}/employees:batch`, {
      token: t.platform,
      body: {
        upsert: [
          { employeeId: '..', ...anEmployee() },
          { employeeId: '.', ...anEmployee() },
        ],
        delete: [],
      },
    });
    expectProblem(batch, 400, 'validation');
    expect(batch.json.errors.map((e: { path: string }) => e.path)).toEqual([
      'body.upsert.0.employeeId',
      'body.upsert.1.employeeId',
    ]);
    expect(batch.json.errors[0].message).toContain('must not be "." or ".."');
    const user = await api('PUT', `/v1/employers/${t.employerId}/users/${uid('u')}`, {
      token: t.platform,
      body: {
        email: 'a@example.nl',
        name: 'A',
        locale: 'nl',
        departmentIds: ['..'],
        isDepartmentManager: false,
        active: true,
      },
    });
    expectProblem(user, 400, 'validation');
    expect(
      (await api('GET', `/v1/employers/${t.employerId}/employees`, { token: t.platform })).json.items,
    ).toEqual([]);
  });

  it('refuses dates outside 1900-01-01..2199-12-31 with a clear 400', async () => {
    const t = await aTenant();
    const put = await api('PUT', `/v1/employers/${t.employerId}/employees/${uid('x')}`, {
      token: t.platform,
      body: anEmployee({ birthDate: '1899-12-31', employment: { startDate: '2200-01-01' } }),
    });
    expectProblem(put, 400, 'validation');
    expect(put.json.errors).toEqual([
      { path: 'body.birthDate', message: 'must be between 1900-01-01 and 2199-12-31' },
      { path: 'body.employment.startDate', message: 'must be between 1900-01-01 and 2199-12-31' },
    ]);
    const userId = uid('u');
    await t.put(`/v1/employers/${t.employerId}/users/${userId}`, {
      email: 'a@example.nl',
      name: 'A',
      locale: 'nl',
      departmentIds: [],
      isDepartmentManager: false,
      active: true,
    });
    const preview = await api('POST', `/v1/employers/${t.employerId}/users/${userId}/signal-preview`, {
      token: await t.providerAdmin(),
      body: { from: '9999-12-01', days: 60 },
    });
    expectProblem(preview, 400, 'validation');
    expect(preview.json.errors).toEqual([
      { path: 'body.from', message: 'must be between 1900-01-01 and 2199-12-31' },
    ]);
  });

  it('refuses to move an employer to another provider (409) and an unknown provider (422)', async () => {
    const t = await aTenant();
    const other = uid('p');
    await t.put(`/v1/providers/${other}`, { name: 'Ander kantoor' });
    const moved = await api('PUT', `/v1/employers/${t.employerId}`, {
      token: t.platform,
      body: { providerId: other, name: 'x' },
    });
    expectProblem(moved, 409, 'conflict');
    const unknown = await api('PUT', `/v1/employers/${uid('e')}`, {
      token: t.platform,
      body: { providerId: uid('nope'), name: 'x' },
    });
    expectProblem(unknown, 422, 'unprocessable');
  });

  it('activates and deactivates product 290, shown on the employer (through the typed client)', async () => {
    const t = await aTenant({ product290: false });
    const platform = typedApi(t.platform);
    const employer = { params: { path: { employerId: t.employerId } } };
    const PRODUCT = '/v1/employers/{employerId}/products/290';
    expect((await platform.GET('/v1/employers/{employerId}', employer)).data?.products).toEqual([]);
    const on = await typedApi(await t.providerAdmin()).PUT(PRODUCT, employer);
    expect(on.response.status).toBe(200);
    expect(on.data?.products).toEqual(['290']);
    // Idempotent, and the employer's name survives a replace.
    await platform.PUT(PRODUCT, employer);
    await t.put(`/v1/employers/${t.employerId}`, { providerId: t.providerId, name: 'Nieuwe naam' });
    expect((await platform.GET('/v1/employers/{employerId}', employer)).data?.products).toEqual(['290']);
    expect((await platform.DELETE(PRODUCT, employer)).data?.products).toEqual([]);
  });

  it('deleting an employer removes its partition; deleting a provider removes its employers (through the typed client)', async () => {
    const t = await aTenant();
    const platform = typedApi(t.platform);
    await t.put(`/v1/employers/${t.employerId}/employees/x1`, anEmployee());
    const provider = { params: { path: { providerId: t.providerId } } };
    expect((await platform.DELETE('/v1/providers/{providerId}', provider)).response.status).toBe(204);
    const employer = { params: { path: { employerId: t.employerId } } };
    expectRefused(await platform.GET('/v1/employers/{employerId}', employer), 404, 'not-found');
    expectRefused(
      await platform.GET('/v1/employers/{employerId}/employees/{employeeId}', {
        params: { path: { employerId: t.employerId, employeeId: 'x1' } },
      }),
      404,
      'not-found',
    );
  });
});

describe('Directory: employees', () => {
  it('validates dates: a real calendar date, end not before start, every issue listed', async () => {
    const t = await aTenant();
    const r = await api('PUT', `/v1/employers/${t.employerId}/employees/x1`, {
      token: t.platform,
      body: anEmployee({
        birthDate: '1990-02-30',
        employment: { startDate: '2020-01-01', endDate: '2019-12-31' },
        contracts: [{ contractId: 'c1', startDate: '2024-01-01', endDate: '2023-01-01', type: 'fixedTerm' }],
      }),
    });
    expectProblem(r, 400, 'validation');
    const paths = r.json.errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining(['body.birthDate', 'body.employment.endDate', 'body.contracts.0.endDate']),
    );
  });

  it('refuses more than 50 contracts', async () => {
    const t = await aTenant();
    const contracts = Array.from({ length: 51 }, (_, i) => ({
      contractId: `c${i}`,
      startDate: '2024-01-01',
      type: 'permanent',
    }));
    const r = await api('PUT', `/v1/employers/${t.employerId}/employees/x1`, {
      token: t.platform,
      body: anEmployee({ contracts }),
    });
    expectProblem(r, 400, 'validation');
  });

  it('answers 404 for an employee under an employer that does not exist', async () => {
    const t = await aTenant();
    const r = await api('PUT', `/v1/employers/${uid('e')}/employees/x1`, {
      token: t.platform,
      body: anEmployee(),
    });
    expectProblem(r, 404, 'not-found');
  });

  it('pages through more than one page with cursors; a tampered cursor is a 400', async () => {
    const t = await aTenant();
    const upsert = Array.from({ length: 25 }, (_, i) => ({
      employeeId: `x${String(i).padStart(2, '0')}`,
      ...anEmployee(),
    }));
    expect(
      (
        await api('POST', `/v1/employers/${t.employerId}/employees:batch`, {
          token: t.platform,
          body: { upsert },
        })
      ).status,
    ).toBe(200);
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    const platform = typedApi(t.platform);
    do {
      const r = await platform.GET('/v1/employers/{employerId}/employees', {
        params: { path: { employerId: t.employerId }, query: { limit: 10, ...(cursor ? { cursor } : {}) } },
      });
      expect(r.response.status).toBe(200);
      seen.push(...(r.data?.items ?? []).map((e) => e.employeeId));
      cursor = r.data?.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual(upsert.map((u) => u.employeeId));

    const first = await api('GET', `/v1/employers/${t.employerId}/employees?limit=10`, { token: t.platform });
    const tampered = Buffer.from(
      JSON.stringify({ pk: 'EMPLOYER#someone-else', sk: 'EMPLOYEE#x05' }),
    ).toString('base64url');
    expectProblem(
      await api('GET', `/v1/employers/${t.employerId}/employees?cursor=${tampered}`, { token: t.platform }),
      400,
      'validation',
    );
    expectProblem(
      await api('GET', `/v1/employers/${t.employerId}/employees?cursor=${first.json.nextCursor}xx`, {
        token: t.platform,
      }),
      400,
      'validation',
    );
    expectProblem(
      await api('GET', `/v1/employers/${t.employerId}/employees?limit=101`, { token: t.platform }),
      400,
      'validation',
    );
  });

  it('batch: all valid or nothing applied, with per-item results', async () => {
    const t = await aTenant();
    const base = `/v1/employers/${t.employerId}/employees`;
    await t.put(`${base}/old`, anEmployee());
    const bad = await api('POST', `${base}:batch`, {
      token: t.platform,
      body: {
        upsert: [
          { employeeId: 'n1', ...anEmployee() },
          { employeeId: 'n2', ...anEmployee({ birthDate: '2001-13-01' }) },
        ],
        delete: ['old'],
      },
    });
    expectProblem(bad, 400, 'validation');
    expect(bad.json.errors.map((e: { path: string }) => e.path)).toEqual(['body.upsert.1.birthDate']);
    expectProblem(await api('GET', `${base}/n1`, { token: t.platform }), 404, 'not-found');
    expect((await api('GET', `${base}/old`, { token: t.platform })).status).toBe(200);

    const good = await api('POST', `${base}:batch`, {
      token: t.platform,
      body: {
        upsert: [
          { employeeId: 'n1', ...anEmployee() },
          { employeeId: 'old', ...anEmployee({ lastName: 'Jansen' }) },
        ],
        delete: ['gone'],
      },
    });
    expect(good.status).toBe(200);
    expect(good.json.items).toEqual([
      { employeeId: 'n1', operation: 'upsert', result: 'created' },
      { employeeId: 'old', operation: 'upsert', result: 'updated' },
      { employeeId: 'gone', operation: 'delete', result: 'absent' },
    ]);
    const dup = await api('POST', `${base}:batch`, {
      token: t.platform,
      body: { upsert: [{ employeeId: 'n1', ...anEmployee() }], delete: ['n1'] },
    });
    expectProblem(dup, 400, 'validation');
  });

  it('batch over 100 items is a 413', async () => {
    const t = await aTenant();
    const r = await api('POST', `/v1/employers/${t.employerId}/employees:batch`, {
      token: t.platform,
      body: { delete: Array.from({ length: 101 }, (_, i) => `x${i}`) },
    });
    expectProblem(r, 413, 'payload-too-large');
  });

  it('a department manager with signals:use sees only employees of the own departments', async () => {
    const t = await aTenant();
    const base = `/v1/employers/${t.employerId}`;
    const manager = uid('mgr');
    await t.put(`${base}/users/${manager}`, {
      email: 'mgr@example.nl',
      name: 'Manager',
      locale: 'nl',
      departmentIds: ['d-sales'],
      isDepartmentManager: true,
      active: true,
    });
    await t.put(`${base}/employees/s1`, anEmployee({ departmentId: 'd-sales' }));
    await t.put(`${base}/employees/o1`, anEmployee({ departmentId: 'd-ops' }));
    const mgr = typedApi(await t.employerUser(manager));
    const employees = { params: { path: { employerId: t.employerId } } };
    const list = await mgr.GET('/v1/employers/{employerId}/employees', employees);
    expect(list.data?.items.map((e) => e.employeeId)).toEqual(['s1']);
    expectRefused(
      await mgr.GET('/v1/employers/{employerId}/employees/{employeeId}', {
        params: { path: { employerId: t.employerId, employeeId: 'o1' } },
      }),
      403,
      'forbidden',
    );
    const admin = await typedApi(await t.employerAdmin()).GET(
      '/v1/employers/{employerId}/employees',
      employees,
    );
    expect(admin.data?.items).toHaveLength(2);
  });

  it('a provider user restricted by employerIds addresses only those employers', async () => {
    const t = await aTenant();
    const other = uid('e');
    await t.put(`/v1/employers/${other}`, { providerId: t.providerId, name: 'Tweede werkgever' });
    const sub = uid('pu');
    await t.put(`/v1/providers/${t.providerId}/users/${sub}`, {
      email: 'pu@example.nl',
      name: 'Beperkt',
      locale: 'nl',
      employerIds: [other],
      active: true,
    });
    const token = await tokenFor({
      sub,
      user_type: 'provider',
      provider_id: t.providerId,
      scope: 'signals:provider-admin signals:use',
    });
    expectProblem(await api('GET', `/v1/employers/${t.employerId}/employees`, { token }), 403, 'forbidden');
    expect((await api('GET', `/v1/employers/${other}/employees`, { token })).status).toBe(200);
    const employers = await api('GET', `/v1/providers/${t.providerId}/employers`, { token });
    expect(employers.json.items.map((e: { employerId: string }) => e.employerId)).toEqual([other]);
  });
});
