import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApiDocument } from '../../shared/http/openapi.js';
import { ROUTES } from '../../shared/http/routes.js';

/**
 * Lints the served OpenAPI document with Redocly CLI's recommended rules (redocly.yaml) and
 * answers its exit status and summary.
 */
export function lintApi(): { status: number; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'signals-openapi-'));
  try {
    const file = join(dir, 'openapi.json');
    writeFileSync(file, JSON.stringify(openApiDocument(ROUTES)));
    const run = spawnSync('npx', ['redocly', 'lint', file, '--format=stylish', '--max-problems=1000'], {
      encoding: 'utf8',
      // Redocly's banner about Node 20 is noise here; NO_COLOR keeps the summary plain.
      env: {
        ...process.env,
        NO_COLOR: '1',
        REDOCLY_TELEMETRY: 'off',
        REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
      },
    });
    return { status: run.status ?? 1, output: `${run.stdout}${run.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { status, output } = lintApi();
  console.log(output.trim());
  process.exit(status);
}
