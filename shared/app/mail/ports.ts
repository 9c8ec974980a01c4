import type { EmailPreferences } from '../../domain/email-preferences.js';

/** One e-mail to send. */
export interface OutgoingMail {
  from: { name: string; address: string };
  to: string;
  subject: string;
  html: string;
  text: string;
  /** Extra headers (e.g. List-Unsubscribe). */
  headers?: ReadonlyArray<{ name: string; value: string }>;
}

/** Sends mail (SES in AWS and locally the SES emulator). Throws ThrottledError when the provider asks to slow down. */
export interface Mailer {
  send(mail: OutgoingMail): Promise<{ messageId: string }>;
}

/** The mail service asked us to slow down ("Maximum sending rate exceeded"): retry later. */
export class ThrottledError extends Error {}

/** Addresses that bounced or complained: no further mail goes to them. */
export interface SuppressionList {
  isSuppressed(email: string): Promise<boolean>;
  suppress(email: string, reason: string, at: string): Promise<void>;
}

/** A user's e-mail preferences and what the mailbox remembers of past sending. */
export interface MailState {
  preferences: EmailPreferences;
  /** The run date of the last weekly digest. */
  lastWeeklyOn?: string | undefined;
  updatedAt?: string | undefined;
}

/** A run's digest of a user, collected to be mailed later. */
export interface CollectedDigest {
  runId: string;
  runDate: string;
}

/**
 * Per user: the e-mail preferences, and the run digests collected for a later e-mail (weekly
 * cadence), filed under the date they are to be mailed so a run can wake the users due.
 */
export interface Mailbox {
  /** The user's state (defaults when never set). */
  state(recipientKey: string): Promise<MailState>;
  /** The states of several users in one batch read, by recipient key (defaults when never set). */
  stateOfEach(recipientKeys: readonly string[]): Promise<Map<string, MailState>>;
  /**
   * Saves the preferences (and `lastWeeklyOn`), and files the collected digests under `wakeOn`
   * (null: no run wakes them, while e-mail is paused).
   */
  save(recipientKey: string, providerId: string, state: MailState, wakeOn: string | null): Promise<void>;
  /** The collected digests, oldest first. */
  collected(recipientKey: string): Promise<CollectedDigest[]>;
  /**
   * Keeps a run's digest for each of these users, to be mailed on their `wakeOn` (in one batch
   * write; again the same when repeated).
   */
  collect(
    providerId: string,
    digest: CollectedDigest,
    recipients: ReadonlyArray<{ recipientKey: string; wakeOn: string }>,
  ): Promise<void>;
  /** The users of these providers with collected digests to be mailed on or before `date`. */
  dueRecipients(providerIds: readonly string[], date: string): Promise<string[]>;
  /**
   * Leases the sending of the user's collected digests to one run, so two runs that deliver at
   * the same time do not both mail them; false while another run's lease holds.
   */
  lease(recipientKey: string, runId: string, now: Date, seconds: number): Promise<boolean>;
  releaseLease(recipientKey: string, runId: string): Promise<void>;
  /** Drops collected digests with nothing left to mail, and gives the run's lease back. */
  discard(recipientKey: string, digests: readonly CollectedDigest[], runId: string): Promise<void>;
  /** The key unsubscribe links are signed with (made on first use, the same ever after). */
  signingKey(): Promise<Uint8Array>;
}
