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
