import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { AppConfig, AppDeps } from '../app/deps.js';
import { randomIds } from '../app/ids.js';
import type { AppLogger } from '../app/logger.js';
import type { Mailer } from '../app/mail/ports.js';
import type { DeliverMessage, EvaluateMessage, Queue } from '../app/pipeline/ports.js';
import type { Clock } from '../app/ports.js';
import { DynamoResourceStore } from './dynamodb/resource-store.js';
import { DynamoSignalStore } from './dynamodb/signal-store.js';
import { DynamoSuppressionList } from './dynamodb/suppression-list.js';

export interface WireOptions {
  client: DynamoDBDocumentClient;
  tableName: string;
  config: AppConfig;
  clock: Clock;
  logger: AppLogger;
  mailer: Mailer;
  evaluateQueue: Queue<EvaluateMessage>;
  deliverQueue: Queue<DeliverMessage>;
}

/** Builds the application's dependencies from its infrastructure; each runtime calls this once. */
export function wireAppDeps({
  client,
  tableName,
  config,
  clock,
  logger,
  mailer,
  evaluateQueue,
  deliverQueue,
}: WireOptions): AppDeps {
  const store = new DynamoResourceStore(client, tableName);
  const signals = new DynamoSignalStore(client, tableName);
  return {
    clock,
    ids: randomIds,
    config,
    logger,
    tenants: store,
    store,
    signals,
    runs: signals,
    activeEmployers: signals,
    evaluateQueue,
    deliverQueue,
    mailer,
    suppressions: new DynamoSuppressionList(client, tableName),
  };
}
