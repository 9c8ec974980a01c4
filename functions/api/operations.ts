import { SQSClient } from '@aws-sdk/client-sqs';
import { SqsQueue } from '../../shared/adapters/sqs/sqs-queue.js';
import type { EvaluateMessage } from '../../shared/app/pipeline/ports.js';
import { makeApiHandler } from '../../shared/http/api-handler.js';
import { ROUTES } from '../../shared/http/routes.js';
import { lambdaRuntime, required } from '../runtime/lambda-wiring.js';

const { deps, logger, middlewares } = lambdaRuntime('operations', (env, capture) => ({
  evaluateQueue: new SqsQueue<EvaluateMessage>(
    required(env, 'EVALUATE_QUEUE_URL'),
    capture(new SQSClient({})),
  ),
}));

/**
 * Lambda entry point of the operations API area: health, runs, and the OpenAPI document, which
 * describes every route (so this function carries the whole table).
 */
export const handler = makeApiHandler({
  middlewares,
  routes: ROUTES.filter((r) => r.area === 'operations'),
  // API Gateway's $default route hands it what no route matches: a 404, or a 405 for a known path.
  knownRoutes: ROUTES,
  deps,
  logger,
});
