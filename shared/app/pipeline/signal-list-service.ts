import { ConflictError, ForbiddenError, NotFoundError } from '../../domain/errors.js';
import type { Caller } from '../caller.js';
import type { Deps } from '../deps.js';
import type { PageRequest } from '../resource-store.js';
import {
  type EventRef,
  type EventState,
  handledKeyOf,
  type InboxFilter,
  type StoredSignal,
} from './ports.js';
import { callerRecipientKey } from './recipients.js';

function ownKey(caller: Caller): string {
  const key = callerRecipientKey(caller);
  if (!key) throw new ForbiddenError('Only provider and employer users have a signal list.');
  return key;
}

/** The event a signal is of: every recipient's signal of it shares it. */
const eventOf = (s: StoredSignal): EventRef => ({
  employerId: s.employerId,
  signalType: s.signalType,
  employeeId: s.employeeId,
  subject: s.subject,
  eventDate: s.eventDate,
});

/**
 * The public shape of signals: what the list shows, without storage details, each with whether
 * its event was handled by anybody (who, when, note): one batch read for the page.
 */
export async function publicSignals(deps: Deps<'signals'>, signals: readonly StoredSignal[]) {
  const states =
    signals.length > 0 ? await deps.signals.eventStates(signals.map(eventOf)) : new Map<string, EventState>();
  return signals.map(
    ({ recipientKey: _k, recipientId: _r, subject: _s, runId: _run, providerId: _p, ...rest }, i) => ({
      ...rest,
      legalDate: rest.legalDate ?? null,
      legalBasis: rest.legalBasis ?? null,
      ruleVersion: rest.ruleVersion ?? null,
      escalation: rest.escalation ?? null,
      onBehalfOf: rest.onBehalfOf ?? null,
      eventHandled: states.get(handledKeyOf(eventOf(signals[i]!)))?.handled ?? null,
    }),
  );
}

export const listMySignals = (
  deps: Deps<'signals'>,
  caller: Caller,
  filter: InboxFilter,
  page: PageRequest,
) => deps.signals.listInbox(ownKey(caller), filter, page);

/**
 * Marks one of the caller's signals read, or handled (with who, when and an optional note).
 * Repeating a change is harmless; a withdrawn signal cannot be handled (409).
 */
export async function updateMySignal(
  deps: Deps<'signals' | 'clock'>,
  caller: Caller,
  signalId: string,
  change: { read: true } | { handled: true; note?: string | undefined },
) {
  const key = ownKey(caller);
  const current = await deps.signals.getSignal(key, signalId);
  if (!current) throw new NotFoundError('The signal does not exist in your list.');
  const at = deps.clock.now().toISOString();
  if ('read' in change) {
    if (current.status !== 'unread') return current;
    return (
      (await deps.signals.updateStatus(key, signalId, ['unread'], { status: 'read', at })) ??
      (await deps.signals.getSignal(key, signalId))!
    );
  }
  if (current.status === 'withdrawn')
    throw new ConflictError('The signal was withdrawn: its event no longer exists.');
  const handled =
    current.status === 'handled'
      ? current
      : await deps.signals.updateStatus(key, signalId, ['unread', 'read'], {
          status: 'handled',
          at,
          by: caller.sub,
          note: change.note ?? null,
        });
  if (!handled) throw new ConflictError('The signal changed meanwhile; read it again.');
  // The event is handled for everyone who has a signal of it (the first handling stands); again
  // on a repeat, so a failure between the two writes is mended by the retry.
  await deps.signals.markEventHandled(
    eventOf(handled),
    { by: handled.handledBy ?? caller.sub, at: handled.handledAt ?? at, note: handled.note },
    { legalDate: handled.legalDate ?? null, providerId: handled.providerId },
  );
  return handled;
}

/** Marks every unread signal of the caller read; answers how many. */
export async function readAllMySignals(deps: Deps<'signals' | 'clock'>, caller: Caller) {
  const key = ownKey(caller);
  const at = deps.clock.now().toISOString();
  let updated = 0;
  let cursor: string | undefined;
  // One pass over the unread signals, page by page: restarting from the first page would read
  // the ones just marked again (the status is a filter on the inbox, not a key of its own).
  do {
    const page = await deps.signals.listInbox(
      key,
      { status: 'unread' },
      { limit: 100, ...(cursor ? { cursor } : {}) },
    );
    const results = await Promise.all(
      page.items.map((s) => deps.signals.updateStatus(key, s.signalId, ['unread'], { status: 'read', at })),
    );
    updated += results.filter(Boolean).length;
    cursor = page.nextCursor;
  } while (cursor);
  return { updated };
}
