import * as z from 'zod';
import { SIGNAL_STATUSES } from '../../app/pipeline/ports.js';
import { SIGNAL_TYPES } from '../../domain/catalogue.js';
import { WEEKDAYS } from '../../domain/moments.js';
import { dateSchema, ids, pageQuery, timestampSchema } from './common.js';

const signalType = z.enum(SIGNAL_TYPES).describe('The signal type (see `GET /v1/signal-types`).');

const signalStatus = z
  .enum(SIGNAL_STATUSES)
  .describe(
    '`unread`, `read`, `handled` (dealt with: who and when are kept), or `withdrawn` (the data no longer yields its event, e.g. a contract was extended; a handled signal is never withdrawn).',
  );

/** A user among those of a provider and its employer. */
export const userOfTenantSchema = z
  .object({
    userType: z.enum(['provider', 'employer']).describe('A provider user or an employer user.'),
    userId: ids.userId,
  })
  .meta({ title: 'UserRef' });

export const signalSchema = z
  .object({
    signalId: ids.signalId,
    signalType,
    typeName: z
      .string()
      .describe("The type's name in the user's language.")
      .meta({ example: 'Einde tijdelijk contract' }),
    employerId: ids.employerId,
    employerName: z
      .string()
      .describe("The employer's name when the signal was made.")
      .meta({ example: 'Bakkerij Jansen B.V.' }),
    employeeId: ids.employeeId,
    employeeName: z
      .string()
      .describe("The employee's full name when the signal was made.")
      .meta({ example: 'Jan de Boer' }),
    departmentId: ids.departmentId.nullable().describe("The employee's department; null: none."),
    eventDate: dateSchema.describe(
      'The day of the event itself (the contract end, the birthday, the milestone).',
    ),
    signalDate: dateSchema.describe('The day the signal became due: `eventDate` less `daysBefore`.'),
    daysBefore: z
      .number()
      .int()
      .describe('The offset that made it: days before the event (negative: after).')
      .meta({ example: 30 }),
    text: z.string().optional().describe('The text of a custom signal; absent for other types.'),
    legalDate: dateSchema
      .nullable()
      .describe(
        'The date the law attaches a consequence to (its type declares how it follows from the event, see `GET /v1/signal-types`); null for a type without a legal deadline.',
      ),
    legalBasis: z
      .string()
      .nullable()
      .describe('The article or regulation behind `legalDate`; null when there is none.')
      .meta({ example: 'art. 7:668 BW (aanzegplicht)' }),
    ruleVersion: z
      .string()
      .nullable()
      .describe(
        'The version of the law that produced it (see `GET /v1/rule-versions`); null for a type no versioned law decides (a birthday), or a signal made before versions were recorded.',
      )
      .meta({ example: 'notice-2015-01' }),
    escalation: z
      .object({
        level: z
          .int()
          .min(1)
          .max(3)
          .describe('The level of the escalation policy that fired (1: the farthest).'),
        legalDate: dateSchema.describe('The legal date the event counts down to.'),
        originalRecipients: z
          .array(userOfTenantSchema)
          .describe("Who the event's signals went to (their settings cover it); nobody handled it."),
      })
      .nullable()
      .describe(
        'An escalation signal: nobody handled this legal event some days before its legal date, so it reaches you. Handling it (or any signal of the event) handles the event. Null for other signals.',
      ),
    onBehalfOf: ids.userId
      .nullable()
      .describe(
        'A copy you get as substitute of this user (of your own employer or provider); null: your own.',
      ),
    status: signalStatus,
    createdAt: timestampSchema.describe('When the run made it (UTC).'),
    readAt: timestampSchema.nullable().describe('When it was first marked read; null: unread.'),
    handledAt: timestampSchema.nullable().describe('When it was marked handled; null: not handled.'),
    handledBy: z
      .string()
      .nullable()
      .describe("Who marked it handled (the caller's `sub`); null: not handled."),
    note: z.string().nullable().describe('The note given when it was handled; null: none.'),
    emailed: z.boolean().describe("Whether it is (or was) part of the user's digest e-mail."),
    eventHandled: z
      .object({
        by: z.string().describe('Who handled it (a `sub`).'),
        at: timestampSchema.describe('When (UTC).'),
        note: z.string().nullable().describe('The note given; null: none.'),
      })
      .nullable()
      .describe(
        "Whether the signal's event was handled by anybody who has a signal of it (the first handling), beside this signal's own `status`; null: not yet.",
      ),
  })
  .meta({
    title: 'Signal',
    examples: [
      {
        signalId: 'c1b7a3e09f2d4c55',
        signalType: 'CONTRACT_END',
        typeName: 'Einde tijdelijk contract',
        employerId: 'bakkerij-jansen',
        employerName: 'Bakkerij Jansen B.V.',
        employeeId: 'emp-1001',
        employeeName: 'Jan de Boer',
        departmentId: 'sales',
        eventDate: '2026-12-31',
        signalDate: '2026-12-01',
        daysBefore: 30,
        legalDate: null,
        legalBasis: null,
        ruleVersion: 'chain-2020-01',
        escalation: null,
        onBehalfOf: null,
        status: 'unread',
        createdAt: '2026-12-01T06:00:04.512Z',
        readAt: null,
        handledAt: null,
        handledBy: null,
        note: null,
        emailed: true,
        eventHandled: null,
      },
    ],
  });

