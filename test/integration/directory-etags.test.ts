import { describe, expect, it } from 'vitest';
import { api, expectProblem, uid } from './support/api.js';
import { aTenant } from './support/fixtures.js';

describe('Directory: ETags', () => {
  it('honours If-Match (412 when stale) and If-None-Match: * (create only)', async () => {
    const t = await aTenant();
    const path = `/v1/employers/${t.employerId}/departments/${uid('d')}`;
    const created = await api('PUT', path, {
      token: t.platform,
      body: { name: 'Verkoop' },
      headers: { 'if-none-match': '*' },
    });
    expect(created.status).toBe(201);
    const again = await api('PUT', path, {
      token: t.platform,
      body: { name: 'Verkoop' },
      headers: { 'if-none-match': '*' },
    });
    expectProblem(again, 412, 'precondition-failed');
    const etag = created.headers.get('etag')!;
    const ok = await api('PUT', path, {
      token: t.platform,
      body: { name: 'Sales' },
      headers: { 'if-match': etag },
    });
    expect(ok.status).toBe(200);
    const stale = await api('PUT', path, {
      token: t.platform,
      body: { name: 'Oud' },
      headers: { 'if-match': etag },
    });
    expectProblem(stale, 412, 'precondition-failed');
    expectProblem(
      await api('DELETE', path, { token: t.platform, headers: { 'if-match': etag } }),
      412,
      'precondition-failed',
    );
    expectProblem(
      await api('DELETE', path, { token: t.platform, headers: { 'if-match': 'garbage' } }),
      412,
      'precondition-failed',
    );
    expect(
      (await api('DELETE', path, { token: t.platform, headers: { 'if-match': ok.headers.get('etag')! } }))
        .status,
    ).toBe(204);
  });

  it('answers 412, not 409, on an employer (whose providerId is immutable) for a stale If-Match or If-None-Match: *', async () => {
    const t = await aTenant();
    const path = `/v1/employers/${t.employerId}`;
    const current = await api('GET', path, { token: t.platform });
    const etag = current.headers.get('etag')!;
    const renamed = await api('PUT', path, {
      token: t.platform,
      body: { providerId: t.providerId, name: 'Bakkerij De Korenschoof' },
      headers: { 'if-match': etag },
    });
    expect(renamed.status).toBe(200);
    const stale = await api('PUT', path, {
      token: t.platform,
      body: { providerId: t.providerId, name: 'Oud' },
      headers: { 'if-match': etag },
    });
    expectProblem(stale, 412, 'precondition-failed');
    const exists = await api('PUT', path, {
      token: t.platform,
      body: { providerId: t.providerId, name: 'Nieuw' },
      headers: { 'if-none-match': '*' },
    });
    expectProblem(exists, 412, 'precondition-failed');
    const otherProvider = uid('p');
    await t.put(`/v1/providers/${otherProvider}`, { name: 'Elders' });
    const moved = await api('PUT', path, {
      token: t.platform,
      body: { providerId: otherProvider, name: 'Elders' },
    });
    expectProblem(moved, 409, 'conflict');
    expect(moved.json.detail).toBe(`providerId cannot change (it is ${t.providerId}).`);
  });
});
