import pLimit from 'p-limit';
import { signalTypeInfo } from '../../domain/catalogue.js';
import { formatDay, toDay } from '../../domain/dates.js';
import { employeeName } from '../../domain/employee.js';
import { type DueSignal, dueSignals, eventStillExists } from '../../domain/rules/evaluate.js';
import { aowNotYetKnown } from '../../domain/rules/event-rules.js';
import type { Deps } from '../deps.js';
import { buildEmployerView, type RecipientInfo } from '../evaluation/employer-view.js';
import type { DigestEntry, EvaluateMessage, StoredSignal } from './ports.js';
import { recipientKeyOf, signalIdOf } from './recipients.js';

/** What evaluating an employer uses. */
export type EvaluateDeps = Deps<
  'store' | 'signals' | 'digests' | 'runs' | 'config' | 'clock' | 'logger' | 'deliverQueue'
>;

/** The widest window back any setting reaches: catch-up days plus the largest offset after the event (365). */
const MAX_DAYS_AFTER = 365;
const WRITE_CONCURRENCY = 16;

export interface EmployerOutcome {
  created: number;
  withdrawn: number;
  due: number;
}

/**
 * Evaluates one employer for a run:
 * 1. reads the employer's partition, its provider's partition and the employer's recent signals
 *    (one paginated Query each);
 * 2. resolves every recipient's effective settings and runs the rule engine for the run date;
 * 3. writes only the signals not created before (conditional writes keyed by the signal
 *    identity, with the digest entry in the same transaction when the setting says e-mail);
 * 4. withdraws unread or read signals whose event the current data no longer yields;
 * 5. counts the employer on the run once, and the last employer queues the delivery.
 */
