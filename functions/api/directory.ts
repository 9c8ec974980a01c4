import { makeApiHandler } from '../../shared/http/api-handler.js';
import { directoryRoutes } from '../../shared/http/routes/directory.js';
import { lambdaRuntime } from '../runtime/lambda-wiring.js';

const { deps, logger, middlewares } = lambdaRuntime('directory');

/** Lambda entry point of the directory API area: only its own section of the routes table. */
export const handler = makeApiHandler({ middlewares, routes: directoryRoutes, deps, logger });
