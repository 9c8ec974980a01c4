import type { SignalType } from '../../domain/catalogue.js';
import type { EmailPreferences } from '../../domain/email-preferences.js';

/**
 * The digests' ports: what a run records per user, what is collected for a later mail, the
 * mailbox with each user's e-mail preferences, and the message that delivers one digest.
 */

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

/**
 * A recipient's digest of a run for one employer, as evaluation records it: which signals it
 * lists and who gets it. Delivery reads the signals themselves (a withdrawn one is left out).
 */
export interface RunDigest {
  runId: string;
  recipientKey: string;
  recipient: DigestEntry['recipient'];
  providerId: string;
  employerId: string;
  employerName: string;
  signalIds: string[];
  /** Department names by id, for the signals' departments. */
  departments: Record<string, string>;
}

/** One line of a user's digest for a run: what the mail shows of one signal. */
export interface DigestEntry {
  runId: string;
  recipientKey: string;
  recipient: {
    userId: string;
    email: string;
    name: string;
    locale: 'nl' | 'en';
    userType: 'provider' | 'employer';
  };
  providerId: string;
  signalId: string;
  signalType: SignalType;
  employerId: string;
  employerName: string;
  employeeId: string;
  employeeName: string;
  /** What the event is about (with type and employee, the event). */
  subject: string;
  departmentId: string | null;
  departmentName: string | null;
  eventDate: string;
  signalDate: string;
  text?: string;
  /** An escalation: its level and the legal date it counts to (mailed under "Actie vereist"). */
  escalation?: { level: number; legalDate: string };
}

/** A run's digests: what evaluation records per recipient, and their sending, once each. */
export interface DigestStore {
  /** Records (or records again, identically) recipients' digests of a run for one employer, in batches. */
  recordDigests(digests: readonly RunDigest[]): Promise<void>;
  /** The recipients with a digest in a run. */
  digestRecipients(runId: string): Promise<string[]>;
  /**
   * The lines of a recipient's digests of these runs: their signals as they are now, less those
   * withdrawn since.
   */
  digestEntries(runIds: readonly string[], recipientKey: string): Promise<DigestEntry[]>;
  /**
   * Claims the sending of a (run, user) digest for a lease: `sent` when it went out before, `held`
   * while another sender's lease runs (or a claim whose answer was lost: it runs out).
   */
  claimDigest(
    runId: string,
    recipientKey: string,
    now: Date,
    leaseSeconds: number,
  ): Promise<'claimed' | 'sent' | 'held'>;
  /** Gives a claim up after a failed send, so a retry may send. */
  releaseDigest(runId: string, recipientKey: string): Promise<void>;
  /**
   * Records the digest as sent (and counts it on the run), in one transaction with what the mail
   * also carried: the user's collected digests (removed) and, for a weekly digest, its date.
   */
  markDigestSent(
    runId: string,
    recipientKey: string,
    at: string,
    messageId: string,
    mailbox?: { collected: readonly CollectedDigest[]; lastWeeklyOn?: string | undefined },
  ): Promise<void>;
}

export interface DeliverMessage {
  runId: string;
  recipientKey: string;
}
