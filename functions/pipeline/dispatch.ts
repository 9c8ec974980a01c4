import type { Context } from 'aws-lambda';
import { SqsQueue } from '../../shared/adapters/sqs/sqs-queue.js';
import { startRun } from '../../shared/app/pipeline/dispatch.js';
import type { EvaluateMessage } from '../../shared/app/pipeline/ports.js';
import { lambdaRuntime, requiredUrl } from '../runtime/lambda-wiring.js';
import { scheduleEventSchema } from './messages.js';

const { deps, logger } = lambdaRuntime('signals-dispatch', (env) => ({
  evaluateQueue: new SqsQueue<EvaluateMessage>(requiredUrl(env, 'EVALUATE_QUEUE_URL')),
}));

/** EventBridge Scheduler target: starts the run of a moment (the schedule's input names it). */
export const handler = async (event: unknown, context: Context) => {
  logger.addContext(context);
  const { moment } = scheduleEventSchema.parse(event);
  const run = await startRun(deps, { moment });
  return { runId: run.runId, employers: run.employers.total };
};
