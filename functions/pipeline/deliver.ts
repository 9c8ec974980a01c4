import { deliverDigest } from '../../shared/app/mail/deliver-digest.js';
import { lambdaRuntime } from '../runtime/lambda-wiring.js';
import { deliverMessageSchema } from './messages.js';
import { makeSqsConsumer } from './sqs-consumer.js';

const { deps, logger } = lambdaRuntime('signals-deliver');

/** SQS consumer of the deliver queue: one digest (user, run) per message. */
export const handler = makeSqsConsumer(logger, deliverMessageSchema, (message) =>
  deliverDigest(deps, message),
);
