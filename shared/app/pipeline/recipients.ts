import { createHash } from 'node:crypto';
import type { Caller } from '../caller.js';

/** A user within its tenant: user ids are unique per provider or employer only. */
export const recipientKeyOf = (userType: 'provider' | 'employer', tenantId: string, userId: string) =>
  `${userType === 'provider' ? 'P' : 'E'}:${tenantId}:${userId}`;

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
