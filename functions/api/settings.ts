import { EventBridgeSchedules } from '../../shared/adapters/scheduler/eventbridge-schedules.js';
import { makeApiHandler } from '../../shared/http/api-handler.js';
import { settingsRoutes } from '../../shared/http/routes/settings.js';
import { lambdaRuntime, required } from '../runtime/lambda-wiring.js';

const { deps, logger } = lambdaRuntime('signals-settings', (env) => ({
  schedules: new EventBridgeSchedules({
    groupName: required(env, 'SCHEDULE_GROUP'),
    targetArn: required(env, 'DISPATCH_FUNCTION_ARN'),
    roleArn: required(env, 'SCHEDULER_ROLE_ARN'),
    deadLetterArn: required(env, 'SCHEDULE_DLQ_ARN'),
  }),
}));

/** Lambda entry point of the settings API area: only its own section of the routes table. */
export const handler = makeApiHandler({ routes: settingsRoutes, deps, logger });
