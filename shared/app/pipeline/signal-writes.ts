import { signalTypeInfo } from '../../domain/catalogue.js';
import { formatDay, toDay } from '../../domain/dates.js';
import { employeeName } from '../../domain/employee.js';
import { type DueSignal, derivedIdentity } from '../../domain/rules/evaluate.js';
import type { Deps } from '../deps.js';
import type { RunDigest } from '../digests/ports.js';
import type { buildEmployerView, RecipientInfo } from '../evaluation/employer-view.js';
import type { LedgerEntry, OpenLedger, StoredSignal } from './ports.js';
import { recipientOfKey, signalIdOf } from './recipients.js';

type View = NonNullable<ReturnType<typeof buildEmployerView>>;

/** What the write phase uses. */
export type WriteDeps = Deps<'signals' | 'ledger' | 'digests' | 'clock' | 'logger' | 'config'>;

/** How long a writer holds an employer's lock before another may take it over. */
export const LOCK_LEASE_SECONDS = 120;

/** The id of a ledger entry's signal (the identity is the key). */
export function entrySignalId(employerId: string, e: LedgerEntry): string {
  const identity = derivedIdentity(
    { ...e, recipientId: e.recipientKey, employerId },
    { level: e.escalation?.level, onBehalfOf: e.onBehalfOf },
  );
  return signalIdOf(identity, formatDay(countedFrom(e) - e.daysBefore));
}

/** The day a signal's `daysBefore` counts back from: the event, or an escalation's legal date. */
const countedFrom = (s: { eventDate: string; escalation?: { legalDate: string } | undefined }) =>
  toDay(s.escalation?.legalDate ?? s.eventDate);

/** The last day a signal can still be due: max(event or legal date, signal date) + catch-up days. */
export const dueUntil = (
  s: { eventDate: string; daysBefore: number; escalation?: { legalDate: string } | undefined },
  catchUpDays: number,
) => {
  const day = countedFrom(s);
  return formatDay(Math.max(day, day - s.daysBefore) + catchUpDays);
};

export const entryOf = (s: DueSignal, email: boolean): LedgerEntry => ({
  recipientKey: s.recipientId,
  signalType: s.signalType,
  employeeId: s.employeeId,
  subject: s.subject,
  eventDate: s.eventDate,
  daysBefore: s.daysBefore,
  email,
  ...(s.escalation ? { escalation: { level: s.escalation.level, legalDate: s.escalation.legalDate } } : {}),
  ...(s.onBehalfOf ? { onBehalfOf: s.onBehalfOf } : {}),
});

const userOfKey = (recipientKey: string) => {
  const { userType, userId } = recipientOfKey(recipientKey);
  return { userType, userId };
};

export function toStoredSignal(
  signal: DueSignal,
  recipient: RecipientInfo,
  view: View,
  runId: string,
  now: string,
  providerId: string,
): StoredSignal {
  const employee = view.employees.get(signal.employeeId)!;
  return {
    signalId: signalIdOf(signal.identity, signal.signalDate),
    recipientKey: recipient.recipientId,
    recipientId: recipient.userId,
    signalType: signal.signalType,
    typeName: signalTypeInfo(signal.signalType).name[recipient.locale],
    providerId,
    employerId: view.employer.employerId,
    employerName: view.employer.name,
    employeeId: signal.employeeId,
    employeeName: employeeName(employee),
    departmentId: employee.departmentId ?? null,
    subject: signal.subject,
    eventDate: signal.eventDate,
    signalDate: signal.signalDate,
    daysBefore: signal.daysBefore,
    ...(signal.text !== undefined ? { text: signal.text } : {}),
    ...(signal.legalDate !== undefined
      ? {
          legalDate: signal.legalDate,
          legalBasis: signalTypeInfo(signal.signalType).legalDeadline?.basis ?? null,
        }
      : {}),
    ...(signal.ruleVersion !== undefined ? { ruleVersion: signal.ruleVersion } : {}),
    ...(signal.escalation
      ? {
          escalation: {
            level: signal.escalation.level,
            legalDate: signal.escalation.legalDate,
            originalRecipients: signal.escalation.originalRecipients.map(userOfKey),
          },
        }
      : {}),
    ...(signal.onBehalfOf ? { onBehalfOf: recipientOfKey(signal.onBehalfOf).userId } : {}),
    status: 'unread',
    createdAt: now,
    readAt: null,
    handledAt: null,
    handledBy: null,
    note: null,
    emailed: signal.email && !!recipient.email,
    runId,
  };
}

/**
 * Writes a run's new signals for an employer, under the employer's lock:
 * 1. the signals: in batches when the lock was free (nothing can be half-written), else each
 *    only where absent (a holder that died may have left some: they are this run's now);
 * 2. one ledger record of them, filed under the last day any can still be due;
 * 3. the run's digests, per recipient, from every ledger entry of this run (so a retry after a
 *    crash writes the same digests again).
 * Signals go first and digests last, so a crash anywhere leaves nothing mailed that is not
 * recorded, and a retry of the same run finds its ledger and writes the digests again.
 */
