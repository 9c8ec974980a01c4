import { toDay } from '../../domain/dates.js';
import { aowNotYetKnown } from '../../domain/rules/event-rules.js';
import type { Deps } from '../deps.js';
import { queueDelivery } from '../digests/queue-delivery.js';
import { buildEmployerView, type EmployerView, type RecipientInfo } from '../evaluation/employer-view.js';
import { employerPartitionOf, providerPartitionOf } from '../evaluation/partitions.js';
import { type RetryPolicy, retry } from '../retry.js';
import { escalationCandidates, escalationEvents, recordEscalationStates } from './escalate.js';
import { planWrites } from './plan-writes.js';
import type { EvaluateMessage, EventState, OpenLedger } from './ports.js';
import { recipientKeyOf } from './recipients.js';
import { countRun } from './run-metrics.js';
import {
  entryOf,
  LOCK_LEASE_SECONDS,
  reviveWithdrawn,
  withdrawStale,
  writeNewSignals,
} from './signal-writes.js';

/** What evaluating an employer uses. */
export type EvaluateDeps = Deps<
  | 'store'
  | 'signals'
  | 'ledger'
  | 'digests'
  | 'mailbox'
  | 'runs'
  | 'config'
  | 'clock'
  | 'logger'
  | 'metrics'
  | 'deliverQueue'
>;

export interface EmployerOutcome {
  created: number;
  withdrawn: number;
  due: number;
  /** The rule versions of the signals made. */
  ruleVersions?: string[];
  /** Employees near AOW age whose AOW date the law has not set yet. */
  aowNotSet?: number;
}

/**
 * Evaluates one employer for a run:
 * 1. reads the employer's data, its provider's partition and the employer's open signal-ledger
 *    records (one paginated Query each): what can still change, never the whole history;
 * 2. resolves every recipient's effective settings and runs the rule engine for the run date;
 *    a due signal is new when no open ledger record lists it (and no nearer offset of its event);
 *    legal events whose escalation level is due (read: just their states) add escalation
 *    signals, and substitutes in period get copies (escalate.ts);
 * 3. when there is something to write: takes the employer's lock, writes the new signals, their
 *    ledger record and the run's digests (signal-writes.ts), and withdraws unread or read signals
 *    whose event the current data no longer yields; a rerun with nothing new writes nothing;
 * 4. counts the employer on the run once, and the last employer queues the delivery.
 */
export async function evaluateEmployer(
  deps: EvaluateDeps,
  message: EvaluateMessage,
): Promise<EmployerOutcome> {
  const { runId, employerId } = message;
  const evaluation = await evaluateSignals(deps, message);
  // Deleted or deactivated since dispatch: nothing to signal, but the run must still count it.
  await finishEmployer(deps, runId, employerId, evaluation.outcome, 'done', evaluation.providerId);
  return evaluation.outcome;
}

/** What evaluating an employer's signals did, and for whom it recorded a digest. */
export interface SignalEvaluation {
  outcome: EmployerOutcome;
  /** Absent when the employer is gone or product 290 is off (nothing was evaluated). */
  providerId?: string;
  /** The recipients with e-mailed signals of this evaluation (its digest, under its run id). */
  mailed: string[];
}

/** The shared part of every evaluation: the writes of one employer's signals under its lock. */
export type SignalDeps = Deps<
  'store' | 'signals' | 'ledger' | 'digests' | 'config' | 'clock' | 'logger' | 'metrics'
>;

/**
 * How much of an employer an evaluation covers: all of it (a run), or after a change read
 * strongly consistent, all of it or only some employees (a change to them alone).
 */
export type EvaluationScope = { consistent: false } | { consistent: true; employeeIds?: readonly string[] };

/**
 * Evaluates one employer's signals on a day and writes what changed (steps 1-3 above), under an
 * owner id: a run's id, or a change's. The same id again resumes what an earlier attempt began.
 * With `employeeIds`, only those employees are read, and only their signals created or
 * withdrawn: the others' are neither read nor touched.
 */
