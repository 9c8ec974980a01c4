import * as z from 'zod';
import type { Deps } from '../deps.js';

const sesEventSchema = z.object({
  eventType: z.string(),
  bounce: z
    .object({ bounceType: z.string(), bouncedRecipients: z.array(z.object({ emailAddress: z.string() })) })
    .optional(),
  complaint: z.object({ complainedRecipients: z.array(z.object({ emailAddress: z.string() })) }).optional(),
});

/**
 * Handles one SES configuration-set event: a permanent bounce or a complaint suppresses the
 * address, so no further digest goes to it (the signal list is not affected). Answers the
 * addresses suppressed; anything else is ignored.
 */
export async function suppressFromSesEvent(
  deps: Deps<'clock' | 'suppressions'>,
  message: unknown,
): Promise<string[]> {
  const parsed = sesEventSchema.safeParse(message);
  if (!parsed.success) return [];
  const e = parsed.data;
  const addresses =
    e.eventType === 'Bounce' && e.bounce?.bounceType === 'Permanent'
      ? e.bounce.bouncedRecipients.map((r) => r.emailAddress)
      : e.eventType === 'Complaint'
        ? (e.complaint?.complainedRecipients ?? []).map((r) => r.emailAddress)
        : [];
  const at = deps.clock.now().toISOString();
  for (const address of addresses) await deps.suppressions.suppress(address, e.eventType, at);
  return addresses;
}
