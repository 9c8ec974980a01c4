import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('One Node', () => {
  it('runs the tests on the Node.js the `node` dev dependency installs, the major Lambda runs', () => {
    const pinned = JSON.parse(readFileSync('package.json', 'utf8')).devDependencies.node as string;
    expect(process.versions.node).toBe(pinned);
    const infra = readFileSync('infra/constructs/signals-function.ts', 'utf8');
    expect(infra).toContain(`NODEJS_${pinned.split('.')[0]}_X`);
  });
});
