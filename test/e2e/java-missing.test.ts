import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('npm start without Java', () => {
  it('says in one line what to do, without a stack trace', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'shared/local/main.ts', '--in-memory'], {
      encoding: 'utf8',
      env: {
        PATH: '/nonexistent',
        DATA_DIR: mkdtempSync(join(tmpdir(), 'nojava-')),
        PORT: '39991',
        SES_PORT: '39991',
        DYNAMODB_PORT: '39991',
      },
      timeout: 60_000,
    });
    expect(result.status, result.stderr).toBe(1);
    const lines = result.stderr
      .split('\n')
      .filter(
        (l) =>
          l.trim() &&
          !/AWS SDK|node >=22|upgrade|a\.co|trace-warnings|versions published|continue receiving/.test(l),
      );
    expect(lines).toEqual([expect.stringMatching(/Java 17\+.*DYNAMODB_ENDPOINT/)]);
  });
});
