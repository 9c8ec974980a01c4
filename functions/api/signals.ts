import { makeApiHandler } from '../../shared/http/api-handler.js';
import { signalRoutes } from '../../shared/http/routes/signals.js';
import { lambdaRuntime } from '../runtime/lambda-wiring.js';

const { deps, logger, middlewares } = lambdaRuntime('signals');

/** Lambda entry point of the signals API area: only its own section of the routes table. */
export const handler = makeApiHandler({ middlewares, routes: signalRoutes, deps, logger });
