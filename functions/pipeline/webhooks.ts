import { SQSClient } from '@aws-sdk/client-sqs';
import { SesMailer, sesClient } from '../../shared/adapters/ses/ses-mailer.js';
import { SqsQueue } from '../../shared/adapters/sqs/sqs-queue.js';
import { deliverWebhookMessage } from '../../shared/app/webhooks/deliver-webhook.js';
import type { WebhookMessage } from '../../shared/app/webhooks/ports.js';
import { lambdaRuntime, required } from '../runtime/lambda-wiring.js';
import { webhookMessageSchema } from './messages.js';
import { makeSqsConsumer } from './sqs-consumer.js';

const { deps, logger, middlewares } = lambdaRuntime('webhooks', (env, capture) => ({
  // The next attempt of a delivery is a new message on the same queue, delayed (its backoff).
  webhookQueue: new SqsQueue<WebhookMessage>(required(env, 'WEBHOOK_QUEUE_URL'), capture(new SQSClient({}))),
  mailer: new SesMailer({
    client: capture(sesClient()),
    ...(env.SES_CONFIGURATION_SET ? { configurationSetName: env.SES_CONFIGURATION_SET } : {}),
  }),
}));

/** SQS consumer of the webhook queue: one delivery attempt per message (each with its own 10 s timeout). */
export const handler = makeSqsConsumer(logger, middlewares, webhookMessageSchema, (message) =>
  deliverWebhookMessage(deps, message),
);
