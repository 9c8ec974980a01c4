import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy, { type MiddlewareObj } from '@middy/core';
import type { Context } from 'aws-lambda';
import { makeDocumentClient } from '../../shared/adapters/dynamodb/client.js';
import { wireAppDeps } from '../../shared/adapters/wire.js';
import type { AppDeps } from '../../shared/app/deps.js';
import type { DeliverMessage } from '../../shared/app/digests/ports.js';
import type { Mailer } from '../../shared/app/mail/ports.js';
import type { EvaluateMessage, MomentSchedules, Queue } from '../../shared/app/pipeline/ports.js';
import { systemClock } from '../../shared/app/system-clock.js';
import type { DelayQueue, EventBus, WebhookMessage } from '../../shared/app/webhooks/ports.js';
import { type FunctionName, serviceNameOf } from '../../shared/config/functions.js';
import { configOf, type RuntimeEnv, readEnv } from './env.js';
import { type CaptureClient, observability } from './observability.js';

/** The adapters beyond DynamoDB that only some functions use: each entry wires its own. */
export interface ExtraAdapters {
  mailer?: Mailer;
  schedules?: MomentSchedules;
  evaluateQueue?: Queue<EvaluateMessage>;
  deliverQueue?: Queue<DeliverMessage>;
  webhookQueue?: DelayQueue<WebhookMessage>;
  eventBus?: EventBus;
}

/**
 * A port this function does not use: its client is not even in the bundle. Reaching it is a
 * wiring mistake, said plainly.
 */
const notWired = <T extends object>(port: string): T =>
  new Proxy({} as T, {
    get: () => {
      throw new Error(`${port} is not wired in this function`);
    },
  });

/**
 * The Lambda runtime's wiring: environment read once at cold start, clients created once per
 * container. `extras` builds the adapters the function uses from the environment; an API area
 * that sends no mail and queues nothing bundles neither the SES nor the SQS client.
 */
export function lambdaRuntime(
  fn: FunctionName,
  extras: (env: RuntimeEnv, capture: CaptureClient) => ExtraAdapters = () => ({}),
) {
  const env = readEnv(fn);
  const serviceName = serviceNameOf(fn);
  const logger = new Logger({ serviceName });
  const observed = observability(serviceName);
  const { appMetrics, capture } = observed;
  // Every log line of an invocation carries the Lambda context (request id, cold start, function).
  const middlewares = [injectLambdaContext(logger, { resetKeys: true }), ...observed.middlewares];
  const client = capture(
    makeDocumentClient(env.DYNAMODB_ENDPOINT ? { endpoint: env.DYNAMODB_ENDPOINT } : {}),
  );
  const wired = extras(env, capture);
  const deps: AppDeps = wireAppDeps({
    client,
    tableName: env.TABLE_NAME,
    clock: systemClock,
    logger,
    metrics: appMetrics,
    mailer: wired.mailer ?? notWired('the mailer'),
    evaluateQueue: wired.evaluateQueue ?? notWired('the evaluate queue'),
    deliverQueue: wired.deliverQueue ?? notWired('the deliver queue'),
    schedules: wired.schedules ?? notWired('the moment schedules'),
    webhookQueue: wired.webhookQueue ?? notWired('the webhook queue'),
    eventBus: wired.eventBus ?? notWired('the event bus'),
    config: configOf(env),
  });
  return { env, logger, client, deps, middlewares };
}

type OptionalSetting =
  | 'EVALUATE_QUEUE_URL'
  | 'DELIVER_QUEUE_URL'
  | 'SCHEDULE_GROUP'
  | 'DISPATCH_FUNCTION_ARN'
  | 'SCHEDULER_ROLE_ARN'
  | 'SCHEDULE_DLQ_ARN'
  | 'WEBHOOK_QUEUE_URL'
  | 'EVENT_BUS_NAME';

/** A setting only some functions have: present in this function's environment, or the cold start fails at once. */
export function required(env: RuntimeEnv, name: OptionalSetting): string {
  const value = env[name];
  if (!value) throw new Error(`Invalid function environment: ${name} is required by this function`);
  return value;
}

/** A handler with the function's tracing and metrics around every invocation (middy). */
export function instrument<E, R>(
  handler: (event: E, context: Context) => Promise<R>,
  middlewares: readonly MiddlewareObj[],
) {
  const wrapped = middy<E, R>().handler(handler);
  for (const m of middlewares) wrapped.use(m as MiddlewareObj<E, R>);
  return wrapped;
}
