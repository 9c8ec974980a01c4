import * as z from 'zod';
import { dateSchema, idSchema } from '../../shared/http/schemas/common.js';

/** Queue and scheduler payloads are validated at the edge like HTTP bodies. */
export const evaluateMessageSchema = z.object({ runId: idSchema, employerId: idSchema, date: dateSchema });
export const deliverMessageSchema = z.object({ runId: idSchema, recipientKey: z.string().min(3).max(200) });
export const webhookMessageSchema = z.object({
  providerId: idSchema,
  webhookId: idSchema,
  deliveryId: idSchema,
});
export const scheduleEventSchema = z.object({
  moment: z.string().min(1),
  scope: z
    .union([z.strictObject({ providerId: idSchema }), z.strictObject({ employerId: idSchema })])
    .nullable()
    .default(null),
  /** Scheduler's `<aws.scheduler.scheduled-time>`: when this firing was due. */
  scheduledTime: z.iso.datetime({ offset: true }).optional(),
});
