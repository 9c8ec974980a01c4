import { makeApiHandler } from '../../shared/http/api-handler.js';
import { settingsRoutes } from '../../shared/http/routes/settings.js';
import { lambdaRuntime } from '../runtime/lambda-wiring.js';

const { deps, logger } = lambdaRuntime('signals-settings');

/** Lambda entry point of the settings API area: only its own section of the routes table. */
export const handler = makeApiHandler({ routes: settingsRoutes, deps, logger });