export const mySignalsQuerySchema = z.strictObject({
  ...pageQuery,
  status: signalStatus.optional().describe('Only signals with this status.'),
  employerId: ids.employerId.optional().describe("Only this employer's signals."),
  signalType: signalType.optional().describe('Only signals of this type.'),
  from: dateSchema.optional().describe('Only signals with a signal date on or after this day.'),
  to: dateSchema.optional().describe('Only signals with a signal date on or before this day.'),
});

export const signalPatchSchema = z
  .union([
    z.strictObject({
      read: z.literal(true).describe('Mark the signal read (once; a repeat changes nothing).'),
    }),
    z.strictObject({
      handled: z.literal(true).describe('Mark the signal handled: records who and when.'),
      note: z.string().max(2000).optional().describe('What was done, up to 2000 characters.'),
    }),
  ])
  .meta({ examples: [{ handled: true, note: 'Contract verlengd tot 2027-12-31.' }] });

export const startRunBodySchema = z
  .strictObject({
    date: dateSchema
      .optional()
      .describe('The day to evaluate, as if it were that morning; today (Europe/Amsterdam) when absent.'),
    moment: z
      .string()
      .min(1)
      .max(64)
      .optional()
      .describe('Evaluate the employers of this moment (a `momentId`) only; all employers when absent.')
      .meta({ example: 'morning' }),
    employerIds: z
      .array(ids.employerId)
      .min(1)
      .max(10_000)
      .optional()
      .describe('Evaluate these employers only (with product 290); all when absent.'),
  })
  .meta({ examples: [{ date: '2026-12-01', employerIds: ['bakkerij-jansen'] }] });

const countOf = (what: string) => z.number().int().describe(what);

