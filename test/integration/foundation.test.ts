import { generateKeyPair, SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { LOCAL_AUDIENCE, LOCAL_ISSUER } from '../../shared/local/local-keys.js';
import { api, expectProblem, platformToken, tokenFor, uid } from './support/api.js';

describe('Local stack: foundation', () => {
  it('answers health without a token, with x-request-id', async () => {
    const r = await api('GET', '/v1/health');
    expect(r.status).toBe(200);
    expect(r.json).toEqual({ status: 'ok' });
    expect(r.headers.get('x-request-id')).toBeTruthy();
  });

  it('echoes a sane x-request-id the caller sends', async () => {
    const r = await api('GET', '/v1/signal-types', { headers: { 'x-request-id': 'trace-123' } });
    expect(r.status).toBe(401);
    // The dev server (as API Gateway) rejects before the function, with its own id.
    expect(r.headers.get('x-request-id')).toBeTruthy();
    const ok = await api('GET', '/v1/health', { headers: { 'x-request-id': 'trace-123' } });
    expect(ok.headers.get('x-request-id')).toBe('trace-123');
  });

  it('serves the OpenAPI 3.1 document', async () => {
    const r = await api('GET', '/v1/openapi.json');
    expect(r.status).toBe(200);
    expect(r.json.openapi).toBe('3.1.0');
    expect(r.json.paths['/v1/signal-types']).toBeDefined();
  });

  it('rejects a protected route without a token: 401 problem with a bearer challenge naming no error (RFC 6750)', async () => {
    const r = await api('GET', '/v1/signal-types');
    expectProblem(r, 401, 'unauthenticated');
    expect(r.headers.get('www-authenticate')).toBe('Bearer realm="signals"');
    const basic = await api('GET', '/v1/signal-types', { headers: { authorization: 'Basic eDp5' } });
    expect(basic.headers.get('www-authenticate')).toMatch(
      /^Bearer realm="signals", error="invalid_request", /,
    );
  });

  it('rejects a token signed by another key: 401 problem', async () => {
    const { privateKey } = await generateKeyPair('ES256');
    const forged = await new SignJWT({ user_type: 'platform', scope: 'directory:write' })
      .setProtectedHeader({ alg: 'ES256' })
      .setSubject('x')
      .setIssuer(LOCAL_ISSUER)
      .setAudience(LOCAL_AUDIENCE)
      .setExpirationTime('1h')
      .sign(privateKey);
    const r = await api('GET', '/v1/signal-types', { token: forged });
    expectProblem(r, 401, 'unauthenticated');
    expect(r.headers.get('www-authenticate')).toBe(
      'Bearer realm="signals", error="invalid_token", error_description="The token is invalid (signature, issuer, audience or claims)."',
    );
  });

  it('rejects an expired token: 401 problem', async () => {
    const expired = await tokenFor({
      sub: uid('u'),
      user_type: 'platform',
      scope: 'directory:write',
      exp: Math.floor(Date.now() / 1000) - 60,
    });
    const r = await api('GET', '/v1/signal-types', { token: expired });
    expectProblem(r, 401, 'unauthenticated');
    expect(r.headers.get('www-authenticate')).toBe(
      'Bearer realm="signals", error="invalid_token", error_description="The token has expired."',
    );
    expect(r.json.detail).toBe('The token has expired.');
  });

  it('rejects a token issued in the future (beyond a small clock skew): 401 problem, as API Gateway does', async () => {
    const now = Math.floor(Date.now() / 1000);
    const future = await tokenFor({
      sub: uid('u'),
      user_type: 'platform',
      scope: 'directory:write',
      iat: now + 3600,
      exp: now + 7200,
    });
    expectProblem(await api('GET', '/v1/signal-types', { token: future }), 401, 'unauthenticated');
    const skewed = await tokenFor({
      sub: uid('u'),
      user_type: 'platform',
      scope: 'directory:write',
      iat: now + 10,
    });
    expect((await api('GET', '/v1/signal-types', { token: skewed })).status).toBe(200);
  });

  it('rejects a token without the tenant claims its user type needs: 401 problem', async () => {
    const token = await tokenFor({ sub: uid('u'), user_type: 'employer', scope: 'signals:use' });
    expectProblem(await api('GET', '/v1/signal-types', { token }), 401, 'unauthenticated');
  });

  it('answers a known path asked with another method with 405 and Allow', async () => {
    const r = await api('DELETE', '/v1/signal-types', { token: await platformToken() });
    expectProblem(r, 405, 'method-not-allowed');
    expect(r.headers.get('allow')).toBe('GET');
    const moments = await api('POST', '/v1/providers/p-x/moments', { token: await platformToken() });
    expect(moments.headers.get('allow')).toBe('GET, PUT');
  });

  it('accepts a good token', async () => {
    const r = await api('GET', '/v1/signal-types', { token: await platformToken() });
    expect(r.status).toBe(200);
    expect(r.json.items.length).toBe(23);
  });

  it('answers an unknown route with a 404 problem', async () => {
    expectProblem(await api('GET', '/v1/no-such-route', { token: await platformToken() }), 404, 'not-found');
  });
});

describe('Local stack: bad input', () => {
  const path = () => `/v1/providers/${uid('p')}`;

  it('answers malformed JSON with a 400 validation problem', async () => {
    const r = await api('PUT', path(), {
      token: await platformToken(),
      raw: '{"name": ',
      headers: { 'content-type': 'application/json' },
    });
    expectProblem(r, 400, 'validation');
  });

  it('answers a body that is not JSON with a 415 problem', async () => {
    const r = await api('PUT', path(), {
      token: await platformToken(),
      raw: 'name=x',
      headers: { 'content-type': 'text/plain' },
    });
    expectProblem(r, 415, 'unsupported-media-type');
  });

  it('answers a body over 256 KiB with a 413 problem', async () => {
    const r = await api('PUT', path(), {
      token: await platformToken(),
      body: { name: 'x'.repeat(300 * 1024) },
    });
    expectProblem(r, 413, 'payload-too-large');
  });

  it('answers a missing right with a 403 problem', async () => {
    const token = await tokenFor({ sub: uid('u'), user_type: 'platform', scope: 'signals:operate' });
    expectProblem(await api('PUT', path(), { token, body: { name: 'x' } }), 403, 'forbidden');
  });
});