export async function evaluateSignals(
  deps: SignalDeps,
  message: EvaluateMessage,
  scope: EvaluationScope = { consistent: false },
): Promise<SignalEvaluation> {
  const { runId, employerId } = message;
  const runDay = toDay(message.date);
  const only = scope.consistent && scope.employeeIds ? new Set(scope.employeeIds) : undefined;
  const employerPartition = employerPartitionOf(
    only
      ? await deps.store.readEmployeesOfEmployer(employerId, [...only])
      : await deps.store.readEmployerPartition(employerId, scope.consistent),
  );
  const providerId = employerPartition.employer?.data.providerId;
  if (!providerId || !employerPartition.employer?.products.includes('290')) {
    return { outcome: { created: 0, withdrawn: 0, due: 0 }, mailed: [] };
  }
  const [providerItems, initial] = await Promise.all([
    deps.store.readProviderPartition(providerId, scope.consistent),
    deps.ledger.open(employerId, message.date),
  ]);
  const view = buildEmployerView(employerPartition, providerPartitionOf(providerItems))!;
  const recipients = view.recipients.map((r) => ({
    ...r,
    recipientId: recipientKeyOf(r.userType, r.userType === 'provider' ? providerId : employerId, r.userId),
  }));
  const byKey = new Map<string, RecipientInfo>(recipients.map((r) => [r.recipientId, r]));
  const aowNotSet = warnWhereAowUnknown(deps, employerId, view, recipients, runDay);

  // Escalation reads the states of just the legal events whose next level is due (none most days).
  const escalating = escalationEvents(view, recipients, runDay, deps.config.catchUpDays, only);
  const candidates = escalationCandidates(
    view,
    recipients,
    escalating,
    runDay,
    deps.config.catchUpDays,
    initial.ledgers,
  );
  const states =
    candidates.length > 0
      ? await deps.signals.eventStates(candidates.map((c) => c.ref))
      : new Map<string, EventState>();
  const planNow = (ledgers: readonly OpenLedger[]) =>
    planWrites(deps, {
      runId,
      date: message.date,
      view,
      recipients,
      runDay,
      ledgers,
      escalationEvents: escalating,
      states,
      only,
    });

  let state = initial;
  let plan = planNow(state.ledgers);
  let halfWrittenPossible = false;
  // One owner per run: a redelivered message of the same run re-enters a lock it left.
  const owner = runId;
  let locked = false;
  if (hasWrites(plan)) {
    // Wait while another writer holds the lock; whoever wrote meanwhile may have created what we
    // planned, so plan again on what the ledger says now (and stop when nothing is left to write).
    const got = await retry(
      LOCK_RETRY,
      async (attempt) => {
        if (attempt > 1) {
          state = await deps.ledger.open(employerId, message.date);
          plan = planNow(state.ledgers);
          if (!hasWrites(plan)) return 'nothingLeft';
        }
        const result = await deps.ledger.acquire(
          employerId,
          owner,
          state.lock?.generation ?? 0,
          deps.clock.now(),
          LOCK_LEASE_SECONDS,
        );
        if (result === 'acquired' || result === 'takenOver') return result;
        throw new LockHeldError(`employer ${employerId} is locked by another writer`);
      },
      {
        retryIf: (error) => error instanceof LockHeldError,
        ...(deps.clock.sleep ? { sleep: deps.clock.sleep } : {}),
      },
    );
    halfWrittenPossible = got === 'takenOver';
    locked = got !== 'nothingLeft';
  }
  let clean = false;
  const mailed = [...plan.mine, ...plan.fresh.map((s) => ({ recipientKey: s.recipientId, email: s.email }))]
    .filter((e) => e.email && byKey.get(e.recipientKey)?.email)
    .map((e) => e.recipientKey);
  try {
    if (locked || plan.mine.some((e) => e.email)) {
      await writeNewSignals(deps, {
        runId,
        view,
        providerId,
        fresh: plan.fresh,
        recipients: byKey,
        mine: plan.mine,
        halfWrittenPossible,
      });
    }
    const escalated = [...plan.mine, ...plan.fresh.map((s) => entryOf(s, s.email))];
    if (plan.unescalated.length > 0 || escalated.some((e) => e.escalation)) {
      await recordEscalationStates(deps, employerId, providerId, escalated, plan.unescalated);
    }
    const withdrawnNow = locked ? await withdrawStale(deps, runId, employerId, plan.stale) : 0;
    const revived = locked ? await reviveWithdrawn(deps, employerId, plan.revive) : 0;
    const ruleVersions = [
      ...new Set(plan.fresh.flatMap((f) => (f.ruleVersion !== undefined ? [f.ruleVersion] : []))),
    ];
    const outcome = {
      created: plan.mine.length + plan.fresh.length + revived,
      withdrawn: plan.withdrawnByMe + withdrawnNow,
      due: plan.due,
      ...(ruleVersions.length > 0 ? { ruleVersions } : {}),
      ...(aowNotSet > 0 ? { aowNotSet } : {}),
    };
    clean = true;
    if (locked) await deps.ledger.release(employerId, owner, true);
    locked = false;
    return { outcome, providerId, mailed: [...new Set(mailed)] };
  } finally {
    // Failed while writing: the next holder must assume half-written signals.
    if (locked) await deps.ledger.release(employerId, owner, clean);
  }
}

