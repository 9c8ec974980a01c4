import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { authorize } from '../../shared/app/authorize.js';
import { type Caller, RIGHTS } from '../../shared/app/caller.js';
import { ROLES, rolesTable } from '../../shared/app/roles.js';
import { openApiDocument } from '../../shared/http/openapi.js';
import { ROUTES } from '../../shared/http/routes.js';

/** The operations a role's token may call in its own tenant (the grants alone decide). */
async function operationsOf(role: (typeof ROLES)[number]) {
  const rights = new Set(role.scopes);
  const caller: Caller =
    role.userType === 'platform'
      ? { userType: 'platform', sub: 'u1', rights }
      : role.userType === 'provider'
        ? { userType: 'provider', sub: 'u1', providerId: 'p1', rights }
        : { userType: 'employer', sub: 'u1', providerId: 'p1', employerId: 'e1', rights };
  const tenants = {
    employerProvider: async () => 'p1',
    callerUser: async () => ({ active: true, employerIds: undefined }),
  };
  const allowed: string[] = [];
  for (const route of ROUTES) {
    const params = { providerId: 'p1', employerId: 'e1', userId: 'u1' };
    const ok = await authorize(route.access, caller, params, tenants).then(
      () => true,
      () => false,
    );
    if (ok) allowed.push(route.operationId);
  }
  return allowed;
}

describe('Rights in one place', () => {
  it('shows the same table of roles in the README and the API reference', () => {
    const table = rolesTable();
    // The README's copy as the formatter aligns it: compared without the padding.
    const unpadded = (text: string) => text.replace(/ *\| */g, '|').replace(/-{3,}/g, '---');
    expect(unpadded(readFileSync('README.md', 'utf8'))).toContain(unpadded(table));
    expect(openApiDocument(ROUTES).info.description).toContain(table);
  });

  it('says of each role what its scopes let it call', async () => {
    const can = Object.fromEntries(
      await Promise.all(ROLES.map(async (r) => [r.name, await operationsOf(r)])),
    );
    const [sync, providerAdmin, providerUser, employerAdmin, employerUser] = ROLES.map((r) => can[r.name]!);
    expect(sync).toEqual(expect.arrayContaining(['putEmployee', 'startEvaluation']));
    expect(sync).not.toContain('listMySignals');
    expect(providerAdmin).toEqual(
      expect.arrayContaining([
        'putProviderDefaultSettings',
        'putSignalSet',
        'putProviderEmailTemplate',
        'listMySignals',
      ]),
    );
    expect(providerUser).toEqual(expect.arrayContaining(['listMySignals', 'createCustomSignal']));
    expect(providerUser).not.toContain('putProviderDefaultSettings');
    expect(employerAdmin).toEqual(
      expect.arrayContaining([
        'putEmployerUserSignalSettings',
        'putEmployerEmailTemplate',
        'putEmployerMoments',
      ]),
    );
    expect(employerAdmin).not.toContain('putSignalSet');
    expect(employerUser).toEqual(expect.arrayContaining(['listMySignals', 'getEmployerUserSignalSettings']));
    expect(employerUser).not.toContain('putEmployerUserSignalSettings');
  });

  it('lists every scope and what it allows in npm run token -- --help', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'shared/local/token-cli.ts', '--help'], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status).toBe(0);
    for (const right of RIGHTS) expect(r.stdout).toContain(`  ${right}`);
    for (const role of ROLES) expect(r.stdout).toContain(role.name);
  });
});