export async function evaluateEmployer(
  deps: EvaluateDeps,
  message: EvaluateMessage,
): Promise<EmployerOutcome> {
  const { runId, employerId } = message;
  const runDay = toDay(message.date);
  const employerItems = await deps.store.readEmployerPartition(employerId);
  const employerData = employerItems.employer?.[0];
  const providerId = (employerData?.data as { providerId?: string } | undefined)?.providerId;
  // Deleted or deactivated since dispatch: nothing to signal, but the run must still count it.
  if (!employerData || !providerId || !employerData.products?.includes('290')) {
    await finishEmployer(deps, runId, employerId, { created: 0, withdrawn: 0, due: 0 });
    return { created: 0, withdrawn: 0, due: 0 };
  }
  const [providerItems, existing] = await Promise.all([
    deps.store.readProviderPartition(providerId),
    deps.signals.employerSignals(
      employerId,
      formatDay(runDay - deps.config.catchUpDays - MAX_DAYS_AFTER - 1),
    ),
  ]);
  const view = buildEmployerView(employerItems, providerItems)!;
  const recipients = view.recipients.map((r) => ({
    ...r,
    recipientId: recipientKeyOf(
      r.userType,
      r.userType === 'provider' ? providerId : employerId,
      r.recipientId,
    ),
  }));
  const byKey = new Map<string, RecipientInfo>(recipients.map((r) => [r.recipientId, r]));
  const existingIds = new Set(existing.map((s) => s.signalId));

  if (recipients.some((r) => r.settings.some((x) => x.signalType === 'STATE_PENSION_AGE'))) {
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
  }

  // An offset is overtaken for good once a nearer offset of the same event was created, even when
  // the recipient's settings no longer list that nearer offset.
  const nearestCreated = new Map<string, number>();
  for (const s of existing) {
    const key = eventKeyOf(s.recipientKey, s);
    nearestCreated.set(key, Math.min(nearestCreated.get(key) ?? Number.POSITIVE_INFINITY, s.daysBefore));
  }
  const fresh: DueSignal[] = [];
  let due = 0;
  dueSignals(view.snapshot, recipients, runDay, deps.config.catchUpDays, (signal) => {
    due += 1;
    if (existingIds.has(signalIdOf(signal.identity))) return;
    if (
      (nearestCreated.get(eventKeyOf(signal.recipientId, signal)) ?? Number.POSITIVE_INFINITY) <
      signal.daysBefore
    )
      return;
    fresh.push(signal);
  });

  const now = deps.clock.now().toISOString();
  const limit = pLimit(WRITE_CONCURRENCY);
  const created = await Promise.all(
    fresh.map((signal) =>
      limit(() => {
        const recipient = byKey.get(signal.recipientId)!;
        const stored = toStoredSignal(signal, recipient, view, runId, now);
        const digest =
          signal.email && recipient.email
            ? toDigestEntry(stored, recipient, view, providerId, runId)
            : undefined;
        return deps.signals.createSignal(stored, digest);
      }),
    ),
  );

  const employees = new Map(view.snapshot.employees.map((e) => [e.employee.employeeId, e]));
  const stale = existing.filter(
    (s) =>
      (s.status === 'unread' || s.status === 'read') &&
      !eventStillExists(
        s.signalType,
        employees.get(s.employeeId),
        view.snapshot.customSignals.get(s.employeeId),
        s.subject,
        toDay(s.eventDate),
      ),
  );
  const withdrawn = await Promise.all(
    stale.map((s) => limit(() => deps.signals.withdrawSignal(s.recipientKey, s.signalId))),
  );

  const outcome = {
    created: created.filter(Boolean).length,
    withdrawn: withdrawn.filter(Boolean).length,
    due,
  };
  await finishEmployer(deps, runId, employerId, outcome);
  return outcome;
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
  deps: Deps<'runs' | 'digests' | 'clock' | 'logger' | 'deliverQueue'>,
  runId: string,
  employerId: string,
  outcome: EmployerOutcome,
  result: 'done' | 'failed' = 'done',
) {
  const now = deps.clock.now().toISOString();
  await deps.runs.markEmployer(
    runId,
    employerId,
    result,
    { created: outcome.created, withdrawn: outcome.withdrawn },
    now,
  );
  if (await deps.runs.completeIfFinished(runId, now)) {
    const recipients = await deps.digests.digestRecipients(runId);
    await deps.deliverQueue.send(recipients.map((recipientKey) => ({ runId, recipientKey })));
    await deps.runs.markDeliveryQueued(runId, now);
    deps.logger.info('run completed', { runId, digests: recipients.length });
  }
}

/** One event of one recipient, whatever the offset. */
const eventKeyOf = (
  recipientKey: string,
  s: { signalType: string; employeeId: string; subject: string; eventDate: string },
) => [recipientKey, s.signalType, s.employeeId, s.subject, s.eventDate].join('|');

type View = NonNullable<ReturnType<typeof buildEmployerView>>;

function toStoredSignal(
  signal: DueSignal,
  recipient: RecipientInfo,
  view: View,
  runId: string,
  now: string,
): StoredSignal {
  const employee = view.employees.get(signal.employeeId)!;
  return {
    signalId: signalIdOf(signal.identity),
    recipientKey: recipient.recipientId,
    recipientId: recipient.userId,
    signalType: signal.signalType,
    typeName: signalTypeInfo(signal.signalType).name[recipient.locale],
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

function toDigestEntry(
  s: StoredSignal,
  recipient: RecipientInfo,
  view: View,
  providerId: string,
  runId: string,
): DigestEntry {
  return {
    runId,
    recipientKey: s.recipientKey,
    recipient: {
      userId: s.recipientId,
      email: recipient.email,
      name: recipient.name,
      locale: recipient.locale,
      userType: recipient.userType,
    },
    providerId,
    signalId: s.signalId,
    signalType: s.signalType,
    employerId: s.employerId,
    employerName: s.employerName,
    employeeName: s.employeeName,
    departmentName: s.departmentId ? (view.departments.get(s.departmentId) ?? null) : null,
    eventDate: s.eventDate,
    signalDate: s.signalDate,
    ...(s.text !== undefined ? { text: s.text } : {}),
  };
}