/** Waiting for another writer's lock on an employer: up to about 17 s in all (a lease that runs out is taken over). */
const LOCK_RETRY: RetryPolicy = { attempts: 13, baseMs: 50, capMs: 2000 };

/** Another writer holds the employer's lock: worth waiting for. */
class LockHeldError extends Error {
  override name = 'LockHeldError';
}

const hasWrites = (plan: ReturnType<typeof planWrites>) =>
  plan.fresh.length > 0 || plan.stale.length > 0 || plan.revive.length > 0;

function warnWhereAowUnknown(
  deps: Pick<SignalDeps, 'logger'>,
  employerId: string,
  view: EmployerView,
  recipients: readonly RecipientInfo[],
  runDay: number,
) {
  if (!recipients.some((r) => r.settings.some((x) => x.signalType === 'STATE_PENSION_AGE'))) return 0;
  const unknown = view.snapshot.employees.filter((e) => aowNotYetKnown(e.birth, runDay)).length;
  if (unknown > 0) {
    deps.logger.warn(
      'AOW table does not cover employees near AOW age; no AOW signal for them until it does',
      {
        employerId,
        employees: unknown,
      },
    );
  }
  return unknown;
}

/**
 * Handles one evaluate message. A failure is retried by the queue; on the last attempt the
 * employer is counted failed on the run (so the run still completes), the error is logged, and
 * the message still fails so that it lands in the dead-letter queue (whose alarm tells an
 * operator; a redrive evaluates it again, safely).
 */
export async function handleEvaluateMessage(
  deps: EvaluateDeps,
  message: { runId: string; employerId: string; date: string },
  attempt: number,
  maxAttempts: number,
) {
  try {
    return await evaluateEmployer(deps, message);
  } catch (error) {
    if (attempt >= maxAttempts) {
      deps.logger.error('employer evaluation failed for good', { ...message, attempt, error: String(error) });
      await finishEmployer(
        deps,
        message.runId,
        message.employerId,
        { created: 0, withdrawn: 0, due: 0 },
        'failed',
      );
    }
    throw error;
  }
}

/** Counts the employer on the run (once), and queues the delivery when the run is complete. */
export async function finishEmployer(
  deps: Deps<'runs' | 'digests' | 'mailbox' | 'clock' | 'logger' | 'metrics' | 'deliverQueue'>,
  runId: string,
  employerId: string,
  outcome: EmployerOutcome,
  result: 'done' | 'failed' = 'done',
  providerId?: string,
) {
  const now = deps.clock.now().toISOString();
  const marked = await deps.runs.markEmployer(
    runId,
    employerId,
    result,
    {
      created: outcome.created,
      withdrawn: outcome.withdrawn,
      ...(outcome.ruleVersions ? { ruleVersions: outcome.ruleVersions } : {}),
      ...(outcome.aowNotSet ? { aowNotSet: outcome.aowNotSet } : {}),
    },
    now,
    providerId,
  );
  const run = marked === 'recounted' ? await deps.runs.getRunWithProviders(runId) : undefined;
  if (run?.run.deliveryQueuedAt) {
    // Redriven after the run's delivery went out without this employer's digests. A (run, user)
    // digest is sent once: users not mailed yet get theirs now; one mailed already keeps the
    // employer's new signals in the list only (its delivery answers `skipped`).
    await queueDelivery(deps, runId, run, now, run.run.digests.queued);
    deps.logger.info('a failed employer evaluated after all: its digests queued', { runId, employerId });
    return;
  }
  if (await deps.runs.completeIfFinished(runId, now)) {
    const completed = await deps.runs.getRunWithProviders(runId);
    const digests = await queueDelivery(deps, runId, completed, now);
    deps.logger.info('run completed', { runId, digests });
    if (completed) countRun(deps, completed.run);
  }
}
