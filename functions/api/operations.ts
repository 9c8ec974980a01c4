import { SqsQueue } from '../../shared/adapters/sqs/sqs-queue.js';
import type { EvaluateMessage } from '../../shared/app/pipeline/ports.js';
import { makeApiHandler } from '../../shared/http/api-handler.js';
import { ROUTES } from '../../shared/http/routes.js';
import { lambdaRuntime, required } from '../runtime/lambda-wiring.js';

const { deps, logger } = lambdaRuntime('signals-operations', (env) => ({
  evaluateQueue: new SqsQueue<EvaluateMessage>(required(env, 'EVALUATE_QUEUE_URL')),
}));

/**
 * Lambda entry point of the operations API area: health, runs, and the OpenAPI document, which
 * describes every route (so this function carries the whole table).
 */
export const handler = makeApiHandler({
  routes: ROUTES.filter((r) => r.area === 'operations'),
  // API Gateway hands unknown routes to this function: a known path with another method is a 405.
  knownRoutes: ROUTES,
  deps,
  logger,
});
