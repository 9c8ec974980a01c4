import { SQSClient } from '@aws-sdk/client-sqs';
import { SqsQueue } from '../../shared/adapters/sqs/sqs-queue.js';
import type { DeliverMessage } from '../../shared/app/digests/ports.js';
import { handleEvaluateMessage } from '../../shared/app/pipeline/evaluate-employer.js';
import { MAX_RECEIVES } from '../../shared/config/queues.js';
import { lambdaRuntime, required } from '../runtime/lambda-wiring.js';
import { evaluateMessageSchema } from './messages.js';
import { makeSqsConsumer } from './sqs-consumer.js';

const { deps, logger, middlewares } = lambdaRuntime('evaluate', (env, capture) => ({
  deliverQueue: new SqsQueue<DeliverMessage>(required(env, 'DELIVER_QUEUE_URL'), capture(new SQSClient({}))),
}));

/** SQS consumer of the evaluate queue: one employer per message. */
export const handler = makeSqsConsumer(logger, middlewares, evaluateMessageSchema, (message, receiveCount) =>
  handleEvaluateMessage(deps, message, receiveCount, MAX_RECEIVES.evaluate),
);
