import type { SignalType } from '../../domain/catalogue.js';
import type { Moment } from '../../domain/moments.js';
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
  /** The employer's provider (signals made before it was written carry none). */
  providerId?: string;
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
  /** The date the law attaches a consequence to, and its basis (types with a legal deadline only). */
  legalDate?: string | null;
  legalBasis?: string | null;
  /** The version of the law that produced it (`GET /v1/rule-versions`); types without versioned law have none. */
  ruleVersion?: string | null;
  /** An escalation signal: its level, the legal date, and who had the event's signals. */
  escalation?: SignalEscalation | null;
  /** A substitute's copy: the user (of the same tenant) it stands in for. */
  onBehalfOf?: string | null;
  status: SignalStatus;
  createdAt: string;
  readAt: string | null;
  handledAt: string | null;
  handledBy: string | null;
  note: string | null;
  emailed: boolean;
  runId: string;
}

/** A user within the signals of an employer: a provider's or the employer's. */
export interface UserOfTenant {
  userType: 'provider' | 'employer';
  userId: string;
}

export interface SignalEscalation {
  level: number;
  legalDate: string;
  originalRecipients: UserOfTenant[];
}

export interface Run {
  runId: string;
  moment: string;
  /** Started by a schedule (a moment) or by hand (API or CLI). */
  trigger: 'schedule' | 'manual';
  scope: RunScope;
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
  /**
   * The run's digests (one per user with something to mail or due): queued, delivered (sent, or
   * nothing due, paused, collected for later) and failed for good. `done` counts at least once.
   */
  digests: { queued: number; done: number; failed: number };
  /** A run closed as failed by the sweeper: the employers it never counted. */
  employersMissing?: number;
  /** Employers asked for by id that the run does not evaluate, and why (the first 100). */
  skipped?: SkippedEmployer[];
  /** The versions of the law its signals followed (`GET /v1/rule-versions`). */
  ruleVersions: string[];
  /** Per employer: employees near AOW age whose AOW date the law has not set yet (no signal for them). */
  warnings: Array<{ employerId: string; aowNotSet: number }>;
}

/**
 * An employer a run was asked to evaluate and does not: no employer with product 290 active has
 * that id (it does not exist, or the product is off; the run does not read employer records to
 * tell which, as those partitions hold sickness data), or it has moments of its own.
 */
export interface SkippedEmployer {
  employerId: string;
  reason: 'product-not-active';
}

/** A run as dispatch records it: nothing queued for delivery yet, nothing evaluated. */
export type NewRun = Omit<Run, 'deliveryQueuedAt' | 'digests' | 'ruleVersions' | 'warnings'>;

export interface InboxFilter {
  status?: SignalStatus;
  employerId?: string;
  signalType?: SignalType;
  from?: string;
  to?: string;
}

/**
 * Signals in storage, each in its recipient's inbox under its identity. Writing is in two
 * kinds: signals known to be new (no other writer holds the employer's lock, nothing was left
 * half-written) go in batches; others are written only where absent.
 */
export interface SignalStore {
  /** Writes signals known to be new (BatchWriteItem, 25 a request). */
  putNew(signals: readonly StoredSignal[]): Promise<void>;
  /** Writes each signal unless it exists; answers the ids that existed already. */
  putIfAbsent(signals: readonly StoredSignal[]): Promise<Set<string>>;
  /** Withdraws a signal that is still unread or read; false when it was handled or gone meanwhile. */
  withdrawSignal(recipientKey: string, signalId: string): Promise<boolean>;
  /**
   * Brings back a withdrawn signal as unread, when its event exists again (an end date set back);
   * false when it is not withdrawn (anymore).
   */
  reviveSignal(recipientKey: string, signalId: string): Promise<boolean>;
  getSignal(recipientKey: string, signalId: string): Promise<StoredSignal | undefined>;
  /** Marks read or handled, from an expected status (false when it changed meanwhile). */
  updateStatus(
    recipientKey: string,
    signalId: string,
    from: readonly SignalStatus[],
    change: { status: 'read' | 'handled'; at: string; by?: string; note?: string | null },
  ): Promise<StoredSignal | undefined>;
  /** A user's signals, newest signal date first (the inbox partition's own order). */
  listInbox(recipientKey: string, filter: InboxFilter, page: PageRequest): Promise<Page<StoredSignal>>;
  /** Removes a user's whole inbox: signals, e-mail preferences and state, collected digests. */
  deleteInbox(recipientKey: string): Promise<void>;
  /**
   * Records that an event was handled (by anybody who had a signal of it); the first handling
   * stands, and is answered whoever asks again.
   */
  markEventHandled(event: EventRef, handled: EventHandled, about?: EventAbout): Promise<EventHandled>;
  /** The states of these events that have one (handled or escalated), by `handledKeyOf` (one batch read). */
  eventStates(events: readonly EventRef[]): Promise<Map<string, EventState>>;
  /** Every event state of an employer (events handled or escalated, kept to a while after their legal date). */
  eventStatesOf(employerId: string): Promise<Array<EventRef & EventState>>;
  /** Records a fired escalation level of an event (each level once: the first record stands). */
  recordEscalation(event: EventRef, about: EventAbout, record: EscalationRecord): Promise<void>;
  /** Records that no level of an event's policy reaches anybody (the first record stands). */
  recordUnescalated(event: EventRef, about: EventAbout, at: string): Promise<void>;
}

