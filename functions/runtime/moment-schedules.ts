import { SchedulerClient } from '@aws-sdk/client-scheduler';
import { EventBridgeSchedules } from '../../shared/adapters/scheduler/eventbridge-schedules.js';
import type { RuntimeEnv } from './env.js';
import { required } from './lambda-wiring.js';
import type { CaptureClient } from './observability.js';

/**
 * The stage's EventBridge Scheduler schedules of stored moments, for the functions that write
 * them (the settings API and the reconcile job); its own file, so no other bundle carries the
 * Scheduler client.
 */
export const momentSchedulesOf = (env: RuntimeEnv, capture: CaptureClient) =>
  new EventBridgeSchedules({
    client: capture(new SchedulerClient({})),
    groupName: required(env, 'SCHEDULE_GROUP'),
    targetArn: required(env, 'DISPATCH_FUNCTION_ARN'),
    roleArn: required(env, 'SCHEDULER_ROLE_ARN'),
    deadLetterArn: required(env, 'SCHEDULE_DLQ_ARN'),
  });
