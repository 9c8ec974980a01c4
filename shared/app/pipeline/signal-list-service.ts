import { ConflictError, ForbiddenError, NotFoundError } from '../../domain/errors.js';
import type { Caller } from '../caller.js';
import type { Deps } from '../deps.js';
import type { PageRequest } from '../resource-store.js';
import type { InboxFilter, StoredSignal } from './ports.js';
import { callerRecipientKey } from './recipients.js';

function ownKey(caller: Caller): string {
  const key = callerRecipientKey(caller);
  if (!key) throw new ForbiddenError('Only provider and employer users have a signal list.');
  return key;
}

/** The public shape of a signal: what the list shows, without storage details. */
export function publicSignal(s: StoredSignal) {
  const { recipientKey: _k, recipientId: _r, subject: _s, runId: _run, ...rest } = s;
  return { ...rest, legalDate: s.legalDate ?? null, legalBasis: s.legalBasis ?? null };
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
  if (current.status === 'handled') return current;
  if (current.status === 'withdrawn')
    throw new ConflictError('The signal was withdrawn: its event no longer exists.');
  const updated = await deps.signals.updateStatus(key, signalId, ['unread', 'read'], {
    status: 'handled',
    at,
    by: caller.sub,
    note: change.note ?? null,
  });
  if (!updated) throw new ConflictError('The signal changed meanwhile; read it again.');
  return updated;
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
