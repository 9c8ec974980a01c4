import pLimit from 'p-limit';
import { isHealthSignal, LEGAL_DEADLINES, type SignalType, signalTypeInfo } from '../../domain/catalogue.js';
import { addDays, formatDay, toDay } from '../../domain/dates.js';
import { ValidationError } from '../../domain/errors.js';
import { LEGAL_TYPES } from '../../domain/escalation.js';
import { legalEvents } from '../../domain/rules/evaluate.js';
import type { Caller } from '../caller.js';
import type { Deps } from '../deps.js';
import { buildEmployerView } from '../evaluation/employer-view.js';
import {
  employerPartitionOf,
  type ProviderPartition,
  providerPartitionOf,
} from '../evaluation/partitions.js';
import {
  type EscalationRecord,
  type EventHandled,
  type EventState,
  eventKeyOf,
  type UserOfTenant,
} from '../pipeline/ports.js';
import { requireActiveEmployer } from '../settings/provider-defaults.js';

export const DEADLINE_STATUSES = ['open', 'handled', 'escalated', 'unassigned', 'withdrawn'] as const;
export type DeadlineStatus = (typeof DEADLINE_STATUSES)[number];

/** The window a query may span at most, and the one it gets when it names none. */
const MAX_WINDOW_DAYS = 366;
const DEFAULT_WINDOW_DAYS = 60;

export interface Deadline {
  eventId: string;
  signalType: SignalType;
  employeeId: string;
  /** Absent on health events: they name nobody here (the signal list has the details). */
  employeeName?: string;
  eventDate: string;
  legalDate: string;
  legalBasis: string;
  status: DeadlineStatus;
  recipients: UserOfTenant[];
  handled: EventHandled | null;
  /** The levels fired so far: when, and whom each reached. */
  escalations: EscalationRecord[];
  /** No level of the escalation policy reached anybody. */
  unescalated: boolean;
}

/** The window of a query: `from` (today) to `to` (60 days on), at most 366 days (400 otherwise). */
function windowOf(today: string, query: { from?: string | undefined; to?: string | undefined }) {
  const from = query.from ?? today;
  const to = query.to ?? formatDay(addDays(toDay(from), DEFAULT_WINDOW_DAYS));
  const span = toDay(to) - toDay(from);
  if (span < 0 || span > MAX_WINDOW_DAYS) {
    throw new ValidationError(
      `The window runs from ${from} to ${to}: it must not end before it starts or span over ${MAX_WINDOW_DAYS} days.`,
      [{ path: 'query.to', message: `must be on or after from, at most ${MAX_WINDOW_DAYS} days later` }],
    );
  }
  return { from, to };
}

/**
 * An employer's legal deadlines in a window, computed by the rule engine from its data (whether
 * or not anyone has a signal yet), each with the users set to get it, and whether its event was
 * handled (who, when, note): `open`, `handled`, or `unassigned` (nobody has that type on for
 * that employee). Ordered by legal date.
 */
export async function employerDeadlines(
  deps: Deps<'store' | 'signals' | 'clock'>,
  employerId: string,
  query: DeadlineQuery,
): Promise<Deadline[]> {
  const employer = await requireActiveEmployer(deps, employerId);
  const window = windowOf(deps.clock.today(), query);
  const provider = providerPartitionOf(await deps.store.readProviderPartition(employer.data.providerId));
  return (await deadlinesOf(deps, employerId, provider, window, query.status)).deadlines;
}

type DeadlineQuery = {
  from?: string | undefined;
  to?: string | undefined;
  status?: DeadlineStatus | undefined;
};

/** Employers whose deadlines are computed at once for a provider's overview. */
const EMPLOYERS_AT_ONCE = 4;

/**
 * A provider's legal deadlines across the employers with product 290 that the caller may see
 * (a provider user limited to some employers sees those), each with its employer, in legal-date
 * order. The provider's partition is read once.
 */
