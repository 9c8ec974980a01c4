import type { TenantLookup } from './authorize.js';
import type { CalendarFeeds } from './calendar/calendar-feed.js';
import type { DeliverMessage, DigestStore, Mailbox } from './digests/ports.js';
import type { IdGenerator } from './ids.js';
import type { AppLogger } from './logger.js';
import type { Mailer, SuppressionList } from './mail/ports.js';
import type {
  ActiveEmployers,
  EvaluateMessage,
  MomentSchedules,
  Queue,
  RunStore,
  SignalLedger,
  SignalStore,
} from './pipeline/ports.js';
import type { AppMetrics, Clock } from './ports.js';
import type { ResourceStore } from './resource-store.js';
import type {
  DelayQueue,
  EventBus,
  WebhookDeliveries,
  WebhookMessage,
  WebhookTransport,
} from './webhooks/ports.js';

/** Deployment settings the use cases need (validated once at start). */
export interface AppConfig {
  /** Link to the app in e-mails. */
  appUrl: string;
  /** The API's public base URL, for the unsubscribe links in e-mails (HTTPS when deployed). */
  apiUrl: string;
  /** Sender domains allowed in e-mail templates; empty means any domain. */
  senderDomains: readonly string[];
  /** Days a missed signal is still created after its event date. */
  catchUpDays: number;
  /** Sender of the standard e-mail text. */
  defaultSender: { name: string; address: string };
  /** Webhooks may go to `http://127.0.0.1` (the local stack only; in AWS `https` and public addresses only). */
  webhookLoopback: boolean;
}

/** Everything a route handler may use; wired once per runtime (Lambda, local stack, tests). */
export interface AppDeps {
  clock: Clock;
  ids: IdGenerator;
  config: AppConfig;
  tenants: TenantLookup;
  store: ResourceStore;
  signals: SignalStore;
  digests: DigestStore;
  ledger: SignalLedger;
  runs: RunStore;
  activeEmployers: ActiveEmployers;
  evaluateQueue: Queue<EvaluateMessage>;
  deliverQueue: Queue<DeliverMessage>;
  logger: AppLogger;
  metrics: AppMetrics;
  mailer: Mailer;
  suppressions: SuppressionList;
  mailbox: Mailbox;
  schedules: MomentSchedules;
  webhooks: WebhookDeliveries;
  webhookQueue: DelayQueue<WebhookMessage>;
  webhookTransport: WebhookTransport;
  eventBus: EventBus;
  calendars: CalendarFeeds;
}

/** The part of the dependencies a use case takes: exactly the ports it uses, so tests pass fakes of those. */
export type Deps<K extends keyof AppDeps> = Pick<AppDeps, K>;
