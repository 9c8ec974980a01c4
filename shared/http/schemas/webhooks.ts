import * as z from 'zod';
import { SIGNAL_EVENT_TYPES } from '../../app/events/signal-events.js';
import { DELIVERY_STATUSES } from '../../app/webhooks/ports.js';
import { ids, timestampSchema } from './common.js';

const eventType = z
  .enum(SIGNAL_EVENT_TYPES)
  .describe('A signal event type (see the `webhooks` of this document).');

const webhookIdSchema = ids.webhookId;
const deliveryIdSchema = ids.deliveryId;

const ENDPOINT_EXAMPLE = {
  url: 'https://hooks.example.nl/signals',
  description: 'Workflow of the payroll office',
  eventTypes: ['signal.created', 'signal.withdrawn', 'signal.escalated'],
  employerIds: ['bakkerij-jansen'],
  active: true,
};

export const webhookBodySchema = z
  .strictObject({
    url: z
      .url()
      .max(2000)
      .describe(
        'Where deliveries go: `https`, to a public address (a name resolving to a private, loopback, link-local or metadata address is refused, at save and at every attempt). The local stack also allows `http://127.0.0.1:<port>`.',
      ),
    description: z.string().max(500).optional().describe('What the endpoint is for.'),
    eventTypes: z
      .array(eventType)
      .min(1)
      .refine((t) => new Set(t).size === t.length, 'must not repeat a type')
      .describe('The event types it receives.'),
    employerIds: z
      .array(ids.employerId)
      .min(1)
      .max(1000)
      .optional()
      .describe(
        'Only events of these employers; every employer of the provider when absent (`run.completed` has none: such an endpoint does not get it).',
      ),
    active: z.boolean().default(true).describe('An inactive endpoint gets nothing; `true` when absent.'),
  })
  .meta({ title: 'WebhookEndpointBody', examples: [ENDPOINT_EXAMPLE] });

const endpointFields = {
  webhookId: webhookIdSchema,
  ...webhookBodySchema.shape,
  active: z.boolean().describe('Whether it gets deliveries.'),
  deactivatedAt: timestampSchema
    .nullable()
    .describe(
      'When the service deactivated it (failing for 5 days; its admins were mailed); null otherwise.',
    ),
  createdAt: timestampSchema.describe('When it was made (UTC).'),
  updatedAt: timestampSchema.describe('When it was last changed (UTC).'),
};
const ENDPOINT_ANSWER = {
  webhookId: 'wh-3b9f0c2a7d1e4f5a6b7c',
  ...ENDPOINT_EXAMPLE,
  deactivatedAt: null,
  createdAt: '2026-12-05T09:12:44.000Z',
  updatedAt: '2026-12-05T09:12:44.000Z',
};

export const webhookSchema = z
  .object(endpointFields)
  .meta({ title: 'WebhookEndpoint', examples: [ENDPOINT_ANSWER] });

export const webhookWithSecretSchema = z
  .object({
    ...endpointFields,
    secret: z
      .string()
      .describe(
        'The signing secret (`whsec_` and base64), shown this once: keep it to verify `webhook-signature` (Standard Webhooks).',
      ),
  })
  .meta({
    title: 'WebhookEndpointWithSecret',
    examples: [{ ...ENDPOINT_ANSWER, secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' }],
  });

export const deliverySchema = z
  .object({
    deliveryId: deliveryIdSchema,
    webhookId: webhookIdSchema,
    eventId: z
      .string()
      .describe('The event, also its `webhook-id` header: the same on every attempt (dedupe on it).'),
    eventType: z.enum([...SIGNAL_EVENT_TYPES, 'ping']).describe('The event type (`ping`: a test).'),
    status: z
      .enum(DELIVERY_STATUSES)
      .describe(
        '`pending`: being tried (see `nextAttemptAt`); `delivered`: a 2xx came back; `failed`: no 2xx within 24 hours.',
      ),
    attempts: z.int().describe('Attempts made.'),
    lastStatusCode: z.int().nullable().describe("The last attempt's HTTP status; null: none, or no answer."),
    lastError: z.string().nullable().describe('Why the last attempt failed; null when it did not.'),
    nextAttemptAt: timestampSchema.nullable().describe('When it is tried next; null when it is not.'),
    createdAt: timestampSchema.describe('When the delivery was made (UTC).'),
    deliveredAt: timestampSchema.nullable().describe('When a 2xx came back; null: not (yet).'),
  })
  .meta({
    title: 'WebhookDelivery',
    examples: [
      {
        deliveryId: '20270225T060004512-9Qx2Lk7dWm3pR8sT',
        webhookId: 'wh-3b9f0c2a7d1e4f5a6b7c',
        eventId: 'evt_Jm3q0pS9fXc2aL7dWv1rT8kY4b',
        eventType: 'signal.created',
        status: 'delivered',
        attempts: 1,
        lastStatusCode: 204,
        lastError: null,
        nextAttemptAt: null,
        createdAt: '2027-02-25T06:00:04.600Z',
        deliveredAt: '2027-02-25T06:00:05.100Z',
      },
    ],
  });
