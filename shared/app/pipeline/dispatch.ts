import { MANUAL_MOMENT, MOMENTS } from '../../config/moments.js';
import { formatDay, localDateOf, toDay } from '../../domain/dates.js';
import { ValidationError } from '../../domain/errors.js';
import type { Deps } from '../deps.js';
import { derivedId } from '../ids.js';

import type { NewRun, RunScope, SkippedEmployer } from './ports.js';
import { countRun } from './run-metrics.js';

export interface StartRunInput {
  date?: string | undefined;
  moment?: string | undefined;
  employerIds?: string[] | undefined;
  /** Whose employers: a provider's or one employer's (a stored moment); all when absent. */
  scope?: RunScope | undefined;
  trigger?: 'schedule' | 'manual' | undefined;
  /**
   * The instant the schedule was due (Scheduler's `<aws.scheduler.scheduled-time>`): it decides
   * the run's date and, with the scope and moment, its id, so a retried invocation resumes the
   * run it started instead of starting a second one.
   */
  scheduledAt?: string | undefined;
}

/**
 * The id of a scheduled run: the same for every invocation of one schedule's firing (scope,
 * moment, date), so a retry finds the run it started.
 */
export function scheduledRunId(scope: RunScope, moment: string, date: string): string {
  const owner = scope
    ? 'providerId' in scope
      ? `p:${scope.providerId}`
      : `e:${scope.employerId}`
    : 'platform';
  return derivedId(`run-${date}`, owner, moment, date);
}

/**
 * The employers a run evaluates. A provider's moment: its active employers less those with
 * moments of their own. An employer's moment: that employer. A platform moment: every active
 * employer less those that have moments of their own or whose provider has. By hand: all.
 */
async function employersInScope(
  deps: Deps<'activeEmployers' | 'store'>,
  scope: RunScope,
  trigger: 'schedule' | 'manual',
): Promise<string[]> {
  if (scope && 'employerId' in scope) {
    // One GetItem on the employer, not the list of every active employer.
    const employer = await deps.store.get({ kind: 'employer', employerId: scope.employerId });
    return employer?.products?.includes('290') ? [scope.employerId] : [];
  }
  if (scope && 'providerId' in scope) {
    const [ofProvider, owners] = await Promise.all([
      deps.activeEmployers.activeEmployersOfProvider(scope.providerId),
      deps.activeEmployers.momentOwners(),
    ]);
    const own = new Set(owners.employerIds);
    return ofProvider.filter((id) => !own.has(id));
  }
  const active = await deps.activeEmployers.activeEmployerIds();
  if (trigger === 'manual') return active;
  const owners = await deps.activeEmployers.momentOwners();
  const elsewhere = new Set(owners.employerIds);
  for (const providerId of owners.providerIds) {
    for (const id of await deps.activeEmployers.activeEmployersOfProvider(providerId)) elsewhere.add(id);
  }
  return active.filter((id) => !elsewhere.has(id));
}

/** At most this many skipped employers are named on a run. */
const SKIPPED_NAMED = 100;

/**
 * Starts an evaluation run:
 * 1. lists the employers with product 290 active (one Query on the sparse index), optionally
 *    narrowed to `employerIds` (naming those it skips, and why);
 * 2. records the run with that total, before any message goes out, so no worker can finish it early;
 * 3. queues one evaluate message per employer.
 * A rerun of a past day is safe: signals are created once by identity.
 */
export async function startRun(
  deps: Deps<'clock' | 'ids' | 'activeEmployers' | 'store' | 'runs' | 'logger' | 'evaluateQueue' | 'metrics'>,
  input: StartRunInput,
): Promise<NewRun> {
  const moment = input.moment ?? MANUAL_MOMENT;
  const scope = input.scope ?? null;
  const trigger = input.trigger ?? 'manual';
  if (!scope && moment !== MANUAL_MOMENT && !MOMENTS.some((m) => m.name === moment)) {
    throw new ValidationError(`Unknown moment ${moment}.`, [
      { path: 'body.moment', message: 'unknown moment' },
    ]);
  }
  const date = formatDay(
    toDay(input.date ?? (input.scheduledAt ? localDateOf(new Date(input.scheduledAt)) : deps.clock.today())),
  );
  let employerIds = await employersInScope(deps, scope, trigger);
  let skipped: SkippedEmployer[] = [];
  if (input.employerIds) {
    const wanted = new Set(input.employerIds);
    employerIds = employerIds.filter((id) => wanted.has(id));
    const inScope = new Set(employerIds);
    skipped = [...wanted]
      .filter((id) => !inScope.has(id))
      .slice(0, SKIPPED_NAMED)
      .map((employerId) => ({ employerId, reason: 'product-not-active' as const }));
  }
  const run: NewRun = {
    runId: input.scheduledAt ? scheduledRunId(scope, moment, date) : deps.ids.newId('run'),
    moment,
    trigger,
    scope,
    date,
    status: 'running',
    employers: { total: employerIds.length, done: 0, failed: 0 },
    signalsCreated: 0,
    signalsWithdrawn: 0,
    emailsSent: 0,
    startedAt: deps.clock.now().toISOString(),
    finishedAt: null,
    ...(skipped.length > 0 ? { skipped } : {}),
  };
  if (!(await deps.runs.createRun(run))) {
    // A retried invocation of the same firing: resume the run. Its employers are queued again;
    // each is counted once however often it is evaluated (markEmployer), and signals are
    // created once by identity, so a second message for an employer changes nothing.
    const existing = await deps.runs.getRun(run.runId);
    deps.logger.info('run resumed', { runId: run.runId, moment, date, status: existing?.status });
    if (existing?.status !== 'running') return existing ?? run;
    if (employerIds.length > 0) {
      await deps.evaluateQueue.send(
        employerIds.map((employerId) => ({ runId: run.runId, employerId, date })),
      );
    }
    return existing;
  }
  deps.logger.info('run started', { runId: run.runId, moment, date, employers: employerIds.length });
  if (employerIds.length === 0) {
    await finishEmployerless(deps, run);
    return run;
  }
  await deps.evaluateQueue.send(employerIds.map((employerId) => ({ runId: run.runId, employerId, date })));
  return run;
}

/**
 * A run with no employer in scope (a fresh stage, a provider without clients) is complete at
 * once, and counted like any other: the no-completed-run alarm hears of it.
 */
async function finishEmployerless(deps: Deps<'runs' | 'clock' | 'metrics'>, run: NewRun) {
  const now = deps.clock.now().toISOString();
  const completed = await deps.runs.completeIfFinished(run.runId, now);
  await deps.runs.markDeliveryQueued(run.runId, now, 0);
  if (completed) {
    const digests = { queued: 0, done: 0, failed: 0 };
    countRun(deps, {
      ...run,
      status: 'completed',
      finishedAt: now,
      deliveryQueuedAt: now,
      digests,
      ruleVersions: [],
      warnings: [],
    });
  }
}
