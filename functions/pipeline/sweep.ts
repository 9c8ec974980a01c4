import type { Context } from 'aws-lambda';
import { SqsQueue } from '../../shared/adapters/sqs/sqs-queue.js';
import type { DeliverMessage } from '../../shared/app/pipeline/ports.js';
import { sweepRuns } from '../../shared/app/pipeline/sweep-runs.js';
import { lambdaRuntime, required } from '../runtime/lambda-wiring.js';

const { deps, logger } = lambdaRuntime('signals-sweep', (env) => ({
  deliverQueue: new SqsQueue<DeliverMessage>(required(env, 'DELIVER_QUEUE_URL')),
}));

/** Scheduled every 15 minutes: closes runs left running past their bound. */
export const handler = async (_event: unknown, context: Context) => {
  logger.addContext(context);
  const closed = await sweepRuns(deps);
  return { closed: closed.length };
};
