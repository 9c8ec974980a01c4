import { Cron } from 'croner';
import { MOMENTS } from '../../config/moments.js';
import { cronOf, type Moment, momentOfCron } from '../../domain/moments.js';
import type { Caller } from '../caller.js';
import type { Deps } from '../deps.js';
import { auditOf, getResource, requireEmployer } from '../directory/resources.js';
import type { Precondition, Stored } from '../resource-store.js';

/** Stored moments of a provider or an employer. */
export interface StoredMoments {
  moments: Moment[];
}

export type MomentsSource = 'employer' | 'provider' | 'platform';

/** The platform moments (the moments file), in the API's shape. */
export const platformMoments = (): Moment[] =>
  MOMENTS.flatMap((m) => {
    const moment = momentOfCron(m.name, m.cron, m.timezone);
    return moment ? [moment] : [];
  });

/** Moments of their own, as the API answers them: with their version (the ETag) and source. */
const ownMoments = (source: MomentsSource, stored: Stored<StoredMoments>) => ({
  version: stored.version,
  body: { source, moments: stored.data.moments },
});

/** A provider's moments, or the platform's when it has none. */
export async function getProviderMoments(deps: Deps<'store'>, providerId: string) {
  await getResource(deps, { kind: 'provider', providerId });
  const own = await deps.store.get<StoredMoments>({ kind: 'providerMoments', providerId });
  return own
    ? ownMoments('provider', own)
    : { version: 0, body: { source: 'platform' as MomentsSource, moments: platformMoments() } };
}

/** An employer's moments: its own, else its provider's, else the platform's. */
export async function getEmployerMoments(deps: Deps<'store'>, employerId: string) {
  const employer = await requireEmployer(deps, employerId);
  const own = await deps.store.get<StoredMoments>({ kind: 'employerMoments', employerId });
  if (own) return ownMoments('employer', own);
  const provider = await getProviderMoments(deps, employer.data.providerId);
  return { version: 0, body: provider.body };
}

/**
 * Sets a provider's own moments (1 to 4): stored first, then mirrored to the schedules (a failed
 * mirror fails the request; PUT again repairs it, the same moments giving the same schedules).
 */
export async function putProviderMoments(
  deps: Deps<'store' | 'clock' | 'schedules'>,
  caller: Caller,
  providerId: string,
  moments: Moment[],
  precondition: Precondition,
) {
  await getResource(deps, { kind: 'provider', providerId });
  const { stored } = await deps.store.put<StoredMoments>(
    { kind: 'providerMoments', providerId },
    { moments },
    auditOf(deps, caller),
    precondition,
  );
  await deps.schedules.sync({ providerId }, moments);
  // What was written is the answer: no second read.
  return ownMoments('provider', stored);
}

/** Sets an employer's own moments (its provider's no longer apply to it). */
export async function putEmployerMoments(
  deps: Deps<'store' | 'clock' | 'schedules'>,
  caller: Caller,
  employerId: string,
  moments: Moment[],
  precondition: Precondition,
) {
  await requireEmployer(deps, employerId);
  const { stored } = await deps.store.put<StoredMoments>(
    { kind: 'employerMoments', employerId },
    { moments },
    auditOf(deps, caller),
    precondition,
  );
  await deps.schedules.sync({ employerId }, moments);
  return ownMoments('employer', stored);
}

/** Returns an employer to its provider's moments (nothing to do when it has none of its own). */
export async function deleteEmployerMoments(
  deps: Deps<'store' | 'schedules'>,
  employerId: string,
  precondition: Precondition,
) {
  await requireEmployer(deps, employerId);
  const own = await deps.store.get<StoredMoments>({ kind: 'employerMoments', employerId });
  if (own) await deps.store.delete({ kind: 'employerMoments', employerId }, precondition);
  // Its provider's schedules take it back (dispatch leaves out only employers with moments of their own).
  await deps.schedules.sync({ employerId }, []);
}

/**
 * A moment as a croner job in its own time zone: with `run`, it fires it (the local scheduler);
 * without, it only computes (`nextFire`). One construction, so the tested one is the one that runs.
 */
export const momentCron = (moment: Moment, run?: () => void | Promise<void>) =>
  run
    ? new Cron(cronOf(moment), { timezone: moment.timeZone, protect: true }, run)
    : new Cron(cronOf(moment), { timezone: moment.timeZone });

/** The next instant a moment fires after `after` (its local time, in its own time zone). */
export function nextFire(moment: Moment, after: Date): Date | undefined {
  return momentCron(moment).nextRun(after) ?? undefined;
}
