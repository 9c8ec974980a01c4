import { SesMailer } from '../../shared/adapters/ses/ses-mailer.js';
import { deliverDigest } from '../../shared/app/mail/deliver-digest.js';
import { lambdaRuntime } from '../runtime/lambda-wiring.js';
import { deliverMessageSchema } from './messages.js';
import { makeSqsConsumer } from './sqs-consumer.js';

const { deps, logger } = lambdaRuntime('signals-deliver', (env) => ({
  mailer: new SesMailer(env.SES_CONFIGURATION_SET ? { configurationSetName: env.SES_CONFIGURATION_SET } : {}),
}));

/** SQS consumer of the deliver queue: one digest (user, run) per message. */
export const handler = makeSqsConsumer(logger, deliverMessageSchema, (message) =>
  deliverDigest(deps, message),
);
