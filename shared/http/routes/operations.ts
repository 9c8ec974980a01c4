import { startRun } from '../../app/pipeline/dispatch.js';
import { getRun, listRuns } from '../../app/pipeline/run-queries.js';
import { listOf } from '../handlers/resource.js';
import { defineRoute } from '../route.js';
import { pageOf, pathOf } from '../schemas/common.js';
import { runSchema, runsQuerySchema, startRunBodySchema } from '../schemas/signals.js';
import { allowed, grants } from './access.js';

const area = 'operations' as const;

export const operationRoutes = [
  defineRoute({
    operationId: 'startEvaluation',
    method: 'POST',
    path: '/v1/evaluations',
    area,
    summary: 'Run an evaluation now (a rerun of a past day is safe)',
    description:
      'Starts an evaluation run for `date` (today when absent), for all employers with product 290 or those given. Answers 202 at once with the run as recorded: how many employers it evaluates, and in `skipped` the given ones it does not, with the reason. Follow it at `Location` until `status` is no longer `running` and its digests are delivered (`digests.done + digests.failed = digests.queued`). A rerun of a day creates no signal twice and mails nothing twice: signals have stable identities.',
    access: allowed(grants.operate),
    body: startRunBodySchema.default({}),
    response: runSchema,
    successStatus: 202,
    handler: async ({ body }, deps) => {
      const run = await startRun(deps, body);
      return {
        status: 202,
        body: {
          deliveryQueuedAt: null,
          digests: { queued: 0, done: 0, failed: 0 },
          ruleVersions: [],
          warnings: [],
          ...run,
        },
        headers: { location: `/v1/evaluations/${run.runId}` },
      };
    },
  }),
  defineRoute({
    operationId: 'getEvaluation',
    method: 'GET',
    path: '/v1/evaluations/{runId}',
    area,
    summary: "An evaluation run's status and counts",
    description: "The run's status and counts, updated as its employers are evaluated.",
    access: allowed(grants.operate),
    params: pathOf('runId'),
    response: runSchema,
    successStatus: 200,
    handler: async ({ params }, deps) => ({ status: 200, body: await getRun(deps, params.runId) }),
  }),
  defineRoute({
    operationId: 'listEvaluations',
    method: 'GET',
    path: '/v1/evaluations',
    area,
    summary: 'Evaluation runs, newest first',
    description: 'A page of evaluation runs, newest first, with filters.',
    access: allowed(grants.operate),
    query: runsQuerySchema,
    response: pageOf(runSchema),
    successStatus: 200,
    handler: async ({ query }, deps) => {
      const { limit, cursor, ...filter } = query;
      return listOf(await listRuns(deps, filter, { limit, ...(cursor ? { cursor } : {}) }), (r) => r);
    },
  }),
];
