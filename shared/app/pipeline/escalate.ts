import { type Day, formatDay } from '../../domain/dates.js';
import { addressed, escalatedTypes, escalationHorizon, levelDue, maySee } from '../../domain/escalation.js';
import {
  type DueSignal,
  derivedIdentity,
  type LegalEvent,
  legalEvents,
} from '../../domain/rules/evaluate.js';
import type { Deps } from '../deps.js';
import type { EmployerView, RecipientInfo } from '../evaluation/employer-view.js';
import { METRICS } from '../ports.js';
import { type EventRef, type EventState, handledKeyOf, type LedgerEntry, type OpenLedger } from './ports.js';
import { recipientOfKey, signalIdOf } from './recipients.js';

/**
 * Escalation of legal deadlines (PRODUCT.md, "Legal deadlines"), as a run or a change plans it:
 * 1. candidates, from the data alone: every legal event of the policy's types whose legal date
 *    is near enough for a level to be due, with the nearest level due beyond those fired (the
 *    ledger's open records list the escalation signals made, so a level fires once);
 * 2. one batch read of just those events' states: a handled event escalates no further;
 * 3. per event, the level's users who may see the employee and have no signal of it already; a
 *    level with nobody passes to the next; no level with anybody leaves the event unescalated;
 * 4. every new signal and escalation of a user with a substitute in period is copied to the
 *    substitute (`onBehalfOf`), where the substitute may see the employee (no chains).
 */

export interface EscalationCandidate {
  event: LegalEvent;
  ref: EventRef;
  /**
   * Whom the level due now reaches (or the next with anybody), and how many days before the legal
   * date it became due; undefined: no level reaches anybody.
   */
  reach: { level: number; daysBeforeLegalDate: number; users: string[] } | undefined;
}

/** The recipients as planning sees them: with their recipient keys. */
type Recipients = readonly RecipientInfo[];

/** One event of an employer, whatever the recipient and offset. */
const eventKey = (e: { signalType: string; employeeId: string; subject: string; eventDate: string }) =>
  `${e.signalType}|${e.employeeId}|${e.subject}|${e.eventDate}`;

/** The highest level fired per event, from the ledger's open records. */
function firedLevels(ledgers: readonly OpenLedger[]): Map<string, number> {
  const fired = new Map<string, number>();
  for (const ledger of ledgers) {
    for (const entry of ledger.entries) {
      if (!entry.escalation) continue;
      const key = eventKey(entry);
      fired.set(key, Math.max(fired.get(key) ?? 0, entry.escalation.level));
    }
  }
  return fired;
}

/** A legal event an evaluation may escalate, with its reference. */
export interface EscalationEvent {
  event: LegalEvent;
  ref: EventRef;
}

/**
 * The legal events of the policy's types near enough to their legal date for a level to be due
 * on the run day, computed once per evaluation from the data (pure, no reads).
 */
export function escalationEvents(
  view: EmployerView,
  recipients: Recipients,
  runDay: Day,
  catchUpDays: number,
  only?: ReadonlySet<string>,
): EscalationEvent[] {
  const { policy } = view.escalation;
  return legalEvents(
    view.snapshot,
    recipients,
    escalatedTypes(policy),
    runDay - catchUpDays,
    runDay + escalationHorizon(policy),
  ).flatMap((event) =>
    only && !only.has(event.employeeId)
      ? []
      : [
          {
            event,
            ref: {
              employerId: view.employer.employerId,
              signalType: event.signalType,
              employeeId: event.employeeId,
              subject: event.subject,
              eventDate: formatDay(event.eventDay),
            },
          },
        ],
  );
}

/**
 * Of those events, the ones whose next level is due on the run day beyond the levels the ledger
 * says fired, with whom it reaches; an event reached before with no further level reaching
 * anybody is left out.
 */
export function escalationCandidates(
  view: EmployerView,
  recipients: Recipients,
  events: readonly EscalationEvent[],
  runDay: Day,
  catchUpDays: number,
  ledgers: readonly OpenLedger[],
): EscalationCandidate[] {
  const { policy } = view.escalation;
  const fired = firedLevels(ledgers);
  const candidates: EscalationCandidate[] = [];
  for (const { event, ref } of events) {
    const firedUpTo = fired.get(eventKey(ref)) ?? 0;
    const level = levelDue(policy, event.legalDay, runDay, firedUpTo, catchUpDays);
    if (level === undefined) continue;
    const reach = reachFrom(view, recipients, event, level);
    // Reached before, and nobody left to reach: nothing to read or write for it.
    if (reach || firedUpTo === 0) candidates.push({ event, ref, reach });
  }
  return candidates;
}

/** What escalation adds to a plan: its signals, and the events no level could reach. */
export interface EscalationPlan {
  signals: DueSignal[];
  unescalated: EscalationCandidate[];
}

