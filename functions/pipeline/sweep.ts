import { SQSClient } from '@aws-sdk/client-sqs';
import type { Context } from 'aws-lambda';
import { SqsQueue } from '../../shared/adapters/sqs/sqs-queue.js';
import type { DeliverMessage } from '../../shared/app/digests/ports.js';
import { sweepRuns } from '../../shared/app/pipeline/sweep-runs.js';
import { instrument, lambdaRuntime, required } from '../runtime/lambda-wiring.js';

const { deps, middlewares } = lambdaRuntime('sweep', (env, capture) => ({
  deliverQueue: new SqsQueue<DeliverMessage>(required(env, 'DELIVER_QUEUE_URL'), capture(new SQSClient({}))),
}));

/** Scheduled every 15 minutes: closes runs left running past their bound. */
export const handler = instrument(async (_event: unknown, _context: Context) => {
  const closed = await sweepRuns(deps);
  return { closed: closed.length };
}, middlewares);
