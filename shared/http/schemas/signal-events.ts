import * as z from 'zod';
import { SIGNAL_TYPES } from '../../domain/catalogue.js';
import { dateSchema, ids, timestampSchema } from './common.js';

/** The bodies webhooks get (and the event bus's `detail`, with `id`): `{type, timestamp, data}`. */

const user = z
  .object({ userType: z.enum(['provider', 'employer']), userId: ids.userId })
  .describe('Whose signal it is.');

const signalData = z
  .object({
    signalId: ids.signalId,
    signalType: z.enum(SIGNAL_TYPES).describe('The signal type (see `GET /v1/signal-types`).'),
    employerId: ids.employerId,
    employeeId: ids.employeeId,
    employeeName: z.string().optional().describe('The employee; absent on health types, which name nobody.'),
    user,
    eventDate: dateSchema.describe('The day of the event.'),
    signalDate: dateSchema.describe('The day the signal became due.'),
    legalDate: dateSchema
      .nullable()
      .describe('The legal date of a type with a legal deadline; null otherwise.'),
    status: z
      .enum(['unread', 'read', 'handled', 'withdrawn'])
      .describe('The signal’s status when the event was made.'),
    escalation: z
      .object({ level: z.int(), legalDate: dateSchema })
      .optional()
      .describe('On an escalation signal: its level and legal date.'),
    onBehalfOf: ids.userId.optional().describe("On a substitute's copy: whom it stands in for."),
  })
  .describe('The signal.');

const envelope = <T extends string>(type: T, data: z.ZodType, description: string, example: object) =>
  z
    .object({
      type: z.literal(type).describe('The event type.'),
      timestamp: timestampSchema.describe('When what the event describes happened (UTC).'),
      data,
    })
    .meta({ title: `Event_${type.replace('.', '_')}`, description, examples: [{ type, ...example }] });

const SIGNAL_EXAMPLE = {
  signalId: '20270301Xq3kP0sV9wLm2Rt7Yb1cNd8e',
  signalType: 'CONTRACT_END',
  employerId: 'bakkerij-jansen',
  employeeId: 'emp-1001',
  employeeName: 'Jan de Boer',
  user: { userType: 'employer', userId: 'u-1042' },
  eventDate: '2027-03-31',
  signalDate: '2027-03-01',
  legalDate: null,
  status: 'unread',
};

export const SIGNAL_EVENT_SCHEMAS = {
  'signal.created': envelope(
    'signal.created',
    signalData,
    'A signal was made in a user’s list (by a run or a change).',
    { timestamp: '2027-03-01T05:00:04.512Z', data: SIGNAL_EXAMPLE },
  ),
  'signal.withdrawn': envelope(
    'signal.withdrawn',
    signalData,
    'A signal was withdrawn: the data no longer yields its event (e.g. the contract was extended). It follows its `signal.created` at each endpoint.',
    { timestamp: '2027-03-05T05:00:03.100Z', data: { ...SIGNAL_EXAMPLE, status: 'withdrawn' } },
  ),
  'signal.escalated': envelope(
    'signal.escalated',
    signalData,
    'A legal deadline nobody handled escalated to a user (one event per user reached).',
    {
      timestamp: '2027-02-23T05:00:02.000Z',
      data: {
        ...SIGNAL_EXAMPLE,
        signalType: 'NOTICE_DEADLINE',
        eventDate: '2027-02-28',
        signalDate: '2027-02-23',
        legalDate: '2027-02-28',
        user: { userType: 'employer', userId: 'u-2001' },
        escalation: { level: 1, legalDate: '2027-02-28' },
      },
    },
  ),
  'signal.handled': envelope(
    'signal.handled',
    z.object({
      employerId: ids.employerId,
      signalType: z.enum(SIGNAL_TYPES).describe('The signal type.'),
      employeeId: ids.employeeId,
      subject: z.string().describe('What the event is about (`contract:<id>`, `absence:<id>`…).'),
      eventDate: dateSchema.describe('The day of the event.'),
      legalDate: dateSchema.nullable().describe('The legal date, where the type has one.'),
      handled: z
        .object({
          by: z.string().describe('Who handled it (a `sub`).'),
          at: timestampSchema.describe('When.'),
          note: z.string().nullable().optional().describe('The note; absent on health types.'),
        })
        .describe('The first handling of the event.'),
    }),
    'An event was handled (by anybody with a signal of it): once per event, whoever handled it.',
    {
      timestamp: '2027-03-02T09:14:00.000Z',
      data: {
        employerId: 'bakkerij-jansen',
        signalType: 'CONTRACT_END',
        employeeId: 'emp-1001',
        subject: 'contract:c1',
        eventDate: '2027-03-31',
        legalDate: null,
        handled: { by: 'u-1042', at: '2027-03-02T09:14:00.000Z', note: 'Verlengd tot 2028' },
      },
    },
  ),
  'run.completed': envelope(
    'run.completed',
    z.object({
      runId: ids.runId,
      date: dateSchema.describe('The run date.'),
      trigger: z.enum(['schedule', 'manual']).describe('A moment’s schedule, or by hand.'),
      finishedAt: timestampSchema.nullable().describe('When it completed.'),
    }),
    'An evaluation run that covered the provider’s employers completed (its counts span providers, so none are given).',
    {
      timestamp: '2027-03-01T05:00:09.000Z',
      data: {
        runId: 'run-3FzK9w',
        date: '2027-03-01',
        trigger: 'schedule',
        finishedAt: '2027-03-01T05:00:09.000Z',
      },
    },
  ),
  ping: envelope(
    'ping',
    z.object({ webhookId: ids.webhookId, providerId: ids.providerId }),
    'A test sent by `POST …/webhooks/{webhookId}/test`.',
    {
      timestamp: '2027-03-01T10:00:00.000Z',
      data: { webhookId: 'wh-3b9f0c2a7d1e4f5a6b7c', providerId: 'acme' },
    },
  ),
} as const;
