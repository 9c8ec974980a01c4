import pLimit from 'p-limit';
import type { Deps } from '../deps.js';
import { collectForNextDigest } from '../digests/collect.js';
import { derivedId } from '../ids.js';
import { METRICS } from '../ports.js';
import { evaluateSignals, type SignalDeps } from './evaluate-employer.js';

/**
 * The item kinds whose change can alter signals, by the partition they live in: an employer's
 * (its own record with product 290, its users and their settings, employees, custom signals) or
 * a provider's (its users and their settings, the provider default). Everything else (signals,
 * ledgers, runs, templates, moments, the pipeline's own records) is left alone, so the writes of
 * a re-evaluation never trigger another.
 */
export const SIGNAL_INPUTS = {
  employer: ['employer', 'employerUser', 'employerUserSettings', 'employee', 'customSignal'],
  provider: ['providerUser', 'providerUserSettings', 'providerDefaultSettings'],
} as const;

/** One changed data item, as a stream record names it: whose it is and its kind (of the new or old image). */
export interface ItemChange {
  /** The employer or provider whose partition holds the item. */
  owner: { employerId: string } | { providerId: string };
  /** The employee the item is about (the employee, or one of its custom signals); absent otherwise. */
  employeeId?: string;
  /** The user the item is (a provider's or employer's user); absent otherwise. */
  userId?: string;
  /** The item's kind (`entity`); undefined for items without one. */
  entity: string | undefined;
  /** The item was deleted (the stream's REMOVE). */
  removed: boolean;
  /** The stream's id of the record (opaque: what a retry starts from). */
  sequence: string;
  /** Orders the changes of one source: compared as strings, a later change is greater. */
  position: string;
}

/** At most this many employers are evaluated at once for one batch of changes. */
export const REEVALUATE_CONCURRENCY = 4;

export type ReevaluateDeps = SignalDeps & Deps<'activeEmployers' | 'mailbox' | 'metrics'>;

/** An employer a batch of changes may have altered: its newest change, and which employees (all when absent). */
export interface AffectedEmployer {
  change: ItemChange;
  employeeIds?: Set<string>;
}

/**
 * The employers a batch of changes may have altered the signals of, each with its newest change,
 * and, when every change to it is about particular employees, just those employees.
 */
export async function affectedEmployers(
  deps: Deps<'activeEmployers'>,
  changes: readonly ItemChange[],
): Promise<Map<string, AffectedEmployer>> {
  const employers = new Map<string, AffectedEmployer>();
  const newest = (id: string, change: ItemChange, employeeId: string | undefined) => {
    const known = employers.get(id);
    const latest = !known || known.change.position < change.position ? change : known.change;
    // One change to the employer as a whole makes the whole employer the scope.
    const whole = !known ? employeeId === undefined : !known.employeeIds || employeeId === undefined;
    const employeeIds = whole ? undefined : new Set([...(known?.employeeIds ?? []), employeeId!]);
    employers.set(id, { change: latest, ...(employeeIds ? { employeeIds } : {}) });
  };
  const providers = new Map<string, ItemChange>();
  for (const change of changes) {
    const { owner, entity } = change;
    if (!entity) continue;
    if ('employerId' in owner && (SIGNAL_INPUTS.employer as readonly string[]).includes(entity)) {
      newest(owner.employerId, change, change.employeeId);
    }
    if ('providerId' in owner && (SIGNAL_INPUTS.provider as readonly string[]).includes(entity)) {
      const known = providers.get(owner.providerId);
      if (!known || known.position < change.position) providers.set(owner.providerId, change);
    }
  }
  for (const [providerId, change] of providers) {
    for (const employerId of await deps.activeEmployers.activeEmployersOfProvider(providerId)) {
      newest(employerId, change, undefined);
    }
  }
  return employers;
}

/**
 * Re-evaluates, for `today` (Europe/Amsterdam), every employer a batch of changes may have
 * altered, with the rule engine and write path of a run: signals that became due are created,
 * signals whose event the data no longer yields are withdrawn, nothing else is touched. The
 * data is read strongly consistent and as it is now, so a change delivered twice, late, or after
 * a newer one changes nothing the newest data would not. A run and a change on one employer
 * take the same lock and read the same ledger, so neither doubles a signal.
 *
 * New e-mailed signals join the recipient's next digest: each change's digest is collected in
 * the recipient's mailbox for the next run (or the weekly day), never mailed on its own.
 *
 * Answers the employers that failed, each with its newest change (to retry from there).
 */
export async function reevaluateChanges(
  deps: ReevaluateDeps,
  changes: readonly ItemChange[],
): Promise<{ evaluated: number; failed: Array<{ employerId: string; change: ItemChange }> }> {
  const employers = await affectedEmployers(deps, changes);
  const today = deps.clock.today();
  const limit = pLimit(REEVALUATE_CONCURRENCY);
  const failed: Array<{ employerId: string; change: ItemChange }> = [];
  await Promise.all(
    [...employers].map(([employerId, { change, employeeIds }]) =>
      limit(async () => {
        try {
          const runId = changeRunId(employerId, change, today);
          await reevaluateEmployer(deps, employerId, today, runId, employeeIds);
        } catch (error) {
          deps.logger.error('re-evaluation after a change failed', {
            employerId,
            sequence: change.sequence,
            error: String(error),
          });
          failed.push({ employerId, change });
        }
      }),
    ),
  );
  return { evaluated: employers.size - failed.length, failed };
}

/**
 * The owner id of a re-evaluation: the same for a retry of the same change (so it resumes what
 * it began: its ledger record, its digests), another for every other change.
 */
export function changeRunId(employerId: string, change: ItemChange, today: string): string {
  return derivedId(`change-${today}`, employerId, change.sequence);
}

async function reevaluateEmployer(
  deps: ReevaluateDeps,
  employerId: string,
  today: string,
  runId: string,
  employeeIds: ReadonlySet<string> | undefined,
) {
  const evaluation = await evaluateSignals(
    deps,
    { runId, employerId, date: today },
    { consistent: true, ...(employeeIds ? { employeeIds: [...employeeIds] } : {}) },
  );
  const { outcome, providerId } = evaluation;
  if (outcome.created > 0) deps.metrics.count(METRICS.signalsCreated, outcome.created);
  if (outcome.withdrawn > 0) deps.metrics.count(METRICS.signalsWithdrawn, outcome.withdrawn);
  if (providerId) await collectForNextDigest(deps, providerId, { runId, runDate: today }, evaluation.mailed);
  if (outcome.created > 0 || outcome.withdrawn > 0) {
    deps.logger.info('signals changed after a change', { employerId, runId, ...outcome });
  }
}
