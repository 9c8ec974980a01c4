import { localDateOf } from '../../domain/dates.js';
import { digestDueDate, type EmailPreferences } from '../../domain/email-preferences.js';
import { ForbiddenError, ValidationError } from '../../domain/errors.js';
import type { Caller } from '../caller.js';
import type { Deps } from '../deps.js';
import { verifyUnsubscribeToken } from '../mail/unsubscribe-token.js';
import { callerRecipientKey } from '../pipeline/recipients.js';
import type { MailState } from './ports.js';

type MailboxDeps = Deps<'mailbox' | 'clock'>;

function ownMailbox(caller: Caller): { recipientKey: string; providerId: string } {
  const recipientKey = callerRecipientKey(caller);
  if (!recipientKey || caller.userType === 'platform' || caller.userType === 'anonymous') {
    throw new ForbiddenError('Only provider and employer users receive e-mail.');
  }
  return { recipientKey, providerId: caller.providerId };
}

const publicState = (state: MailState) => ({
  ...state.preferences,
  updatedAt: state.updatedAt ?? null,
});

export async function getMyEmailPreferences(deps: MailboxDeps, caller: Caller) {
  return publicState(await deps.mailbox.state(ownMailbox(caller).recipientKey));
}

/**
 * Saves a user's preferences, and files the digests collected so far for the date they are now
 * to be mailed: at the next run when the user mails every run again (nothing collected is
 * dropped), on the next chosen weekday (today when it is that day) for a weekly user, never
 * while paused.
 */
async function save(
  deps: MailboxDeps,
  mailbox: { recipientKey: string; providerId: string },
  current: MailState,
  preferences: EmailPreferences,
) {
  const now = deps.clock.now();
  const today = localDateOf(now);
  const state: MailState = { preferences, lastWeeklyOn: current.lastWeeklyOn, updatedAt: now.toISOString() };
  const wakeOn = preferences.paused ? null : digestDueDate(today, preferences);
  await deps.mailbox.save(mailbox.recipientKey, mailbox.providerId, state, wakeOn);
  return state;
}

export async function putMyEmailPreferences(
  deps: MailboxDeps,
  caller: Caller,
  preferences: EmailPreferences,
) {
  const mailbox = ownMailbox(caller);
  const current = await deps.mailbox.state(mailbox.recipientKey);
  return publicState(await save(deps, mailbox, current, preferences));
}

/** The user an unsubscribe token names; anything not ours, altered or expired is refused alike. */
async function claimOf(deps: MailboxDeps, token: string) {
  const claim = verifyUnsubscribeToken(await deps.mailbox.signingKey(), token, deps.clock.now());
  if (!claim) {
    throw new ValidationError('The unsubscribe link is not valid.', [
      { path: 'query.token', message: 'not a valid unsubscribe token' },
    ]);
  }
  return claim;
}

/** Whether the e-mail of the user an unsubscribe link names is paused already (for its page). */
export async function unsubscribeStatus(deps: MailboxDeps, token: string): Promise<{ paused: boolean }> {
  const claim = await claimOf(deps, token);
  return { paused: (await deps.mailbox.state(claim.recipientKey)).preferences.paused };
}

/**
 * One-click unsubscribe (RFC 8058): pauses the e-mail of the user the token names (again the
 * same when repeated). A token that is not ours, altered or expired is refused without saying which.
 */
export async function unsubscribe(deps: MailboxDeps, token: string): Promise<void> {
  const claim = await claimOf(deps, token);
  const current = await deps.mailbox.state(claim.recipientKey);
  if (current.preferences.paused) return;
  await save(deps, claim, current, { ...current.preferences, paused: true });
}
