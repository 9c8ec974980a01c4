import { createHash } from 'node:crypto';
import type { Caller } from '../caller.js';
import type { ResourceRef } from '../resource-store.js';

/** A user within its tenant: user ids are unique per provider or employer only. */
export const recipientKeyOf = (userType: 'provider' | 'employer', tenantId: string, userId: string) =>
  `${userType === 'provider' ? 'P' : 'E'}:${tenantId}:${userId}`;

/** The user a recipient key names. */
export function recipientOfKey(recipientKey: string): {
  userType: 'provider' | 'employer';
  tenantId: string;
  userId: string;
} {
  const [type, tenantId, userId] = recipientKey.split(':');
  if ((type !== 'P' && type !== 'E') || !tenantId || !userId) {
    throw new Error(`Not a recipient key: ${recipientKey}`);
  }
  return { userType: type === 'P' ? 'provider' : 'employer', tenantId, userId };
}

/** The directory record of the user a recipient key names. */
export function userRefOf(recipientKey: string): ResourceRef {
  const { userType, tenantId, userId } = recipientOfKey(recipientKey);
  return userType === 'provider'
    ? { kind: 'providerUser', providerId: tenantId, userId }
    : { kind: 'employerUser', employerId: tenantId, userId };
}

/** The signal list a caller owns; undefined for the platform account, which has none. */
export function callerRecipientKey(caller: Caller): string | undefined {
  if (caller.userType === 'provider') return recipientKeyOf('provider', caller.providerId, caller.sub);
  if (caller.userType === 'employer') return recipientKeyOf('employer', caller.employerId, caller.sub);
  return undefined;
}

/**
 * The signal id: its signal date (`YYYYMMDD`, so ids sort by date) and a short, URL-safe digest
 * of the signal identity, so the identity is the key.
 */
export const signalIdOf = (identity: string, signalDate: string) =>
  `${signalDate.replaceAll('-', '')}${createHash('sha256').update(identity).digest('base64url').slice(0, 24)}`;
