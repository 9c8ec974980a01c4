import { createHmac, timingSafeEqual } from 'node:crypto';

/** How long an unsubscribe link in a digest works. */
export const UNSUBSCRIBE_TOKEN_DAYS = 60;

/** Whom an unsubscribe link names: a user within its tenant. */
export interface UnsubscribeClaim {
  recipientKey: string;
  providerId: string;
}

const mac = (key: Uint8Array, payload: string) => createHmac('sha256', key).update(payload).digest();

/** A signed, expiring token for one user's unsubscribe link: `<payload>.<HMAC-SHA256>`, base64url. */
export function signUnsubscribeToken(key: Uint8Array, claim: UnsubscribeClaim, now: Date): string {
  const expires = Math.floor(now.getTime() / 1000) + UNSUBSCRIBE_TOKEN_DAYS * 86_400;
  const payload = Buffer.from(
    JSON.stringify({ r: claim.recipientKey, p: claim.providerId, e: expires }),
    'utf8',
  ).toString('base64url');
  return `${payload}.${mac(key, payload).toString('base64url')}`;
}

/** The claim of a token this key signed and that has not expired; undefined for anything else. */
export function verifyUnsubscribeToken(
  key: Uint8Array,
  token: string,
  now: Date,
): UnsubscribeClaim | undefined {
  const [payload, signature, ...rest] = token.split('.');
  if (!payload || !signature || rest.length > 0) return undefined;
  const expected = mac(key, payload);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  const { r, p, e } = (parsed ?? {}) as { r?: unknown; p?: unknown; e?: unknown };
  if (typeof r !== 'string' || typeof p !== 'string' || typeof e !== 'number') return undefined;
  if (e * 1000 <= now.getTime()) return undefined;
  return { recipientKey: r, providerId: p };
}
