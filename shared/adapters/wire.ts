import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { AppConfig, AppDeps } from '../app/deps.js';
import type { DeliverMessage } from '../app/digests/ports.js';
import { randomIds } from '../app/ids.js';
import type { AppLogger } from '../app/logger.js';
import type { Mailer } from '../app/mail/ports.js';
import type { EvaluateMessage, MomentSchedules, Queue } from '../app/pipeline/ports.js';
import { type AppMetrics, type Clock, noMetrics } from '../app/ports.js';
import type { DelayQueue, EventBus, WebhookMessage, WebhookTransport } from '../app/webhooks/ports.js';
import { DynamoCalendarFeeds } from './dynamodb/calendar-feeds.js';
import { DynamoDigestRepository } from './dynamodb/digest-repository.js';
import { DynamoSignalLedger } from './dynamodb/ledger-repository.js';
import { DynamoMailbox } from './dynamodb/mailbox-repository.js';
import { DynamoResourceStore } from './dynamodb/resource-store.js';
import { DynamoRunRepository } from './dynamodb/run-repository.js';
import { DynamoSignalRepository } from './dynamodb/signal-repository.js';
import { DynamoSuppressionList } from './dynamodb/suppression-list.js';
import { DynamoTenantLookup } from './dynamodb/tenant-lookup.js';
import { DynamoWebhookDeliveries } from './dynamodb/webhook-repository.js';
import { fetchTransport } from './http/webhook-transport.js';

export interface WireOptions {
  client: DynamoDBDocumentClient;
  tableName: string;
  config: AppConfig;
  clock: Clock;
  logger: AppLogger;
  /** Where counts go (Lambda: CloudWatch EMF); none when not given. */
  metrics?: AppMetrics;
  mailer: Mailer;
  evaluateQueue: Queue<EvaluateMessage>;
  deliverQueue: Queue<DeliverMessage>;
  schedules: MomentSchedules;
  webhookQueue: DelayQueue<WebhookMessage>;
  eventBus: EventBus;
  webhookTransport?: WebhookTransport;
}

/** Builds the application's dependencies from its infrastructure; each runtime calls this once. */
export function wireAppDeps({
  client,
  tableName,
  config,
  clock,
  logger,
  metrics = noMetrics,
  mailer,
  evaluateQueue,
  deliverQueue,
  schedules,
  webhookQueue,
  eventBus,
  webhookTransport = fetchTransport(),
}: WireOptions): AppDeps {
  const runs = new DynamoRunRepository(client, tableName);
  return {
    clock,
    ids: randomIds,
    config,
    logger,
    metrics,
    tenants: new DynamoTenantLookup(client, tableName),
    store: new DynamoResourceStore(client, tableName),
    signals: new DynamoSignalRepository(client, tableName, clock),
    digests: new DynamoDigestRepository(client, tableName, clock),
    ledger: new DynamoSignalLedger(client, tableName),
    runs,
    activeEmployers: runs,
    evaluateQueue,
    deliverQueue,
    mailer,
    suppressions: new DynamoSuppressionList(client, tableName),
    mailbox: new DynamoMailbox(client, tableName, clock),
    schedules,
    webhooks: new DynamoWebhookDeliveries(client, tableName),
    webhookQueue,
    webhookTransport,
    eventBus,
    calendars: new DynamoCalendarFeeds(client, tableName),
  };
}
