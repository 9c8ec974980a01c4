import * as z from 'zod';
import type { RunDigest } from '../../app/digests/ports.js';
import { SIGNAL_EVENT_TYPES } from '../../app/events/signal-events.js';
import type { EventRef, EventState, Run, StoredSignal } from '../../app/pipeline/ports.js';
import { DELIVERY_STATUSES, type WebhookDelivery } from '../../app/webhooks/ports.js';
import { SIGNAL_TYPES } from '../../domain/catalogue.js';
import { eventOfStateKey } from './keys.js';
import type { Item } from './query.js';

/**
 * The items the pipeline stores, as the adapters read them back: each decoded once, here, into
 * its port's type (keys and bookkeeping attributes are left behind), so nothing downstream casts.
 * A stored item that does not decode is a bug in what wrote it, and fails loudly.
 */

const signalType = z.enum(SIGNAL_TYPES);
const nullableString = z.string().nullable();
const userOfTenant = z.object({ userType: z.enum(['provider', 'employer']), userId: z.string() });

const storedSignalSchema = z.object({
  signalId: z.string(),
  recipientKey: z.string(),
  recipientId: z.string(),
  signalType,
  typeName: z.string(),
  providerId: z.string().optional(),
  employerId: z.string(),
  employerName: z.string(),
  employeeId: z.string(),
  employeeName: z.string(),
  departmentId: nullableString,
  subject: z.string(),
  eventDate: z.string(),
  signalDate: z.string(),
  daysBefore: z.number(),
  text: z.string().optional(),
  legalDate: nullableString.optional(),
  legalBasis: nullableString.optional(),
  ruleVersion: nullableString.optional(),
  escalation: z
    .object({ level: z.number(), legalDate: z.string(), originalRecipients: z.array(userOfTenant) })
    .nullable()
    .optional(),
  onBehalfOf: nullableString.optional(),
  status: z.enum(['unread', 'read', 'handled', 'withdrawn']),
  createdAt: z.string(),
  readAt: nullableString,
  handledAt: nullableString,
  handledBy: nullableString,
  note: nullableString,
  emailed: z.boolean(),
  runId: z.string(),
}) satisfies z.ZodType<StoredSignal>;

/** What a digest reads of each signal (a projection). */
const digestSignalSchema = storedSignalSchema.pick({
  signalId: true,
  signalType: true,
  employeeId: true,
  employeeName: true,
  subject: true,
  departmentId: true,
  eventDate: true,
  signalDate: true,
  text: true,
  escalation: true,
  status: true,
});
export type DigestSignal = z.infer<typeof digestSignalSchema>;

const runDigestSchema = z.object({
  runId: z.string(),
  recipientKey: z.string(),
  recipient: z.object({
    userId: z.string(),
    email: z.string(),
    name: z.string(),
    locale: z.enum(['nl', 'en']),
    userType: z.enum(['provider', 'employer']),
  }),
  providerId: z.string(),
  employerId: z.string(),
  employerName: z.string(),
  signalIds: z.array(z.string()),
  departments: z.record(z.string(), z.string()),
}) satisfies z.ZodType<RunDigest>;

const escalationRecord = (level: number) =>
  z
    .object({ at: z.string(), to: z.array(userOfTenant) })
    .optional()
    .transform((r) => (r ? [{ level, ...r }] : []));

/** An event's state item: its key names the event (`~EVENT#type#employee#subject#date`). */
const eventStateSchema = z
  .object({
    pk: z.string(),
    sk: z.string(),
    by: z.string().optional(),
    at: z.string().optional(),
    note: nullableString.optional(),
    legalDate: nullableString.optional(),
    esc1: escalationRecord(1),
    esc2: escalationRecord(2),
    esc3: escalationRecord(3),
    unescalatedAt: z.string().optional(),
  })
  .transform((item): EventRef & EventState => ({
    ...(eventOfStateKey(item) as EventRef),
    handled: item.by && item.at ? { by: item.by, at: item.at, note: item.note ?? null } : null,
    legalDate: item.legalDate ?? null,
    escalations: [...item.esc1, ...item.esc2, ...item.esc3],
    unescalatedAt: item.unescalatedAt ?? null,
  }));

export const decodeEventState = (item: Item) => eventStateSchema.parse(item);

/** A webhook delivery: what was and will be sent to an endpoint, and how it went. */
const deliverySchema = z.object({
  deliveryId: z.string(),
  webhookId: z.string(),
  providerId: z.string(),
  eventId: z.string(),
  eventType: z.enum([...SIGNAL_EVENT_TYPES, 'ping']),
  employerId: z.string().optional(),
  body: z.string(),
  status: z.enum(DELIVERY_STATUSES),
  attempts: z.number(),
  lastStatusCode: z.number().nullable(),
  lastError: nullableString,
  nextAttemptAt: nullableString,
  createdAt: z.string(),
  deliveredAt: nullableString,
  after: z.string().optional(),
}) satisfies z.ZodType<WebhookDelivery>;

export const decodeDelivery = (item: Item): WebhookDelivery => deliverySchema.parse(item);

export const decodeSignal = (item: Item): StoredSignal => storedSignalSchema.parse(item);
export const decodeDigestSignal = (item: Item): DigestSignal => digestSignalSchema.parse(item);
export const decodeRunDigest = (item: Item): RunDigest => runDigestSchema.parse(item);

const count = z.number().int();
const storedRunSchema = z.object({
  runId: z.string(),
  moment: z.string(),
  trigger: z.enum(['schedule', 'manual']).default('manual'),
  scope: z
    .union([z.object({ providerId: z.string() }), z.object({ employerId: z.string() })])
    .nullable()
    .default(null),
  date: z.string(),
  status: z.enum(['queued', 'running', 'completed', 'failed']),
  employers: z.object({ total: count, done: count, failed: count }),
  signalsCreated: count,
  signalsWithdrawn: count,
  emailsSent: count,
  startedAt: z.string(),
  finishedAt: nullableString.default(null),
  deliveryQueuedAt: nullableString.default(null),
  digestsQueued: count.default(0),
  digestsDone: count.default(0),
  digestsFailed: count.default(0),
  employersMissing: count.optional(),
  skipped: z.array(z.object({ employerId: z.string(), reason: z.enum(['product-not-active']) })).optional(),
  /** String sets: the rule versions of the signals made, and `employerId:count` of AOW not yet set. */
  ruleVersions: z.set(z.string()).optional(),
  aowNotSet: z.set(z.string()).optional(),
});

/** A run item as the API answers it: its counters in place, its keys and bookkeeping left behind. */
export function decodeRun(item: Item): Run {
  const {
    digestsQueued,
    digestsDone,
    digestsFailed,
    employersMissing,
    skipped,
    ruleVersions,
    aowNotSet,
    ...run
  } = storedRunSchema.parse(item);
  return {
    ...run,
    digests: { queued: digestsQueued, done: digestsDone, failed: digestsFailed },
    ...(employersMissing !== undefined ? { employersMissing } : {}),
    ...(skipped ? { skipped } : {}),
    ruleVersions: [...(ruleVersions ?? [])].sort(),
    warnings: [...(aowNotSet ?? [])]
      .map((entry) => {
        const at = entry.lastIndexOf(':');
        return { employerId: entry.slice(0, at), aowNotSet: Number(entry.slice(at + 1)) };
      })
      .sort((a, b) => a.employerId.localeCompare(b.employerId)),
  };
}