export async function writeNewSignals(
  deps: WriteDeps,
  input: {
    runId: string;
    view: View;
    providerId: string;
    fresh: readonly DueSignal[];
    recipients: ReadonlyMap<string, RecipientInfo>;
    mine: readonly LedgerEntry[];
    halfWrittenPossible: boolean;
  },
): Promise<number> {
  const { runId, view, fresh, recipients } = input;
  const employerId = view.employer.employerId;
  const now = deps.clock.now().toISOString();
  if (fresh.length > 0) {
    const stored = fresh.map((s) =>
      toStoredSignal(s, recipients.get(s.recipientId)!, view, runId, now, input.providerId),
    );
    if (input.halfWrittenPossible) {
      const existed = await deps.signals.putIfAbsent(stored);
      if (existed.size > 0) {
        deps.logger.warn('adopted signals a failed writer left', {
          runId,
          employerId,
          signals: existed.size,
        });
      }
    } else {
      await deps.signals.putNew(stored);
    }
    const entries = fresh.map((s) => entryOf(s, s.email && !!recipients.get(s.recipientId)?.email));
    const openUntil = fresh
      .map((s) => dueUntil(s, deps.config.catchUpDays))
      .sort()
      .at(-1)!;
    await deps.ledger.record(employerId, runId, openUntil, entries);
  }
  const mailed = [...input.mine, ...fresh.map((s) => entryOf(s, s.email))].filter((e) => e.email);
  await recordDigests(deps, runId, view, input.providerId, recipients, mailed);
  return fresh.length;
}

/** The run's digest of each recipient with e-mailed signals (idempotent: the same content again). */
export async function recordDigests(
  deps: Deps<'digests'>,
  runId: string,
  view: View,
  providerId: string,
  recipients: ReadonlyMap<string, RecipientInfo>,
  mailed: readonly LedgerEntry[],
) {
  const employerId = view.employer.employerId;
  const byRecipient = new Map<string, Set<string>>();
  for (const e of mailed) {
    const recipient = recipients.get(e.recipientKey);
    if (!recipient?.email) continue;
    const ids = byRecipient.get(e.recipientKey) ?? new Set<string>();
    ids.add(entrySignalId(employerId, e));
    byRecipient.set(e.recipientKey, ids);
  }
  const departments = Object.fromEntries(view.departments);
  // One BatchWriteItem for the employer's recipients, not a request per user.
  await deps.digests.recordDigests(
    [...byRecipient].map(([recipientKey, ids]): RunDigest => {
      const r = recipients.get(recipientKey)!;
      return {
        runId,
        recipientKey,
        recipient: { userId: r.userId, email: r.email, name: r.name, locale: r.locale, userType: r.userType },
        providerId,
        employerId,
        employerName: view.employer.name,
        signalIds: [...ids].sort(),
        departments,
      };
    }),
  );
}

/**
 * Brings back withdrawn signals whose event the data yields again (an end date set back, an
 * employee restored), and opens them again in their ledger records. Answers how many came back.
 */
export async function reviveWithdrawn(
  deps: Deps<'signals' | 'ledger'>,
  employerId: string,
  revive: ReadonlyArray<{ ledger: OpenLedger; entry: LedgerEntry; signalId: string }>,
): Promise<number> {
  const byLedger = new Map<string, string[]>();
  let revived = 0;
  for (const { ledger, entry, signalId } of revive) {
    if (await deps.signals.reviveSignal(entry.recipientKey, signalId)) revived += 1;
    byLedger.set(ledger.key, [...(byLedger.get(ledger.key) ?? []), signalId]);
  }
  for (const [key, ids] of byLedger) await deps.ledger.reopen(employerId, key, ids);
  return revived;
}

/**
 * Withdraws signals whose event the data no longer yields (unless handled meanwhile), and
 * closes them in their ledger records so no later run tries again. Answers how many were withdrawn.
 */
export async function withdrawStale(
  deps: Deps<'signals' | 'ledger'>,
  runId: string,
  employerId: string,
  stale: ReadonlyArray<{ ledger: OpenLedger; entry: LedgerEntry; signalId: string }>,
): Promise<number> {
  const closedByLedger = new Map<string, OpenLedger['closed']>();
  let withdrawn = 0;
  for (const { ledger, entry, signalId } of stale) {
    const ok = await deps.signals.withdrawSignal(entry.recipientKey, signalId);
    if (ok) withdrawn += 1;
    const closed = closedByLedger.get(ledger.key) ?? {};
    closed[signalId] = { as: ok ? 'withdrawn' : 'handled', runId };
    closedByLedger.set(ledger.key, closed);
  }
  for (const [key, closed] of closedByLedger) await deps.ledger.close(employerId, key, closed);
  return withdrawn;
}
