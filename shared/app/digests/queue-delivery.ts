import type { Deps } from '../deps.js';
import type { Run } from '../pipeline/ports.js';

/**
 * Queues the delivery of a run's digests: one message per user with a digest in the run, and per
 * user of the run's providers whose collected digests are due by its date (a weekly day, or what
 * a change collected). Records how many were queued, beside any queued before (`alreadyQueued`:
 * a redriven employer's, after the run's delivery). A (run, user) digest is sent once, so queueing
 * a user again sends nothing twice. Answers how many were queued.
 */
export async function queueDelivery(
  deps: Deps<'digests' | 'mailbox' | 'deliverQueue' | 'runs'>,
  runId: string,
  run: { run: Run; providerIds: string[] } | undefined,
  at: string,
  alreadyQueued = 0,
): Promise<number> {
  const [withDigest, due] = await Promise.all([
    deps.digests.digestRecipients(runId),
    run ? deps.mailbox.dueRecipients(run.providerIds, run.run.date) : [],
  ]);
  const recipients = [...new Set([...withDigest, ...due])];
  await deps.deliverQueue.send(recipients.map((recipientKey) => ({ runId, recipientKey })));
  await deps.runs.markDeliveryQueued(runId, at, alreadyQueued + recipients.length);
  return recipients.length;
}
