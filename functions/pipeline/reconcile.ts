import { SchedulerClient } from '@aws-sdk/client-scheduler';
import type { Context } from 'aws-lambda';
import { EventBridgeSchedules } from '../../shared/adapters/scheduler/eventbridge-schedules.js';
import { reconcileSchedules } from '../../shared/app/moments/reconcile-schedules.js';
import { instrument, lambdaRuntime, required } from '../runtime/lambda-wiring.js';

const { deps, logger, middlewares } = lambdaRuntime('signals-reconcile', (env, capture) => ({
  schedules: new EventBridgeSchedules({
    client: capture(new SchedulerClient({})),
    groupName: required(env, 'SCHEDULE_GROUP'),
    targetArn: required(env, 'DISPATCH_FUNCTION_ARN'),
    roleArn: required(env, 'SCHEDULER_ROLE_ARN'),
    deadLetterArn: required(env, 'SCHEDULE_DLQ_ARN'),
  }),
}));

/** Scheduled every hour: makes the schedules match the stored moments, printing counts. */
export const handler = instrument(async (_event: unknown, context: Context) => {
  logger.addContext(context);
  return reconcileSchedules(deps);
}, middlewares);
