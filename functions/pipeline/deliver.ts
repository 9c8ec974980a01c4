import { SesMailer, sesClient } from '../../shared/adapters/ses/ses-mailer.js';
import { deliverDigest } from '../../shared/app/digests/deliver.js';
import { MAX_RECEIVES } from '../../shared/config/queues.js';
import { lambdaRuntime } from '../runtime/lambda-wiring.js';
import { deliverMessageSchema } from './messages.js';
import { makeSqsConsumer } from './sqs-consumer.js';

const { deps, logger, middlewares } = lambdaRuntime('deliver', (env, capture) => ({
  mailer: new SesMailer({
    client: capture(sesClient()),
    ...(env.SES_CONFIGURATION_SET ? { configurationSetName: env.SES_CONFIGURATION_SET } : {}),
  }),
}));

/** SQS consumer of the deliver queue: one digest (user, run) per message. */
export const handler = makeSqsConsumer(logger, middlewares, deliverMessageSchema, (message, receiveCount) =>
  deliverDigest(deps, message, receiveCount >= MAX_RECEIVES.deliver),
);
