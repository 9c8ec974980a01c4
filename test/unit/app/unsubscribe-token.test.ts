import { describe, expect, it } from 'vitest';
import {
  signUnsubscribeToken,
  UNSUBSCRIBE_TOKEN_DAYS,
  verifyUnsubscribeToken,
} from '../../../shared/app/mail/unsubscribe-token.js';

const key = new Uint8Array(32).fill(1);
const claim = { recipientKey: 'E:e1:u1', providerId: 'p1' };
const now = new Date('2027-03-01T05:00:00Z');
const later = (days: number) => new Date(now.getTime() + days * 86_400_000);

describe('Unsubscribe tokens', () => {
  it('names the user it was signed for until it expires', () => {
    const token = signUnsubscribeToken(key, claim, now);
    expect(token).toMatch(/^[\w-]+\.[\w-]+$/);
    expect(verifyUnsubscribeToken(key, token, later(UNSUBSCRIBE_TOKEN_DAYS - 1))).toEqual(claim);
    expect(verifyUnsubscribeToken(key, token, later(UNSUBSCRIBE_TOKEN_DAYS))).toBeUndefined();
  });

  it('refuses another key, an altered payload or signature, and garbage', () => {
    const token = signUnsubscribeToken(key, claim, now);
    const [payload, signature] = token.split('.') as [string, string];
    const forged = Buffer.from(JSON.stringify({ r: 'E:e2:u9', p: 'p2', e: 9_999_999_999 }), 'utf8').toString(
      'base64url',
    );
    for (const bad of [
      `${forged}.${signature}`,
      `${payload}.${signature.slice(0, -2)}`,
      `${payload}.${signature}.x`,
      'not-a-token',
      '',
    ]) {
      expect(verifyUnsubscribeToken(key, bad, now)).toBeUndefined();
    }
    expect(verifyUnsubscribeToken(new Uint8Array(32).fill(2), token, now)).toBeUndefined();
  });
});
