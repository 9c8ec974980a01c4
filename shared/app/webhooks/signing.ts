import { createHmac, randomBytes } from 'node:crypto';

/**
 * Standard Webhooks signing (https://www.standardwebhooks.com): a secret is `whsec_` and a
 * base64 key; a delivery carries `webhook-id`, `webhook-timestamp` (seconds) and
 * `webhook-signature`: `v1,<base64 HMAC-SHA256 of id.timestamp.body>`, one per secret in force
 * (space-separated), so a receiver still holding the secret before a rotation verifies too.
 */

/** A new secret: 24 random bytes. */
export const newSecret = () => `whsec_${randomBytes(24).toString('base64')}`;

const keyOf = (secret: string) => Buffer.from(secret.replace(/^whsec_/, ''), 'base64');

/** `v1,<signature>` of one secret. */
export const signatureOf = (secret: string, id: string, timestamp: number, body: string) =>
  `v1,${createHmac('sha256', keyOf(secret)).update(`${id}.${timestamp}.${body}`).digest('base64')}`;

/** The headers of a delivery, signed with every secret given. */
export function signedHeaders(secrets: readonly string[], id: string, now: Date, body: string) {
  const timestamp = Math.floor(now.getTime() / 1000);
  return {
    'content-type': 'application/json',
    'user-agent': 'Signals-Webhooks/1',
    'webhook-id': id,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': secrets.map((s) => signatureOf(s, id, timestamp, body)).join(' '),
  };
}
