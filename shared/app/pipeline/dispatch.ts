import { MANUAL_MOMENT, MOMENTS } from '../../config/moments.js';
import { formatDay, toDay } from '../../domain/dates.js';
import { ValidationError } from '../../domain/errors.js';
import type { Deps } from '../deps.js';

import type { NewRun } from './ports.js';

export interface StartRunInput {
  date?: string | undefined;
  moment?: string | undefined;
  employerIds?: string[] | undefined;
}

/**
 * Starts an evaluation run:
 * 1. lists the employers with product 290 active (one Query on the sparse index), optionally
 *    narrowed to `employerIds`;
 * 2. records the run with that total, before any message goes out, so no worker can finish it early;
 * 3. queues one evaluate message per employer.
 * A rerun of a past day is safe: signals are created once by identity.
 */
export async function startRun(
  deps: Deps<'clock' | 'ids' | 'activeEmployers' | 'runs' | 'logger' | 'evaluateQueue'>,
  input: StartRunInput,
): Promise<NewRun> {
  const moment = input.moment ?? MANUAL_MOMENT;
  if (moment !== MANUAL_MOMENT && !MOMENTS.some((m) => m.name === moment)) {
    throw new ValidationError(`Unknown moment ${moment}.`, [
      { path: 'body.moment', message: 'unknown moment' },
    ]);
  }
  const date = formatDay(toDay(input.date ?? deps.clock.today()));
  let employerIds = await deps.activeEmployers.activeEmployerIds();
  if (input.employerIds) {
    const wanted = new Set(input.employerIds);
    employerIds = employerIds.filter((id) => wanted.has(id));
  }
  const run: NewRun = {
    runId: deps.ids.newId('run'),
    moment,
    date,
    status: 'running',
    employers: { total: employerIds.length, done: 0, failed: 0 },
    signalsCreated: 0,
    signalsWithdrawn: 0,
    emailsSent: 0,
    startedAt: deps.clock.now().toISOString(),
    finishedAt: null,
  };
  await deps.runs.createRun(run);
  deps.logger.info('run started', { runId: run.runId, moment, date, employers: employerIds.length });
  if (employerIds.length === 0) {
    await finishEmployerless(deps, run.runId);
    return run;
  }
  await deps.evaluateQueue.send(employerIds.map((employerId) => ({ runId: run.runId, employerId, date })));
  return run;
}

async function finishEmployerless(deps: Deps<'runs' | 'clock'>, runId: string) {
  await deps.runs.completeIfFinished(runId, deps.clock.now().toISOString());
  await deps.runs.markDeliveryQueued(runId, deps.clock.now().toISOString());
}