/** The escalation signals of the candidates not handled (step 3). */
export function planEscalations(
  candidates: readonly EscalationCandidate[],
  states: ReadonlyMap<string, EventState>,
): EscalationPlan {
  const signals: DueSignal[] = [];
  const unescalated: EscalationCandidate[] = [];
  for (const candidate of candidates) {
    const state = states.get(handledKeyOf(candidate.ref));
    if (state?.handled) continue;
    const { event, ref, reach } = candidate;
    if (!reach) {
      // Unescalated: no level ever reached anybody. Counted and recorded once; a user who becomes
      // eligible later is still escalated to.
      if (!state?.unescalatedAt) unescalated.push(candidate);
      continue;
    }
    const { level, daysBeforeLegalDate, users } = reach;
    for (const recipientId of users) {
      const base = { ...ref, recipientId, daysBefore: daysBeforeLegalDate };
      signals.push({
        ...base,
        identity: derivedIdentity(base, { level }),
        signalDate: formatDay(event.legalDay - daysBeforeLegalDate),
        email: true,
        legalDate: formatDay(event.legalDay),
        ...(event.ruleVersion !== undefined ? { ruleVersion: event.ruleVersion } : {}),
        escalation: { level, legalDate: formatDay(event.legalDay), originalRecipients: event.recipients },
      });
    }
  }
  return { signals, unescalated };
}

/**
 * The first level from `from` on with somebody to reach: the level's users who may see the
 * employee and have no signal of the event already (a level with nobody passes to the next).
 */
function reachFrom(view: EmployerView, recipients: Recipients, event: LegalEvent, from: number) {
  const { policy, namedUserType } = view.escalation;
  const departmentId = view.employees.get(event.employeeId)?.departmentId ?? undefined;
  const original = new Set(event.recipients);
  // A level that takes over from an earlier one is dated as that one: the day it became due.
  const { daysBeforeLegalDate } = policy.levels[from - 1]!;
  for (let level = from; level <= policy.levels.length; level += 1) {
    const reached = addressed(policy.levels[level - 1]!.to, recipients, namedUserType)
      .filter((u) => maySee(u, departmentId) && !original.has(u.recipientId))
      .map((u) => u.recipientId);
    if (reached.length > 0) return { level, daysBeforeLegalDate, users: reached };
  }
  return undefined;
}

/**
 * The copies of new signals (and escalations) for the substitutes in period on the run day (step
 * 4): a substitute of the same tenant, active, not the user, who may see the employee, and no
 * copy of a copy.
 */
export function substituteCopies(
  view: EmployerView,
  recipients: Recipients,
  runDate: string,
  fresh: readonly DueSignal[],
): DueSignal[] {
  const byKey = new Map(recipients.map((r) => [r.recipientId, r]));
  const tenantOf = (key: string) => {
    const { userType, tenantId } = recipientOfKey(key);
    return `${userType}:${tenantId}`;
  };
  // A substitute by tenant and user id: the user's own tenant, never another.
  const byUser = new Map(recipients.map((r) => [`${tenantOf(r.recipientId)}|${r.userId}`, r]));
  const copies: DueSignal[] = [];
  for (const signal of fresh) {
    if (signal.onBehalfOf) continue;
    const user = byKey.get(signal.recipientId);
    if (!user) continue;
    const departmentId = view.employees.get(signal.employeeId)?.departmentId ?? undefined;
    for (const sub of user.substitutes) {
      if (sub.from > runDate || runDate > sub.to || sub.userId === user.userId) continue;
      const stand = byUser.get(`${tenantOf(user.recipientId)}|${sub.userId}`);
      if (!stand || !maySee(stand, departmentId)) continue;
      const base = { ...signal, recipientId: stand.recipientId };
      copies.push({
        ...base,
        identity: derivedIdentity(base, { level: signal.escalation?.level, onBehalfOf: user.recipientId }),
        onBehalfOf: user.recipientId,
        email: signal.email,
      });
    }
  }
  return copies;
}

/** The signal id of a planned signal. */
export const plannedId = (s: DueSignal) => signalIdOf(s.identity, s.signalDate);

/**
 * Records on each event's state the levels fired by these ledger entries (the run's own, so a
 * retry records them again, identically) and the events no level reached; counts those.
 */
export async function recordEscalationStates(
  deps: Deps<'signals' | 'clock' | 'metrics'>,
  employerId: string,
  providerId: string,
  entries: readonly LedgerEntry[],
  unescalated: readonly EscalationCandidate[],
) {
  const at = deps.clock.now().toISOString();
  const fired = new Map<string, { ref: EventRef; legalDate: string; level: number; to: LedgerEntry[] }>();
  for (const e of entries) {
    if (!e.escalation || e.onBehalfOf) continue;
    const key = `${eventKey(e)}|${e.escalation.level}`;
    const known = fired.get(key) ?? {
      ref: {
        employerId,
        signalType: e.signalType,
        employeeId: e.employeeId,
        subject: e.subject,
        eventDate: e.eventDate,
      },
      legalDate: e.escalation.legalDate,
      level: e.escalation.level,
      to: [],
    };
    known.to.push(e);
    fired.set(key, known);
  }
  await Promise.all([
    ...[...fired.values()].map((f) =>
      deps.signals.recordEscalation(
        f.ref,
        { legalDate: f.legalDate, providerId },
        {
          level: f.level,
          at,
          to: f.to.map((e) => {
            const { userType, userId } = recipientOfKey(e.recipientKey);
            return { userType, userId };
          }),
        },
      ),
    ),
    ...unescalated.map((c) =>
      deps.signals.recordUnescalated(c.ref, { legalDate: formatDay(c.event.legalDay), providerId }, at),
    ),
  ]);
  if (unescalated.length > 0) deps.metrics.count(METRICS.eventsUnescalated, unescalated.length);
}
