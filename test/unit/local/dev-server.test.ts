import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AREAS } from '../../../shared/http/route.js';
import { ROUTES } from '../../../shared/http/routes.js';
import { type AreaHandler, makeDevServer } from '../../../shared/local/dev-server.js';
import { loadLocalKeys } from '../../../shared/local/local-keys.js';

describe('Function: makeDevServer (readiness)', () => {
  it('answers health 503 (problem+json) until the stack is ready, then passes it on', async () => {
    // Prepare
    const keys = await loadLocalKeys(mkdtempSync(join(tmpdir(), 'signals-keys-')));
    const health: AreaHandler = async () => ({ statusCode: 200, headers: {}, body: '{"status":"ok"}' });
    const handlers = Object.fromEntries(AREAS.map((a) => [a, health])) as Record<
      (typeof AREAS)[number],
      AreaHandler
    >;
    let ready = false;
    const server = makeDevServer({ routes: ROUTES, handlers, keys, ready: () => ready });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/health`;
    try {
      // Act
      const starting = await fetch(url);
      ready = true;
      const up = await fetch(url);
      // Assess
      expect(starting.status).toBe(503);
      expect(starting.headers.get('content-type')).toContain('application/problem+json');
      expect(((await starting.json()) as { type: string }).type).toBe('urn:signals:problem:not-ready');
      expect(up.status).toBe(200);
    } finally {
      server.close();
    }
  });
});
