import type { Caller } from '../../../../shared/app/caller.js';
import { putEmployer } from '../../../../shared/app/directory/employers.js';
import { putProvider } from '../../../../shared/app/directory/resources.js';
import { fixedTestClock, InMemoryResourceStore, sequentialIds } from './fakes.js';

/** The platform's directory sync, as a caller. */
export const platform: Caller = { userType: 'platform', sub: 'svc', rights: new Set(['directory:write']) };

/** A provider with one employer (product 290) and one employer user, in memory. */
export async function aTenant() {
  const deps = { store: new InMemoryResourceStore(), clock: fixedTestClock(), ids: sequentialIds() };
  await putProvider(deps, platform, 'p1', { name: 'Jansen' }, {});
  await putEmployer(deps, platform, 'e1', { providerId: 'p1', name: 'Bakkerij' }, {});
  await deps.store.setProduct290('e1', true, { by: 'svc', at: '2026-11-28T05:00:00Z' });
  await deps.store.put(
    { kind: 'employerUser', employerId: 'e1', userId: 'u1' },
    {
      employerId: 'e1',
      userId: 'u1',
      email: 'u1@example.nl',
      name: 'U1',
      locale: 'nl',
      departmentIds: [],
      isDepartmentManager: false,
      active: true,
    },
    { by: 'svc', at: '2026-11-28T05:00:00Z' },
    {},
  );
  return deps;
}
