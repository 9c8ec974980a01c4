import { makeApiHandler } from '../../shared/http/api-handler.js';
import { templateRoutes } from '../../shared/http/routes/templates.js';
import { lambdaRuntime } from '../runtime/lambda-wiring.js';

const { deps, logger, middlewares } = lambdaRuntime('templates');

/** Lambda entry point of the templates API area: only its own section of the routes table. */
export const handler = makeApiHandler({ middlewares, routes: templateRoutes, deps, logger });
