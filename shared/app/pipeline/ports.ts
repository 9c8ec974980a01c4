import type { SignalType } from '../../domain/catalogue.js';
import type { Page, PageRequest } from '../resource-store.js';

export const SIGNAL_STATUSES = ['unread', 'read', 'handled', 'withdrawn'] as const;
export type SignalStatus = (typeof SIGNAL_STATUSES)[number];

/** A signal in a user's list. */
export interface StoredSignal {
  signalId: string;
  /** The user within its tenant: `P:<providerId>:<userId>` or `E:<employerId>:<userId>`. */
  recipientKey: string;
  recipientId: string;
  signalType: SignalType;
  typeName: string;
  employerId: string;
  employerName: string;
  employeeId: string;
  employeeName: string;
  departmentId: string | null;
  subject: string;
  eventDate: string;
  signalDate: string;
  daysBefore: number;
  text?: string;
  status: SignalStatus;
  createdAt: string;
  readAt: string | null;
  handledAt: string | null;
  handledBy: string | null;
  note: string | null;
  emailed: boolean;
  runId: string;
}

/** One line of a user's digest for a run: enough to render the mail without reading anything else. */
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
  employeeName: string;
  departmentName: string | null;
  eventDate: string;
  signalDate: string;
  text?: string;
}

export interface Run {
  runId: string;
  moment: string;
  date: string;
  status: 'queued' | 'running' | 'completed' | 'failed';
  employers: { total: number; done: number; failed: number };
  signalsCreated: number;
  signalsWithdrawn: number;
  emailsSent: number;
  startedAt: string;
  finishedAt: string | null;
  /** When the run's digests were queued for delivery (after its last employer); null until then. */
  deliveryQueuedAt: string | null;
}

/** A run as dispatch records it: nothing queued for delivery yet. */
export type NewRun = Omit<Run, 'deliveryQueuedAt'>;

export interface InboxFilter {
  status?: SignalStatus;
  employerId?: string;
  signalType?: SignalType;
  from?: string;
  to?: string;
}

/** Signals in storage. Creation is conditional on the signal identity: never twice. */
export interface SignalStore {
  /** The employer's signals with an event date on or after `fromEventDate` (one paginated Query). */
  employerSignals(employerId: string, fromEventDate: string): Promise<StoredSignal[]>;
  /** Creates a signal (and its digest entry) unless it exists; false when it existed. */
  createSignal(signal: StoredSignal, digest: DigestEntry | undefined): Promise<boolean>;
  /** Withdraws a signal that is still unread or read; false when it was handled or gone meanwhile. */
  withdrawSignal(recipientKey: string, signalId: string): Promise<boolean>;
  getSignal(recipientKey: string, signalId: string): Promise<StoredSignal | undefined>;
  /** Marks read or handled, from an expected status (false when it changed meanwhile). */
  updateStatus(
    recipientKey: string,
    signalId: string,
    from: readonly SignalStatus[],
    change: { status: 'read' | 'handled'; at: string; by?: string; note?: string | null },
  ): Promise<StoredSignal | undefined>;
  listInbox(recipientKey: string, filter: InboxFilter, page: PageRequest): Promise<Page<StoredSignal>>;
}

/** A run's digests: the entries evaluation records per recipient, and their sending, once each. */
export interface DigestStore {
  /** The recipients with digest entries in a run. */
  digestRecipients(runId: string): Promise<string[]>;
  digestEntries(runId: string, recipientKey: string): Promise<DigestEntry[]>;
  /** Claims the sending of a (run, user) digest for a lease; false when sent, or another sender holds the lease. */
  claimDigest(runId: string, recipientKey: string, now: Date, leaseSeconds: number): Promise<boolean>;
  /** Gives a claim up after a failed send, so a retry may send. */
  releaseDigest(runId: string, recipientKey: string): Promise<void>;
  /** Records the digest as sent (and counts it on the run). */
  markDigestSent(runId: string, recipientKey: string, at: string, messageId: string): Promise<void>;
}

export interface RunStore {
  createRun(run: NewRun): Promise<void>;
  getRun(runId: string): Promise<Run | undefined>;
  /**
   * Counts an employer done (or failed) on a run once, whatever the number of deliveries of its
   * message; false when it was counted before.
   */
  markEmployer(
    runId: string,
    employerId: string,
    outcome: 'done' | 'failed',
    counts: { created: number; withdrawn: number },
    at: string,
  ): Promise<boolean>;
  /**
   * Completes the run when every employer is counted. True when the caller should queue the
   * delivery: for the one that completed it, and again for later callers while the delivery was
   * not recorded as queued (a failed enqueue is retried; deliveries are idempotent).
   */
  completeIfFinished(runId: string, at: string): Promise<boolean>;
  markDeliveryQueued(runId: string, at: string): Promise<void>;
}

export interface EvaluateMessage {
  runId: string;
  employerId: string;
  date: string;
}

export interface DeliverMessage {
  runId: string;
  recipientKey: string;
}

/** A queue of messages (SQS in AWS, in-process locally). Consumers may see a message twice. */
export interface Queue<T> {
  send(messages: readonly T[]): Promise<void>;
}

/** Lists employers with product 290 active (the sparse index). */
export interface ActiveEmployers {
  activeEmployerIds(): Promise<string[]>;
}
