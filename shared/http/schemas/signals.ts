import * as z from 'zod';
import { SIGNAL_STATUSES } from '../../app/pipeline/ports.js';
import { SIGNAL_TYPES } from '../../domain/catalogue.js';
import { WEEKDAYS } from '../../domain/moments.js';
import { dateSchema, idSchema, listQuerySchema, timestampSchema } from './common.js';

export const signalSchema = z
  .object({
    signalId: idSchema,
    signalType: z.enum(SIGNAL_TYPES),
    typeName: z.string(),
    employerId: idSchema,
    employerName: z.string(),
    employeeId: idSchema,
    employeeName: z.string(),
    departmentId: idSchema.nullable(),
    eventDate: dateSchema,
    signalDate: dateSchema,
    daysBefore: z.number().int(),
    text: z.string().optional(),
    status: z.enum(SIGNAL_STATUSES),
    createdAt: timestampSchema,
    readAt: timestampSchema.nullable(),
    handledAt: timestampSchema.nullable(),
    handledBy: z.string().nullable(),
    note: z.string().nullable(),
    emailed: z.boolean(),
  })
  .meta({ title: 'Signal' });

export const mySignalsQuerySchema = listQuerySchema.extend({
  status: z.enum(SIGNAL_STATUSES).optional(),
  employerId: idSchema.optional(),
  signalType: z.enum(SIGNAL_TYPES).optional(),
  from: dateSchema.optional(),
  to: dateSchema.optional(),
});

export const signalPatchSchema = z.union([
  z.strictObject({ read: z.literal(true) }),
  z.strictObject({ handled: z.literal(true), note: z.string().max(2000).optional() }),
]);

export const startRunBodySchema = z.strictObject({
  date: dateSchema.optional(),
  moment: z.string().min(1).max(64).optional(),
  employerIds: z.array(idSchema).min(1).max(10_000).optional(),
});

export const runSchema = z
  .object({
    runId: idSchema,
    moment: z.string().describe('The moment that started it (a momentId), or `manual`.'),
    trigger: z.enum(['schedule', 'manual']).describe('Started by a schedule, or by hand (API or CLI).'),
    scope: z
      .union([z.object({ providerId: idSchema }), z.object({ employerId: idSchema })])
      .nullable()
      .describe("Whose employers it evaluates: a provider's, one employer, or (null) the platform's."),
    date: dateSchema,
    status: z.enum(['queued', 'running', 'completed', 'failed']),
    employers: z.object({ total: z.number().int(), done: z.number().int(), failed: z.number().int() }),
    signalsCreated: z.number().int(),
    signalsWithdrawn: z.number().int(),
    emailsSent: z.number().int(),
    startedAt: timestampSchema,
    finishedAt: timestampSchema.nullable(),
    deliveryQueuedAt: timestampSchema
      .nullable()
      .describe(
        "When the run's digests were queued for delivery (after its last employer); null until then.",
      ),
    employersMissing: z
      .number()
      .int()
      .optional()
      .describe('Only on a run the sweeper closed as failed: the employers it never counted.'),
  })
  .meta({ title: 'Run' });

export const runsQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: z.string().min(1).max(2048).optional(),
  from: dateSchema.optional().describe('Runs of this date or later (run date).'),
  to: dateSchema.optional().describe('Runs of this date or earlier (run date).'),
  trigger: z.enum(['schedule', 'manual']).optional(),
  providerId: idSchema.optional().describe("Runs of this provider's moments only."),
});

export const emailPreferencesBodySchema = z
  .strictObject({
    cadence: z
      .enum(['everyRun', 'weekly'])
      .default('everyRun')
      .describe(
        '`everyRun`: one digest per run with new e-mail signals. `weekly`: the signals are collected and mailed in one digest at the first run on or after `weekday` each week.',
      ),
    weekday: z
      .enum(WEEKDAYS)
      .default('mon')
      .describe('The day the weekly digest goes out (at the first run on or after it); `mon` when absent.'),
    paused: z
      .boolean()
      .default(false)
      .describe('No e-mail at all while true; the in-app signal list is not affected.'),
  })
  .meta({ title: 'EmailPreferencesInput' });

export const emailPreferencesSchema = z
  .object({
    cadence: z.enum(['everyRun', 'weekly']),
    weekday: z.enum(WEEKDAYS),
    paused: z.boolean(),
    updatedAt: timestampSchema
      .nullable()
      .describe('When they were last changed; null: never (the defaults).'),
  })
  .meta({ title: 'EmailPreferences' });

export const unsubscribeQuerySchema = z.object({
  token: z
    .string()
    .min(1)
    .max(2048)
    .describe('The signed, expiring token of the unsubscribe link in a digest.'),
});

/** RFC 8058's one-click body (`List-Unsubscribe=One-Click`), or the unsubscribe page's form. */
export const unsubscribeBodySchema = z
  .object({
    'List-Unsubscribe': z.literal('One-Click').optional(),
    via: z.literal('page').optional().describe('Sent by the unsubscribe page: answer with a redirect to it.'),
  })
  .meta({ title: 'UnsubscribeForm' });
