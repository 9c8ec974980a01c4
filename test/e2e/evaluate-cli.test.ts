import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalStack, startLocalStack } from '../../shared/local/stack.js';
import { freePort } from '../support/free-port.js';

/** A stack of its own, so the runs this command starts and reads are the only ones. */
let stack: LocalStack;
let dataDir: string;
let port: number;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'signals-evaluate-cli-'));
  port = await freePort();
  stack = await startLocalStack({
    port,
    sesPort: await freePort(),
    dynamodbPort: await freePort(),
    dataDir,
    inMemory: true,
    logLevel: 'SILENT',
  });
}, 120_000);

afterAll(async () => {
  await stack?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Runs `npm run evaluate` as a person would, with the stack's PORT and DATA_DIR. */
function evaluate(env: Record<string, string>, ...args: string[]) {
  return new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'shared/local/evaluate-cli.ts', ...args], {
      env: { PATH: process.env.PATH, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

async function put(path: string, body?: unknown) {
  const token = await stack.keys.sign({ sub: 'svc', user_type: 'platform', scope: 'directory:write' });
  const r = await fetch(`${stack.urls.api}${path}`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  expect(r.status, path).toBeLessThan(300);
}

describe('npm run evaluate: a client of the running API', () => {
  it('starts a run over HTTP, names what it skips, follows it through delivery, and warns of a jump past the catch-up window', async () => {
    await put('/v1/providers/p1', { name: 'Jansen' });
    await put('/v1/employers/e1', { providerId: 'p1', name: 'Bakkerij' });
    await put('/v1/employers/e1/products/290');
    const env = { PORT: String(port), DATA_DIR: dataDir };

    const first = await evaluate(env, '--date', '2027-03-01', '--employer', 'e1', '--employer', 'nope');
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain('1 employers with product 290');
    expect(first.stdout).toContain('skipped nope: product-not-active');
    expect(first.stdout).toMatch(/"status": "completed"/);
    expect(first.stdout).not.toContain('note:');

    const jump = await evaluate(env, '--date', '2027-03-20', '--employer', 'e1');
    expect(jump.status, jump.stderr).toBe(0);
    expect(jump.stdout).toContain(
      'note: the last run was on 2027-03-01; events from 2027-03-02 to 2027-03-12 are more than 7 days (catchUpDays) before 2027-03-20 and get no signal.',
    );
  });

  it('exits 1 with one line when no stack answers on PORT', async () => {
    const r = await evaluate({ PORT: String(await freePort()), DATA_DIR: dataDir });
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^No local stack answers on port \d+/),
    ]);
  });
});
