import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { InMemoryEventBus } from '../adapters/eventbridge/event-bus.js';
import { InProcessQueue } from '../adapters/in-process-queue.js';
import { SesMailer } from '../adapters/ses/ses-mailer.js';
import { wireAppDeps } from '../adapters/wire.js';
import type { AppConfig, AppDeps } from '../app/deps.js';
import { deliverDigest } from '../app/digests/deliver.js';
import type { DeliverMessage } from '../app/digests/ports.js';
import type { AppLogger } from '../app/logger.js';
import type { Mailer } from '../app/mail/ports.js';
import { handleEvaluateMessage } from '../app/pipeline/evaluate-employer.js';
import type { EvaluateMessage } from '../app/pipeline/ports.js';
import type { Clock } from '../app/ports.js';
import { deliverWebhookMessage } from '../app/webhooks/deliver-webhook.js';
import type { WebhookMessage, WebhookTransport } from '../app/webhooks/ports.js';
import { MAX_RECEIVES } from '../config/queues.js';
import { DEFAULT_CATCH_UP_DAYS } from '../domain/rules/evaluate.js';
import { asFunction, guardLocalClient, guardLocalConfig } from './function-context.js';
import { LocalSchedules } from './scheduler.js';

export const defaultLocalConfig = (overrides: Partial<AppConfig> = {}): AppConfig => ({
  appUrl: overrides.appUrl ?? 'http://localhost:5173',
  apiUrl: overrides.apiUrl ?? 'http://127.0.0.1:3000',
  senderDomains: overrides.senderDomains ?? [],
  catchUpDays: overrides.catchUpDays ?? DEFAULT_CATCH_UP_DAYS,
  defaultSender: overrides.defaultSender ?? { name: 'Signaleringen', address: 'signalen@example.nl' },
  // A receiver on this machine: locally `http://127.0.0.1` is a webhook URL.
  webhookLoopback: overrides.webhookLoopback ?? true,
});

/**
 * The local runtime's wiring: the same use cases as in Lambda, with in-process queues in place of
 * SQS (same consumers, at-least-once, with retries) and the SES emulator as mail service.
 */
export function wireLocal(options: {
  client: DynamoDBDocumentClient;
  tableName: string;
  sesEndpoint: string;
  config: AppConfig;
  clock: Clock;
  logger: AppLogger;
  mailer?: Mailer | undefined;
  concurrency?: number;
  /** Receives per message before it is dead-lettered, and the wait before a retry (tests). */
  queues?: { maxAttempts?: number; backoffMs?: (attempt: number) => number; delayScale?: number };
  webhookTransport?: WebhookTransport;
}) {
  const evaluateQueue = new InProcessQueue<EvaluateMessage>({
    name: 'evaluate',
    concurrency: options.concurrency ?? 4,
    maxAttempts: options.queues?.maxAttempts ?? MAX_RECEIVES.evaluate,
    ...(options.queues?.backoffMs ? { backoffMs: options.queues.backoffMs } : {}),
  });
  const deliverQueue = new InProcessQueue<DeliverMessage>({
    name: 'deliver',
    concurrency: options.concurrency ?? 4,
    maxAttempts: options.queues?.maxAttempts ?? MAX_RECEIVES.deliver,
    ...(options.queues?.backoffMs ? { backoffMs: options.queues.backoffMs } : {}),
  });
  const webhookQueue = new InProcessQueue<WebhookMessage>({
    name: 'webhooks',
    concurrency: options.concurrency ?? 8,
    maxAttempts: options.queues?.maxAttempts ?? MAX_RECEIVES.webhooks,
    ...(options.queues?.backoffMs ? { backoffMs: options.queues.backoffMs } : {}),
    ...(options.queues?.delayScale !== undefined ? { delayScale: options.queues.delayScale } : {}),
  });
  const eventBus = new InMemoryEventBus();
  const schedules = new LocalSchedules();
  const deps: AppDeps = wireAppDeps({
    client: guardLocalClient(options.client),
    tableName: options.tableName,
    config: guardLocalConfig(options.config),
    clock: options.clock,
    logger: options.logger,
    mailer: options.mailer ?? new SesMailer({ endpoint: options.sesEndpoint }),
    evaluateQueue,
    deliverQueue,
    schedules,
    webhookQueue,
    eventBus,
    ...(options.webhookTransport ? { webhookTransport: options.webhookTransport } : {}),
  });
  evaluateQueue.consume((message, attempt, max) =>
    asFunction('evaluate', () => handleEvaluateMessage(deps, message, attempt, max)),
  );
  deliverQueue.consume((message, attempt, maxAttempts) =>
    asFunction('deliver', () => deliverDigest(deps, message, attempt >= maxAttempts)),
  );
  webhookQueue.consume((message) => asFunction('webhooks', () => deliverWebhookMessage(deps, message)));
  return {
    deps,
    queues: { evaluate: evaluateQueue, deliver: deliverQueue, webhooks: webhookQueue },
    eventBus,
    schedules,
    /** Waits until a run is fully evaluated and its digests delivered. */
    async drain() {
      await evaluateQueue.drain();
      await deliverQueue.drain();
    },
  };
}
