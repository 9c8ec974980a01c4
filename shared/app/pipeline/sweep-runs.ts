import type { Deps } from '../deps.js';
import { queueDelivery } from '../digests/queue-delivery.js';

/** A run still running this long after it started is stuck: evaluations take minutes. */
export const RUN_BOUND_MINUTES = 120;

/** The line the sweeper logs per run it closes; the alarm counts it. */
export const RUN_SWEPT_MESSAGE = 'run closed as failed by the sweeper';

/**
 * Closes runs left running past their bound (a dispatch that died half-way, bookkeeping writes
 * that failed for good):
 * 1. lists the runs still running that started before now - bound (a sparse index);
 * 2. closes each as failed, recording how many employers it never counted;
 * 3. queues the digests of what it did create (delivery is idempotent), so no mail is lost;
 * 4. logs each at error level, which the stage's alarm counts.
 * Answers the runs closed.
 */
export async function sweepRuns(
  deps: Deps<'runs' | 'digests' | 'mailbox' | 'deliverQueue' | 'clock' | 'logger'>,
  boundMinutes = RUN_BOUND_MINUTES,
) {
  const now = deps.clock.now();
  const before = new Date(now.getTime() - boundMinutes * 60_000).toISOString();
  const closed: Array<{ runId: string; employersMissing: number }> = [];
  for (const runId of await deps.runs.runningSince(before)) {
    const missing = await deps.runs.closeAsFailed(runId, now.toISOString());
    if (missing === undefined) continue;
    const digestsQueued = await queueDelivery(
      deps,
      runId,
      await deps.runs.getRunWithProviders(runId),
      now.toISOString(),
    );
    deps.logger.error(RUN_SWEPT_MESSAGE, { runId, employersMissing: missing, digestsQueued });
    closed.push({ runId, employersMissing: missing });
  }
  return closed;
}
