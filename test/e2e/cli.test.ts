import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const run = (script: string, ...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', `shared/local/${script}`, ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH, DATA_DIR: '/nonexistent-signals-cli' },
    timeout: 60_000,
  });

describe('The local commands', () => {
  it.each(['token-cli.ts', 'evaluate-cli.ts', 'seed-cli.ts'])(
    '%s answers --help with its usage, and does nothing else',
    (script) => {
      const r = run(script, '--help');
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/^usage: npm run /);
    },
  );

  it('refuses an unknown option and a stray argument in one line and the usage, without a stack trace', () => {
    for (const args of [['--bogus'], ['2026-12-01']]) {
      const r = run('evaluate-cli.ts', ...args);
      expect(r.status).toBe(2);
      const lines = r.stderr.trim().split('\n');
      expect(lines).toHaveLength(2);
      expect(lines[1]).toMatch(/^usage: npm run evaluate/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });
});

describe('A second npm start', () => {
  it('refuses ports another process holds, in one line, instead of sharing its DynamoDB or mail server', async () => {
    const net = await import('node:net');
    const holder = net.createServer().listen(0, '127.0.0.1');
    await new Promise((r) => holder.once('listening', r));
    const port = String((holder.address() as import('node:net').AddressInfo).port);
    try {
      const r = spawnSync(process.execPath, ['--import', 'tsx', 'shared/local/main.ts', '--in-memory'], {
        encoding: 'utf8',
        env: {
          PATH: process.env.PATH,
          PORT: '39981',
          SES_PORT: port,
          DYNAMODB_PORT: port,
          DATA_DIR: '/tmp/signals-second',
        },
        timeout: 60_000,
      });
      expect(r.status).toBe(1);
      const lines = r.stderr.split('\n').filter((l) => l.trim() && !l.startsWith('note:'));
      expect(lines).toEqual([expect.stringMatching(/In use already .*SES_PORT .*DYNAMODB_PORT /)]);
    } finally {
      holder.close();
    }
  });
});
