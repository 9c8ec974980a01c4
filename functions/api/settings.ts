import { makeApiHandler } from '../../shared/http/api-handler.js';
import { settingsRoutes } from '../../shared/http/routes/settings.js';
import { lambdaRuntime } from '../runtime/lambda-wiring.js';
import { momentSchedulesOf } from '../runtime/moment-schedules.js';

const { deps, logger, middlewares } = lambdaRuntime('settings', (env, capture) => ({
  schedules: momentSchedulesOf(env, capture),
}));

/** Lambda entry point of the settings API area: only its own section of the routes table. */
export const handler = makeApiHandler({ middlewares, routes: settingsRoutes, deps, logger });
