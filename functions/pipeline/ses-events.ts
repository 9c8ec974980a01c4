import type { Context, SNSEvent } from 'aws-lambda';
import { z } from 'zod';
import { lambdaRuntime } from '../runtime/lambda-wiring.js';

const { deps, logger } = lambdaRuntime('signals-ses-events');

const sesEventSchema = z.object({
  eventType: z.string(),
  bounce: z
    .object({ bounceType: z.string(), bouncedRecipients: z.array(z.object({ emailAddress: z.string() })) })
    .optional(),
  complaint: z.object({ complainedRecipients: z.array(z.object({ emailAddress: z.string() })) }).optional(),
});

/**
 * SES configuration-set events (through SNS): a permanent bounce or a complaint suppresses the
 * address, so no further mail goes to it. The signal list is not affected.
 */
export const handler = async (event: SNSEvent, context: Context) => {
  logger.addContext(context);
  const at = new Date().toISOString();
  for (const record of event.Records) {
    const parsed = sesEventSchema.safeParse(JSON.parse(record.Sns.Message));
    if (!parsed.success) {
      logger.warn('ignored SES event', { messageId: record.Sns.MessageId });
      continue;
    }
    const e = parsed.data;
    const addresses =
      e.eventType === 'Bounce' && e.bounce?.bounceType === 'Permanent'
        ? e.bounce.bouncedRecipients.map((r) => r.emailAddress)
        : e.eventType === 'Complaint'
          ? (e.complaint?.complainedRecipients ?? []).map((r) => r.emailAddress)
          : [];
    for (const address of addresses) {
      await deps.suppressions.suppress(address, e.eventType, at);
      logger.info('address suppressed', { reason: e.eventType });
    }
  }
};