/** What an event's state keeps about it beside its key: its legal date and its employer's provider. */
export interface EventAbout {
  legalDate: string | null;
  providerId?: string | undefined;
}

/** A fired escalation level: when, and whom it reached. */
export interface EscalationRecord {
  level: number;
  at: string;
  to: UserOfTenant[];
}

/** What is known of an event beyond its signals: its handling, its escalation. */
export interface EventState {
  handled: EventHandled | null;
  legalDate: string | null;
  escalations: EscalationRecord[];
  /** When escalation found nobody to reach at any level. */
  unescalatedAt: string | null;
}

/** An event of an employer: (type, employee, subject, event date) — every recipient's signal of it shares it. */
export interface EventRef {
  employerId: string;
  signalType: SignalType;
  employeeId: string;
  subject: string;
  eventDate: string;
}

export interface EventHandled {
  by: string;
  at: string;
  note: string | null;
}

/** The key of an event within its employer. */
export const eventKeyOf = (e: Omit<EventRef, 'employerId'>) =>
  `${e.signalType}#${e.employeeId}#${e.subject}#${e.eventDate}`;

/** The key of an event across employers (a provider user's list spans several). */
export const handledKeyOf = (e: EventRef) => `${e.employerId}|${eventKeyOf(e)}`;

/** One signal a run created, as the ledger keeps it: its identity, and whether it is e-mailed. */
export interface LedgerEntry {
  recipientKey: string;
  signalType: SignalType;
  employeeId: string;
  subject: string;
  eventDate: string;
  daysBefore: number;
  email: boolean;
  /** An escalation signal: its level and the legal date it counts to (`daysBefore` is before that date). */
  escalation?: { level: number; legalDate: string };
  /** A substitute's copy: the recipient key of the user it stands in for. */
  onBehalfOf?: string;
}

/** A ledger record still open: the signals one run created for an employer, and those closed since. */
export interface OpenLedger {
  key: string;
  runId: string;
  entries: LedgerEntry[];
  /** Signal ids no longer open: `withdrawn` or `handled` (found handled when withdrawing), by run. */
  closed: Record<string, { as: 'withdrawn' | 'handled'; runId: string }>;
}

/** The mutex of an employer's signal writes: who holds it until when, and how often it was released. */
export interface LedgerLock {
  owner: string | undefined;
  /** The last holder failed while writing. */
  dirty: boolean;
  leaseUntil: number;
  generation: number;
}

/**
 * The signal ledger of an employer: compact records, kept beside its data, of the signals each
 * run created, filed under the last day any of them can still be due. A run reads only the
 * records still open, so its reads follow the data, not the history.
 */
export interface SignalLedger {
  /** The records still open on a day, and the lock (one Query). */
  open(employerId: string, day: string): Promise<{ ledgers: OpenLedger[]; lock: LedgerLock | undefined }>;
  /** Records the signals a run created (open until `openUntil`). */
  record(
    employerId: string,
    runId: string,
    openUntil: string,
    entries: readonly LedgerEntry[],
  ): Promise<void>;
  /** Marks signals of a record closed (withdrawn, or found handled) by a run. */
  close(
    employerId: string,
    ledgerKey: string,
    closed: Record<string, { as: 'withdrawn' | 'handled'; runId: string }>,
  ): Promise<void>;
  /** Opens signals of a record again that were closed as withdrawn (their event is back). */
  reopen(employerId: string, ledgerKey: string, signalIds: readonly string[]): Promise<void>;
  /**
   * Takes the lock: `acquired` when it was free and not released since `generation`, `takenOver`
   * when its holder's lease ran out (it may have left signals half-written), `busy` while
   * another holds it, `stale` when another writer came and went since `generation`.
   */
  acquire(
    employerId: string,
    owner: string,
    generation: number,
    now: Date,
    leaseSeconds: number,
  ): Promise<'acquired' | 'takenOver' | 'busy' | 'stale'>;
  /**
   * Gives the lock back (raising its generation). `clean` false when the holder failed while
   * writing: the next holder is told it takes over (some signals may be half-written).
   */
  release(employerId: string, owner: string, clean: boolean): Promise<void>;
}

