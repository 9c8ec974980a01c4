import type { Deps } from '../deps.js';
import { forgetRemovedUsers } from '../directory/forget-users.js';
import { type ItemChange, type ReevaluateDeps, reevaluateChanges } from './reevaluate-changes.js';

/**
 * What a batch of data changes sets off, in AWS (the stream's Lambda) and locally (the stream
 * poller) alike: the inboxes of deleted users are removed, and the employers the changes may
 * have altered are re-evaluated. Both are safe to repeat. Answers the changes that failed, the
 * earliest first: the stream retries from there.
 */
export async function followChanges(
  deps: ReevaluateDeps & Deps<'store' | 'signals' | 'calendars' | 'logger'>,
  changes: readonly ItemChange[],
): Promise<{ evaluated: number; failed: ItemChange[] }> {
  const [forgetFailed, { evaluated, failed }] = await Promise.all([
    forgetRemovedUsers(deps, changes),
    reevaluateChanges(deps, changes),
  ]);
  const all = [...forgetFailed, ...failed.map((f) => f.change)];
  return {
    evaluated,
    failed: all.sort((a, b) => (a.position < b.position ? -1 : a.position > b.position ? 1 : 0)),
  };
}
