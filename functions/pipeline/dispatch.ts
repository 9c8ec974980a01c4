import { SQSClient } from '@aws-sdk/client-sqs';
import type { Context } from 'aws-lambda';
import { SqsQueue } from '../../shared/adapters/sqs/sqs-queue.js';
import { startRun } from '../../shared/app/pipeline/dispatch.js';
import type { EvaluateMessage } from '../../shared/app/pipeline/ports.js';
import { instrument, lambdaRuntime, required } from '../runtime/lambda-wiring.js';
import { scheduleEventSchema } from './messages.js';

const { deps, middlewares } = lambdaRuntime('dispatch', (env, capture) => ({
  evaluateQueue: new SqsQueue<EvaluateMessage>(
    required(env, 'EVALUATE_QUEUE_URL'),
    capture(new SQSClient({})),
  ),
}));

/** EventBridge Scheduler target: starts the run of a moment (the schedule's input names it). */
export const handler = instrument(async (event: unknown, _context: Context) => {
  const { moment, scope, scheduledTime } = scheduleEventSchema.parse(event);
  const run = await startRun(deps, { moment, scope, trigger: 'schedule', scheduledAt: scheduledTime });
  return { runId: run.runId, employers: run.employers.total };
}, middlewares);
