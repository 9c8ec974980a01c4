import type { Deps } from '../deps.js';
import type { RunScope } from '../pipeline/ports.js';
import { getEmployerMoments, getProviderMoments } from './moments-service.js';

const keyOf = (scope: NonNullable<RunScope>) =>
  'providerId' in scope ? `p:${scope.providerId}` : `e:${scope.employerId}`;

/**
 * Repairs drift between the stored moments and the schedules (a moment stored while Scheduler
 * failed, a schedule left by a deleted provider or employer):
 * 1. syncs every provider and employer with moments of its own to exactly those moments;
 * 2. removes the schedules of scopes that have none any more.
 * Every step is idempotent. Answers the counts.
 */
export async function reconcileSchedules(deps: Deps<'store' | 'activeEmployers' | 'schedules' | 'logger'>) {
  const owners = await deps.activeEmployers.momentOwners();
  const wanted = new Map<string, NonNullable<RunScope>>();
  for (const providerId of owners.providerIds) {
    const { body } = await getProviderMoments(deps, providerId).catch(() => ({ body: undefined }));
    if (body?.source !== 'provider') continue;
    await deps.schedules.sync({ providerId }, body.moments);
    wanted.set(keyOf({ providerId }), { providerId });
  }
  for (const employerId of owners.employerIds) {
    const { body } = await getEmployerMoments(deps, employerId).catch(() => ({ body: undefined }));
    if (body?.source !== 'employer') continue;
    await deps.schedules.sync({ employerId }, body.moments);
    wanted.set(keyOf({ employerId }), { employerId });
  }
  let removed = 0;
  for (const scope of await deps.schedules.scopes()) {
    if (wanted.has(keyOf(scope))) continue;
    await deps.schedules.sync(scope, []);
    removed += 1;
  }
  const counts = { scopesSynced: wanted.size, scopesRemoved: removed };
  deps.logger.info('schedules reconciled', counts);
  return counts;
}
