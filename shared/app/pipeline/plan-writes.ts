import { toDay } from '../../domain/dates.js';
import { type DueSignal, dueSignals, eventStillExists } from '../../domain/rules/evaluate.js';
import type { EmployerView, RecipientInfo } from '../evaluation/employer-view.js';
import {
  type EscalationEvent,
  escalationCandidates,
  planEscalations,
  plannedId,
  substituteCopies,
} from './escalate.js';
import type { SignalDeps } from './evaluate-employer.js';
import type { EventState, LedgerEntry, OpenLedger } from './ports.js';
import { signalIdOf } from './recipients.js';
import { entrySignalId } from './signal-writes.js';

/**
 * What a run has to write for an employer, from its data and its open ledger records: the due
 * signals no record lists (less overtaken offsets), the listed ones whose event is gone, and
 * what this run recorded in an earlier attempt (its count and digests stand).
 */
export function planWrites(
  deps: Pick<SignalDeps, 'config'>,
  input: {
    runId: string;
    date: string;
    view: EmployerView;
    recipients: readonly RecipientInfo[];
    runDay: number;
    ledgers: readonly OpenLedger[];
    /** The legal events escalation may concern, and their states (both made once, before planning). */
    escalationEvents: readonly EscalationEvent[];
    states: ReadonlyMap<string, EventState>;
    /** Only these employees were read: the others' signals are left as they are. */
    only?: ReadonlySet<string> | undefined;
  },
) {
  const { runId, view, recipients, runDay, ledgers, only } = input;
  const employerId = view.employer.employerId;
  const known = new Set<string>();
  // An offset is overtaken for good once a nearer offset of the same event was created, even when
  // the recipient's settings no longer list that nearer offset.
  const nearestCreated = new Map<string, number>();
  const mine: LedgerEntry[] = [];
  const stale: Array<{ ledger: OpenLedger; entry: LedgerEntry; signalId: string }> = [];
  // Withdrawn earlier: brought back when the data yields their event again and they are due.
  const withdrawn = new Map<string, { ledger: OpenLedger; entry: LedgerEntry; signalId: string }>();
  let withdrawnByMe = 0;
  const employees = new Map(view.snapshot.employees.map((e) => [e.employee.employeeId, e]));
  for (const ledger of ledgers) {
    for (const entry of ledger.entries) {
      const signalId = entrySignalId(employerId, entry);
      known.add(signalId);
      if (!entry.escalation && !entry.onBehalfOf) {
        const key = eventKeyOf(entry.recipientKey, entry);
        nearestCreated.set(
          key,
          Math.min(nearestCreated.get(key) ?? Number.POSITIVE_INFINITY, entry.daysBefore),
        );
      }
      if (ledger.runId === runId) mine.push(entry);
      const closed = ledger.closed[signalId];
      if (closed) {
        if (closed.runId === runId && closed.as === 'withdrawn') withdrawnByMe += 1;
        if (closed.as === 'withdrawn') withdrawn.set(signalId, { ledger, entry, signalId });
        continue;
      }
      if (only && !only.has(entry.employeeId)) continue;
      const stillThere = eventStillExists(
        entry.signalType,
        employees.get(entry.employeeId),
        view.snapshot.customSignals.get(entry.employeeId),
        entry.subject,
        toDay(entry.eventDate),
      );
      if (!stillThere) stale.push({ ledger, entry, signalId });
    }
  }
  const fresh: DueSignal[] = [];
  const revive: Array<{ ledger: OpenLedger; entry: LedgerEntry; signalId: string }> = [];
  let due = 0;
  dueSignals(view.snapshot, recipients, runDay, deps.config.catchUpDays, (signal) => {
    due += 1;
    const signalId = signalIdOf(signal.identity, signal.signalDate);
    const back = withdrawn.get(signalId);
    if (back) revive.push(back);
    if (known.has(signalId)) return;
    const nearest = nearestCreated.get(eventKeyOf(signal.recipientId, signal)) ?? Number.POSITIVE_INFINITY;
    if (nearest < signal.daysBefore) return;
    fresh.push(signal);
  });
  // Escalations of legal events nobody handled, then the substitutes' copies of all that is new.
  const candidates = escalationCandidates(
    view,
    recipients,
    input.escalationEvents,
    runDay,
    deps.config.catchUpDays,
    ledgers,
  );
  const escalation = planEscalations(candidates, input.states);
  const derived = [...escalation.signals];
  derived.push(...substituteCopies(view, recipients, input.date, [...fresh, ...escalation.signals]));
  for (const signal of derived) {
    const signalId = plannedId(signal);
    const back = withdrawn.get(signalId);
    if (back) revive.push(back);
    if (!known.has(signalId)) fresh.push(signal);
  }
  return { fresh, stale, revive, mine, withdrawnByMe, due, unescalated: escalation.unescalated };
}

/** One event of one recipient, whatever the offset. */
const eventKeyOf = (
  recipientKey: string,
  s: { signalType: string; employeeId: string; subject: string; eventDate: string },
) => [recipientKey, s.signalType, s.employeeId, s.subject, s.eventDate].join('|');