/** What an employer's evaluation adds to its run. */
export interface EmployerCounts {
  created: number;
  withdrawn: number;
  /** The rule versions of the signals it made. */
  ruleVersions?: readonly string[];
  /** Employees near AOW age whose AOW date the law has not set yet. */
  aowNotSet?: number;
}

/** Which runs a list shows: by run date, trigger, provider. */
export interface RunFilter {
  from?: string | undefined;
  to?: string | undefined;
  trigger?: 'schedule' | 'manual' | undefined;
  providerId?: string | undefined;
}

export interface RunStore {
  /** Runs newest first (by start), filtered, a page at a time. */
  listRuns(filter: RunFilter, page: PageRequest): Promise<Page<Run>>;
  /** Records a new run; false when a run with its id exists already (a retried dispatch). */
  createRun(run: NewRun): Promise<boolean>;
  getRun(runId: string): Promise<Run | undefined>;
  /**
   * Counts an employer done (or failed) on a run once, whatever the number of deliveries of its
   * message: `counted`; `recounted` when it was counted failed and is now done (its message was
   * redriven from the dead-letter queue: the run's counts move from failed to done); `already`
   * when it was counted before.
   */
  markEmployer(
    runId: string,
    employerId: string,
    outcome: 'done' | 'failed',
    counts: EmployerCounts,
    at: string,
    /** The employer's provider, remembered on the run (the providers whose users a run may mail). */
    providerId?: string,
  ): Promise<'counted' | 'recounted' | 'already'>;
  /** A run with the providers of the employers it evaluated (one read of the run). */
  getRunWithProviders(runId: string): Promise<{ run: Run; providerIds: string[] } | undefined>;
  /**
   * Completes the run when every employer is counted. True when the caller should queue the
   * delivery: for the one that completed it, and again for later callers while the delivery was
   * not recorded as queued (a failed enqueue is retried; deliveries are idempotent).
   */
  completeIfFinished(runId: string, at: string): Promise<boolean>;
  /** Records that the run's `digests` deliveries were queued. */
  markDeliveryQueued(runId: string, at: string, digests: number): Promise<void>;
  /** Counts one of the run's deliveries as done, or as failed for good (its last attempt failed). */
  countDigest(runId: string, result: 'done' | 'failed'): Promise<void>;
  /** Runs still running that started before an instant (a sparse index of running runs). */
  runningSince(before: string): Promise<string[]>;
  /**
   * Closes a run still running as failed; answers how many employers it misses (never counted),
   * or undefined when it had ended meanwhile.
   */
  closeAsFailed(runId: string, at: string): Promise<number | undefined>;
}

export interface EvaluateMessage {
  runId: string;
  employerId: string;
  date: string;
}

/** A queue of messages (SQS in AWS, in-process locally). Consumers may see a message twice. */
export interface Queue<T> {
  send(messages: readonly T[]): Promise<void>;
}

/** Which employers a run evaluates: those with product 290 active, and who has moments of its own. */
export interface ActiveEmployers {
  /** Every employer with product 290 active (the sparse index). */
  activeEmployerIds(): Promise<string[]>;
  /** A provider's employers with product 290 active. */
  activeEmployersOfProvider(providerId: string): Promise<string[]>;
  /** The providers and employers with moments of their own (a sparse index). */
  momentOwners(): Promise<{ providerIds: string[]; employerIds: string[] }>;
}

/** Whose employers a run evaluates: all (platform), one provider's, or one employer. */
export type RunScope = { providerId: string } | { employerId: string } | null;

/** The payload a schedule hands dispatch: which moment, and whose employers. */
export interface ScheduledDispatch {
  moment: string;
  scope: RunScope;
  /** Scheduler fills in the firing's due instant: `<aws.scheduler.scheduled-time>`. */
  scheduledTime: typeof SCHEDULED_TIME;
}

/** Scheduler's context attribute for the instant a firing was due, substituted into the input. */
export const SCHEDULED_TIME = '<aws.scheduler.scheduled-time>';

/**
 * The schedules that fire stored moments (EventBridge Scheduler in AWS, croner locally): one
 * per moment, named from its scope and momentId. Syncing makes a scope's schedules exactly the
 * given moments; it is idempotent.
 */
export interface MomentSchedules {
  sync(scope: NonNullable<RunScope>, moments: readonly Moment[]): Promise<void>;
  /** The scopes that have schedules now (for the reconcile job). */
  scopes(): Promise<Array<NonNullable<RunScope>>>;
}
