import { Cron } from 'croner';
import type { AppDeps } from '../app/deps.js';
import { startRun } from '../app/pipeline/dispatch.js';
import { MOMENTS } from '../config/moments.js';

/** Fires the moments of the moments file locally, as EventBridge Scheduler does in AWS. */
export function startLocalScheduler(deps: AppDeps) {
  const jobs = MOMENTS.map(
    (moment) =>
      new Cron(moment.cron, { timezone: moment.timezone, protect: true }, async () => {
        try {
          const run = await startRun(deps, { moment: moment.name });
          deps.logger.info('scheduled run started', { moment: moment.name, runId: run.runId });
        } catch (error) {
          deps.logger.error('scheduled run failed to start', { moment: moment.name, error: String(error) });
        }
      }),
  );
  return {
    next: () => MOMENTS.map((m, i) => ({ moment: m.name, next: jobs[i]?.nextRun()?.toISOString() ?? null })),
    stop: () => {
      for (const job of jobs) job.stop();
    },
  };
}
