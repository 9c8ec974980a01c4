import pLimit from 'p-limit';
import type { Deps } from '../deps.js';
import { recipientKeyOf, userRefOf } from '../pipeline/recipients.js';
import type { ItemChange } from '../pipeline/reevaluate-changes.js';

/** Inboxes removed at once. */
const FORGET_CONCURRENCY = 4;

/** The item kinds that are users, whose removal ends their personal data. */
const USER_KINDS: readonly string[] = ['providerUser', 'employerUser'];

/**
 * What a user's deletion leaves behind, removed after it (the stream's REMOVE of the user item,
 * also when a provider or employer was deleted with its users): the user's inbox, with the
 * signals, e-mail preferences and collected digests in it, and the user's calendar feed. A user made again under the same id
 * before this ran keeps the new inbox. Safe to repeat. Answers the changes that failed.
 */
export async function forgetRemovedUsers(
  deps: Deps<'store' | 'signals' | 'calendars' | 'logger'>,
  changes: readonly ItemChange[],
): Promise<ItemChange[]> {
  const failed: ItemChange[] = [];
  // A cascade removes many users in one batch: their inboxes are separate partitions, a few at once.
  const limit = pLimit(FORGET_CONCURRENCY);
  const removed = changes.filter(
    (c) => c.removed && c.userId !== undefined && USER_KINDS.includes(c.entity ?? ''),
  );
  await Promise.all(
    removed.map((change) =>
      limit(async () => {
        const recipientKey =
          'providerId' in change.owner
            ? recipientKeyOf('provider', change.owner.providerId, change.userId!)
            : recipientKeyOf('employer', change.owner.employerId, change.userId!);
        try {
          if (await deps.store.get(userRefOf(recipientKey))) return;
          // The calendar feed first: its pointer is in the inbox.
          await deps.calendars.revoke(recipientKey);
          await deps.signals.deleteInbox(recipientKey);
          deps.logger.info("a deleted user's inbox removed", { recipientKey });
        } catch (error) {
          deps.logger.error("a deleted user's inbox not removed", { recipientKey, error: String(error) });
          failed.push(change);
        }
      }),
    ),
  );
  return failed;
}
