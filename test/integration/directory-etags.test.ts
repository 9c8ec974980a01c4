import { describe, expect, it } from 'vitest';
import { uid } from './support/api.js';
import { aTenant } from './support/fixtures.js';
import { expectRefused, typedApi } from './support/typed-client.js';

describe('Directory: ETags (through the typed client, with the headers the document names)', () => {
  it('honours If-Match (412 when stale) and If-None-Match: * (create only)', async () => {
    const t = await aTenant();
    const platform = typedApi(t.platform);
    const DEPARTMENT = '/v1/employers/{employerId}/departments/{departmentId}';
    const path = { employerId: t.employerId, departmentId: uid('d') };
    const put = (name: string, header: { 'If-Match'?: string; 'If-None-Match'?: '*' }) =>
      platform.PUT(DEPARTMENT, { params: { path, header }, body: { name } });
    const remove = (etag: string) =>
      platform.DELETE(DEPARTMENT, { params: { path, header: { 'If-Match': etag } } });

    const created = await put('Verkoop', { 'If-None-Match': '*' });
    expect(created.response.status).toBe(201);
    expectRefused(await put('Verkoop', { 'If-None-Match': '*' }), 412, 'precondition-failed');
    const etag = created.response.headers.get('etag')!;
    const ok = await put('Sales', { 'If-Match': etag });
    expect(ok.response.status).toBe(200);
    expectRefused(await put('Oud', { 'If-Match': etag }), 412, 'precondition-failed');
    expectRefused(await remove(etag), 412, 'precondition-failed');
    expectRefused(await remove('garbage'), 412, 'precondition-failed');
    expect((await remove(ok.response.headers.get('etag')!)).response.status).toBe(204);
  });

  it('answers 412, not 409, on an employer (whose providerId is immutable) for a stale If-Match or If-None-Match: *', async () => {
    const t = await aTenant();
    const platform = typedApi(t.platform);
    const EMPLOYER = '/v1/employers/{employerId}';
    const path = { employerId: t.employerId };
    const put = (
      providerId: string,
      name: string,
      header: { 'If-Match'?: string; 'If-None-Match'?: '*' } = {},
    ) => platform.PUT(EMPLOYER, { params: { path, header }, body: { providerId, name } });

    const etag = (await platform.GET(EMPLOYER, { params: { path } })).response.headers.get('etag')!;
    const renamed = await put(t.providerId, 'Bakkerij De Korenschoof', { 'If-Match': etag });
    expect(renamed.response.status).toBe(200);
    expectRefused(await put(t.providerId, 'Oud', { 'If-Match': etag }), 412, 'precondition-failed');
    expectRefused(await put(t.providerId, 'Nieuw', { 'If-None-Match': '*' }), 412, 'precondition-failed');
    const otherProvider = uid('p');
    await t.put(`/v1/providers/${otherProvider}`, { name: 'Elders' });
    const moved = expectRefused(await put(otherProvider, 'Elders'), 409, 'conflict');
    expect(moved.detail).toBe(`providerId cannot change (it is ${t.providerId}).`);
  });
});
