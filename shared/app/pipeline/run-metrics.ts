import type { Deps } from '../deps.js';
import { METRICS } from '../ports.js';
import type { Run } from './ports.js';

/** A completed run's figures, once per run. */
export function countRun(deps: Deps<'metrics'>, run: Run) {
  deps.metrics.count(METRICS.runsCompleted);
  if (run.finishedAt) {
    deps.metrics.milliseconds(METRICS.runDuration, Date.parse(run.finishedAt) - Date.parse(run.startedAt));
  }
  deps.metrics.count(METRICS.employersEvaluated, run.employers.done);
  deps.metrics.count(METRICS.employersFailed, run.employers.failed);
  deps.metrics.count(METRICS.signalsCreated, run.signalsCreated);
  deps.metrics.count(METRICS.signalsWithdrawn, run.signalsWithdrawn);
}