export async function providerDeadlines(
  deps: Deps<'store' | 'signals' | 'clock' | 'activeEmployers' | 'tenants'>,
  caller: Caller,
  providerId: string,
  query: DeadlineQuery,
): Promise<Array<Deadline & { employerId: string; employerName: string }>> {
  const window = windowOf(deps.clock.today(), query);
  const [employerIds, provider, user] = await Promise.all([
    deps.activeEmployers.activeEmployersOfProvider(providerId),
    deps.store.readProviderPartition(providerId).then(providerPartitionOf),
    caller.userType === 'provider' ? deps.tenants.callerUser(caller) : undefined,
  ]);
  const limitedTo = user?.employerIds;
  const visible = limitedTo ? employerIds.filter((id) => limitedTo.includes(id)) : employerIds;
  const limit = pLimit(EMPLOYERS_AT_ONCE);
  const perEmployer = await Promise.all(
    visible.map((employerId) =>
      limit(async () => {
        const { deadlines, employerName } = await deadlinesOf(
          deps,
          employerId,
          provider,
          window,
          query.status,
        );
        return deadlines.map((d) => ({ ...d, employerId, employerName }));
      }),
    ),
  );
  return perEmployer
    .flat()
    .sort(
      (a, b) =>
        a.legalDate.localeCompare(b.legalDate) ||
        a.employerId.localeCompare(b.employerId) ||
        a.eventId.localeCompare(b.eventId),
    );
}

async function deadlinesOf(
  deps: Deps<'store' | 'signals'>,
  employerId: string,
  provider: ProviderPartition,
  { from, to }: { from: string; to: string },
  status: DeadlineStatus | undefined,
): Promise<{ deadlines: Deadline[]; employerName: string }> {
  const view = buildEmployerView(
    employerPartitionOf(await deps.store.readEmployerPartition(employerId)),
    provider,
  );
  if (!view) return { deadlines: [], employerName: employerId };
  // Numbered, so a provider user and an employer user with the same id stay two people.
  const numbered = view.recipients.map((r, i) => ({ ...r, recipientId: String(i) }));
  const events = legalEvents(view.snapshot, numbered, LEGAL_TYPES, toDay(from), toDay(to));
  // The employer's event states (handled, escalated): one Query, kept to a while after their legal date.
  const states = new Map((await deps.signals.eventStatesOf(employerId)).map((st) => [eventKeyOf(st), st]));
  const nameOf = (employeeId: string, type: SignalType) => {
    const employee = view.employees.get(employeeId);
    return !isHealthSignal(type) && employee
      ? { employeeName: [employee.firstName, employee.lastName].filter(Boolean).join(' ') }
      : {};
  };
  const deadlineOf = (
    event: {
      signalType: SignalType;
      employeeId: string;
      subject: string;
      eventDate: string;
      legalDate: string;
    },
    state: EventState | undefined,
    recipients: UserOfTenant[],
    withdrawn: boolean,
  ): Deadline => {
    const escalations = state?.escalations ?? [];
    const status: DeadlineStatus = withdrawn
      ? 'withdrawn'
      : state?.handled
        ? 'handled'
        : escalations.length > 0
          ? 'escalated'
          : recipients.length === 0
            ? 'unassigned'
            : 'open';
    return {
      eventId: eventKeyOf(event),
      signalType: event.signalType,
      employeeId: event.employeeId,
      ...nameOf(event.employeeId, event.signalType),
      eventDate: event.eventDate,
      legalDate: event.legalDate,
      legalBasis: signalTypeInfo(event.signalType).legalDeadline!.basis,
      status,
      recipients,
      handled: state?.handled ?? null,
      escalations,
      unescalated: !!state?.unescalatedAt && escalations.length === 0,
    };
  };
  const computed = events.map((e) => {
    const event = {
      signalType: e.signalType,
      employeeId: e.employeeId,
      subject: e.subject,
      eventDate: formatDay(e.eventDay),
      legalDate: formatDay(e.legalDay),
    };
    const key = eventKeyOf(event);
    const recipients = e.recipients.map((i) => {
      const r = view.recipients[Number(i)]!;
      return { userType: r.userType, userId: r.userId };
    });
    const deadline = deadlineOf(event, states.get(key), recipients, false);
    states.delete(key);
    return deadline;
  });
  // What is left had a state (signals, handling, escalation) but the data no longer yields it.
  const withdrawn = [...states.values()].flatMap((st) =>
    st.legalDate && st.legalDate >= from && st.legalDate <= to && LEGAL_DEADLINES[st.signalType]
      ? [deadlineOf({ ...st, legalDate: st.legalDate }, st, [], true)]
      : [],
  );
  const deadlines = [...computed, ...withdrawn].sort(
    (a, b) =>
      a.legalDate.localeCompare(b.legalDate) ||
      a.employeeId.localeCompare(b.employeeId) ||
      a.signalType.localeCompare(b.signalType),
  );
  return {
    deadlines: status ? deadlines.filter((d) => d.status === status) : deadlines,
    employerName: view.employer.name,
  };
}
