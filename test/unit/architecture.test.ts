import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) return name === 'node_modules' ? [] : sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** The project files a file imports, relative to the root. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  return [...text.matchAll(/^(?:import|export)[^'"]*from '(\.[^']+)'/gm)].map((m) =>
    relative(root, resolve(root, file, '..', m[1]!)),
  );
}

const violations = (from: string, forbidden: readonly string[]) =>
  sourceFiles(from).flatMap((file) =>
    importsOf(file)
      .filter((target) => forbidden.some((f) => target.startsWith(`${f}/`)))
      .map((target) => `${file} imports ${target}`),
  );

describe('Architecture', () => {
  it('keeps dependencies pointing one way: domain <- app <- adapters/http <- local/functions <- infra', () => {
    expect(
      violations('shared/domain', [
        'shared/app',
        'shared/http',
        'shared/adapters',
        'shared/local',
        'functions',
        'infra',
      ]),
    ).toEqual([]);
    expect(
      violations('shared/app', ['shared/http', 'shared/adapters', 'shared/local', 'functions', 'infra']),
    ).toEqual([]);
    expect(violations('shared/http', ['shared/adapters', 'shared/local', 'functions', 'infra'])).toEqual([]);
    expect(violations('shared/adapters', ['shared/http', 'shared/local', 'functions', 'infra'])).toEqual([]);
    expect(violations('shared/local', ['functions', 'infra'])).toEqual([]);
  });

  it('has no source file over 400 lines', () => {
    const long = ['shared', 'functions', 'infra', 'test']
      .flatMap(sourceFiles)
      // Generated from the OpenAPI document (npm run api:types), not written.
      .filter((file) => !file.endsWith('api-schema.d.ts'))
      .map((file) => ({ file, lines: readFileSync(join(root, file), 'utf8').split('\n').length }))
      .filter((f) => f.lines > 400);
    expect(long).toEqual([]);
  });

  it('gives each API function every route of its area (a route in the table that its function lacks would be a 404 in AWS)', async () => {
    const { ROUTES } = await import('../../shared/http/routes.js');
    const sections = {
      directory: (await import('../../shared/http/routes/directory.js')).directoryRoutes,
      settings: (await import('../../shared/http/routes/settings.js')).settingsRoutes,
      signals: (await import('../../shared/http/routes/signals.js')).signalRoutes,
      templates: (await import('../../shared/http/routes/templates.js')).templateRoutes,
    };
    for (const [area, section] of Object.entries(sections)) {
      const served = section.map((r) => r.operationId).sort();
      const table = ROUTES.filter((r) => r.area === area)
        .map((r) => r.operationId)
        .sort();
      expect(served, area).toEqual(table);
      const entry = readFileSync(join(root, `functions/api/${area}.ts`), 'utf8');
      expect(entry, area).toMatch(
        new RegExp(
          `routes: ${area === 'signals' ? 'signalRoutes' : area === 'templates' ? 'templateRoutes' : `${area}Routes`}`,
        ),
      );
    }
  });

  it('lets each API function carry only its own section of the routes table', () => {
    for (const area of ['directory', 'settings', 'signals', 'templates']) {
      const entry = `functions/api/${area}.ts`;
      expect(importsOf(entry), entry).not.toContain('shared/http/routes.js');
    }
  });
});
