import * as z from 'zod';
import { SIGNAL_EVENT_SCHEMAS } from './schemas/signal-events.js';

const HEADERS = {
  'webhook-id':
    'The event id: the same on every attempt and every endpoint. Dedupe on it (delivery is at least once).',
  'webhook-timestamp':
    'When this attempt was sent, in seconds since the epoch; refuse one far from your clock (replay).',
  'webhook-signature':
    '`v1,<base64 HMAC-SHA256 of "{webhook-id}.{webhook-timestamp}.{body}">` with the endpoint secret (`whsec_…`, base64 after the prefix), one per secret in force, space-separated (two for 24 hours after a rotation).',
};

const VERIFY = `Deliveries follow the Standard Webhooks specification: verify \`webhook-signature\` over \`webhook-id.webhook-timestamp.body\` (the raw body) before trusting anything, e.g. with the \`standardwebhooks\` library: \`new Webhook(secret).verify(body, headers)\`. Answer 2xx within 10 seconds (work later); anything else, or no answer, is retried with backoff for 24 hours. Events are ordered per endpoint only where it matters (a \`signal.withdrawn\` never before its \`signal.created\`).`;

/** The OpenAPI 3.1 `webhooks`: every signal event the service sends, with its schema and an example. */
export function webhooksSection() {
  return Object.fromEntries(
    Object.entries(SIGNAL_EVENT_SCHEMAS).map(([type, schema]) => {
      const { examples, title, description, ...rest } = z.toJSONSchema(schema, {
        target: 'draft-2020-12',
        io: 'output',
      }) as { examples?: unknown[]; title?: string; description?: string };
      return [
        type,
        {
          post: {
            operationId: `event_${type.replace('.', '_')}`,
            summary: description,
            description: VERIFY,
            // The receiver's own endpoint: it authenticates the sender by the signature, not a token.
            security: [],
            parameters: Object.entries(HEADERS).map(([name, d]) => ({
              name,
              in: 'header',
              required: true,
              description: d,
              schema: { type: 'string' },
            })),
            requestBody: {
              required: true,
              content: { 'application/json': { schema: { ...rest, title }, example: examples?.[0] } },
            },
            responses: {
              '200': { description: 'Received (any 2xx): the delivery is done.' },
              '204': { description: 'Received, no content.' },
            },
          },
        },
      ];
    }),
  );
}
