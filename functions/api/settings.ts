import { SchedulerClient } from '@aws-sdk/client-scheduler';
import { EventBridgeSchedules } from '../../shared/adapters/scheduler/eventbridge-schedules.js';
import { makeApiHandler } from '../../shared/http/api-handler.js';
import { settingsRoutes } from '../../shared/http/routes/settings.js';
import { lambdaRuntime, required } from '../runtime/lambda-wiring.js';

const { deps, logger, middlewares } = lambdaRuntime('signals-settings', (env, capture) => ({
  schedules: new EventBridgeSchedules({
    client: capture(new SchedulerClient({})),
    groupName: required(env, 'SCHEDULE_GROUP'),
    targetArn: required(env, 'DISPATCH_FUNCTION_ARN'),
    roleArn: required(env, 'SCHEDULER_ROLE_ARN'),
    deadLetterArn: required(env, 'SCHEDULE_DLQ_ARN'),
  }),
}));

/** Lambda entry point of the settings API area: only its own section of the routes table. */
export const handler = makeApiHandler({ middlewares, routes: settingsRoutes, deps, logger });
