import { Cron } from 'croner';
import { scheduleName, scopePrefix } from '../adapters/scheduler/schedule-names.js';
import type { AppDeps } from '../app/deps.js';
import { getEmployerMoments, getProviderMoments, momentCron } from '../app/moments/moments-service.js';
import { startRun } from '../app/pipeline/dispatch.js';
import type { MomentSchedules, RunScope } from '../app/pipeline/ports.js';
import { MOMENTS } from '../config/moments.js';
import type { Moment } from '../domain/moments.js';
import { asFunction } from './function-context.js';

type Fire = (moment: string, scope: RunScope) => Promise<void>;

/**
 * The stored moments as croner jobs, through the same port as EventBridge Scheduler in AWS: a
 * moment written over the API is live at once, and fires dispatch for its scope at its local time.
 */
export class LocalSchedules implements MomentSchedules {
  private readonly jobs = new Map<string, Cron>();
  /** What each scope should run, kept even while no jobs run (tests, `npm start` before it is ready). */
  readonly wanted = new Map<string, { scope: NonNullable<RunScope>; moments: readonly Moment[] }>();
  /** Bound once the application is wired (dispatch needs the same dependencies). */
  fire: Fire = async () => undefined;
  private running = false;

  async sync(scope: NonNullable<RunScope>, moments: readonly Moment[]): Promise<void> {
    const prefix = scopePrefix(scope);
    this.wanted.set(prefix, { scope, moments });
    for (const [name, job] of this.jobs) {
      if (name.startsWith(prefix)) {
        job.stop();
        this.jobs.delete(name);
      }
    }
    if (!this.running) return;
    for (const moment of moments) {
      const job = momentCron(moment, () => this.fire(moment.momentId, scope));
      this.jobs.set(scheduleName(scope, moment.momentId), job);
    }
  }

  async scopes(): Promise<Array<NonNullable<RunScope>>> {
    return [...this.wanted.values()].filter((w) => w.moments.length > 0).map((w) => w.scope);
  }

  /** The next firing of each stored moment (for the start banner and tests). */
  next(): Array<{ schedule: string; next: string | null }> {
    return [...this.jobs].map(([schedule, job]) => ({
      schedule,
      next: job.nextRun()?.toISOString() ?? null,
    }));
  }

  /** Starts firing: the jobs of every scope synced so far, and of those synced from now on. */
  async start(fire: Fire): Promise<void> {
    this.fire = fire;
    this.running = true;
    for (const { scope, moments } of [...this.wanted.values()]) await this.sync(scope, moments);
  }

  stop(): void {
    this.running = false;
    for (const job of this.jobs.values()) job.stop();
    this.jobs.clear();
  }
}

/**
 * Fires the platform moments of the moments file, as EventBridge Scheduler does in AWS, and
 * loads the stored moments of providers and employers into the local schedules.
 */
export async function startLocalScheduler(deps: AppDeps, schedules: LocalSchedules) {
  await schedules.start(async (moment, scope) => {
    try {
      const scheduledAt = deps.clock.now().toISOString();
      const run = await asFunction('dispatch', () =>
        startRun(deps, { moment, scope, trigger: 'schedule', scheduledAt }),
      );
      deps.logger.info('scheduled run started', { moment, scope, runId: run.runId });
    } catch (error) {
      deps.logger.error('scheduled run failed to start', { moment, scope, error: String(error) });
    }
  });
  const platform = MOMENTS.map(
    (moment) =>
      new Cron(moment.cron, { timezone: moment.timezone, protect: true }, () =>
        schedules.fire(moment.name, null),
      ),
  );
  // What the reconcile job does in AWS: the schedules follow the stored moments.
  await asFunction('reconcile', async () => {
    const owners = await deps.activeEmployers.momentOwners();
    for (const providerId of owners.providerIds) {
      await schedules.sync({ providerId }, (await getProviderMoments(deps, providerId)).body.moments);
    }
    for (const employerId of owners.employerIds) {
      await schedules.sync({ employerId }, (await getEmployerMoments(deps, employerId)).body.moments);
    }
  });
  return {
    next: () => [
      ...MOMENTS.map((m, i) => ({ schedule: m.name, next: platform[i]?.nextRun()?.toISOString() ?? null })),
      ...schedules.next(),
    ],
    stop: () => {
      for (const job of platform) job.stop();
      schedules.stop();
    },
  };
}