export const runSchema = z
  .object({
    runId: ids.runId,
    moment: z.string().describe('The moment that started it (a momentId), or `manual`.'),
    trigger: z.enum(['schedule', 'manual']).describe('Started by a schedule, or by hand (API or CLI).'),
    scope: z
      .union([z.object({ providerId: ids.providerId }), z.object({ employerId: ids.employerId })])
      .nullable()
      .describe("Whose employers it evaluates: a provider's, one employer, or (null) the platform's."),
    date: dateSchema.describe('The day it evaluates (Europe/Amsterdam).'),
    status: z
      .enum(['queued', 'running', 'completed', 'failed'])
      .describe(
        '`completed` when every employer was evaluated; `failed` when some could not be (see `employers.failed`).',
      ),
    employers: z
      .object({
        total: countOf('Employers the run evaluates.'),
        done: countOf('Employers evaluated so far, failed ones included.'),
        failed: countOf('Employers that could not be evaluated (after retries).'),
      })
      .describe('Progress over the employers.'),
    signalsCreated: countOf('Signals the run created.'),
    signalsWithdrawn: countOf('Open signals the run withdrew because the data no longer yields them.'),
    emailsSent: countOf('Digest e-mails sent for the run.'),
    startedAt: timestampSchema.describe('When it started (UTC).'),
    finishedAt: timestampSchema
      .nullable()
      .describe('When its last employer was done (UTC); null while it runs.'),
    deliveryQueuedAt: timestampSchema
      .nullable()
      .describe(
        "When the run's digests were queued for delivery (after its last employer); null until then.",
      ),
    digests: z
      .object({
        queued: countOf(
          'Digests queued for delivery: one per user with something to mail, or due to be mailed.',
        ),
        done: countOf(
          'Deliveries done: sent, or nothing due, paused, or collected for a weekly day (at least once: a redelivered message may count again).',
        ),
        failed: countOf(
          'Deliveries that failed for good (dead-lettered after retries): their mail did not go out.',
        ),
      })
      .describe('Progress over the delivery of the digests; all 0 until `deliveryQueuedAt`.'),
    employersMissing: z
      .number()
      .int()
      .optional()
      .describe('Only on a run the sweeper closed as failed: the employers it never counted.'),
    skipped: z
      .array(
        z.object({
          employerId: z.string().describe('The employer id as it was asked for.'),
          reason: z
            .enum(['product-not-active'])
            .describe(
              '`product-not-active`: no employer with product 290 active has this id (it does not exist in the directory, or the product is off).',
            ),
        }),
      )
      .optional()
      .describe(
        'Only when `employerIds` named employers the run does not evaluate: which, and why (the first 100).',
      ),
    ruleVersions: z
      .array(z.string())
      .describe('The versions of the law the signals it made followed (see `GET /v1/rule-versions`).'),
    warnings: z
      .array(
        z.object({
          employerId: ids.employerId,
          aowNotSet: z
            .int()
            .describe(
              'Employees near AOW age (60 or older) whose AOW date the law has not set yet: no AOW signal for them until a version adds their year.',
            ),
        }),
      )
      .describe('What the run could not signal, per employer; empty when nothing.'),
  })
  .meta({
    title: 'Run',
    examples: [
      {
        runId: 'run-3FzK9w',
        moment: 'morning',
        trigger: 'schedule',
        scope: { providerId: 'acme' },
        date: '2026-12-01',
        status: 'completed',
        employers: { total: 42, done: 42, failed: 0 },
        signalsCreated: 17,
        signalsWithdrawn: 2,
        emailsSent: 9,
        startedAt: '2026-12-01T06:00:00.118Z',
        finishedAt: '2026-12-01T06:00:07.904Z',
        deliveryQueuedAt: '2026-12-01T06:00:07.950Z',
        digests: { queued: 9, done: 9, failed: 0 },
        ruleVersions: ['chain-2020-01', 'notice-2015-01'],
        warnings: [],
      },
    ],
  });

export const runsQuerySchema = z.strictObject({
  ...pageQuery,
  from: dateSchema.optional().describe('Runs of this date or later (run date).'),
  to: dateSchema.optional().describe('Runs of this date or earlier (run date).'),
  trigger: z.enum(['schedule', 'manual']).optional().describe('Only runs started this way.'),
  providerId: ids.providerId.optional().describe("Runs of this provider's moments only."),
});

export const emailPreferencesBodySchema = z
  .strictObject({
    cadence: z
      .enum(['everyRun', 'weekly'])
      .default('everyRun')
      .describe(
        "`everyRun`: one digest per run with new e-mail signals. `weekly`: a signal made on date D is due for mail on the first `weekday` on or after D and goes out at the first run on or after that date (the weekday's own run, or the next run when that day has none); a run on another day mails a weekly user nothing else.",
      ),
    weekday: z
      .enum(WEEKDAYS)
      .default('mon')
      .describe(
        "The weekly digest's day: a signal goes out at the first run on or after the first such day on or after it was made; `mon` when absent.",
      ),
    paused: z
      .boolean()
      .default(false)
      .describe('No e-mail at all while true; the in-app signal list is not affected.'),
  })
  .meta({ title: 'EmailPreferencesInput', examples: [{ cadence: 'weekly', weekday: 'mon', paused: false }] });

export const emailPreferencesSchema = z
  .object({
    cadence: z.enum(['everyRun', 'weekly']).describe('`everyRun`: a digest per run; `weekly`: one a week.'),
    weekday: z
      .enum(WEEKDAYS)
      .describe('The day the weekly digest goes out (used when `cadence` is `weekly`).'),
    paused: z.boolean().describe('No e-mail at all while true (also set by the unsubscribe link).'),
    updatedAt: timestampSchema
      .nullable()
      .describe('When they were last changed; null: never (the defaults).'),
  })
  .meta({
    title: 'EmailPreferences',
    examples: [{ cadence: 'weekly', weekday: 'mon', paused: false, updatedAt: '2026-11-02T14:03:10.000Z' }],
  });

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
    'List-Unsubscribe': z
      .literal('One-Click')
      .optional()
      .describe("RFC 8058's one-click marker, as a mail client sends it."),
    via: z.literal('page').optional().describe('Sent by the unsubscribe page: answer with a redirect to it.'),
  })
  .meta({ title: 'UnsubscribeForm', examples: [{ 'List-Unsubscribe': 'One-Click' }] });
