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

  it('lets each API function carry only its own section of the routes table', () => {
    for (const area of ['directory', 'settings', 'signals', 'templates']) {
      const entry = `functions/api/${area}.ts`;
      expect(importsOf(entry), entry).not.toContain('shared/http/routes.js');
    }
  });
});
