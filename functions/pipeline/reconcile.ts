import type { Context } from 'aws-lambda';
import { reconcileSchedules } from '../../shared/app/moments/reconcile-schedules.js';
import { instrument, lambdaRuntime } from '../runtime/lambda-wiring.js';
import { momentSchedulesOf } from '../runtime/moment-schedules.js';

const { deps, middlewares } = lambdaRuntime('reconcile', (env, capture) => ({
  schedules: momentSchedulesOf(env, capture),
}));

/** Scheduled every hour: makes the schedules match the stored moments, printing counts. */
export const handler = instrument(async (_event: unknown, _context: Context) => {
  return reconcileSchedules(deps);
}, middlewares);
