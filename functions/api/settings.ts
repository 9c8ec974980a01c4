import { SQSClient } from '@aws-sdk/client-sqs';
import { SqsQueue } from '../../shared/adapters/sqs/sqs-queue.js';
import type { WebhookMessage } from '../../shared/app/webhooks/ports.js';
import { makeApiHandler } from '../../shared/http/api-handler.js';
import { settingsRoutes } from '../../shared/http/routes/settings.js';
import { lambdaRuntime, required } from '../runtime/lambda-wiring.js';
import { momentSchedulesOf } from '../runtime/moment-schedules.js';

const { deps, logger, middlewares } = lambdaRuntime('settings', (env, capture) => ({
  schedules: momentSchedulesOf(env, capture),
  // A webhook test or retry queues its delivery.
  webhookQueue: new SqsQueue<WebhookMessage>(required(env, 'WEBHOOK_QUEUE_URL'), capture(new SQSClient({}))),
}));

/** Lambda entry point of the settings API area: only its own section of the routes table. */
export const handler = makeApiHandler({ middlewares, routes: settingsRoutes, deps, logger });
