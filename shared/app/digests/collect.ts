import { digestDueDate } from '../../domain/email-preferences.js';
import type { Deps } from '../deps.js';

/**
 * Keeps a digest that is not mailed on its own (what a change made between runs) for each
 * user's next mail: filed under the date it is due by the user's preferences (the next run for
 * a user mailed every run, the chosen weekday for a weekly one); nothing for a paused user, whose
 * signals are in the list only. One batch read of the users' states, one batch write.
 */
export async function collectForNextDigest(
  deps: Deps<'mailbox'>,
  providerId: string,
  digest: { runId: string; runDate: string },
  recipientKeys: readonly string[],
): Promise<void> {
  if (recipientKeys.length === 0) return;
  const states = await deps.mailbox.stateOfEach(recipientKeys);
  const recipients = recipientKeys.flatMap((recipientKey) => {
    const { preferences } = states.get(recipientKey)!;
    return preferences.paused ? [] : [{ recipientKey, wakeOn: digestDueDate(digest.runDate, preferences) }];
  });
  if (recipients.length > 0) await deps.mailbox.collect(providerId, digest, recipients);
}
