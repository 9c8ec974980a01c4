import { startRun } from '../../app/pipeline/dispatch.js';
import { NotFoundError } from '../../domain/errors.js';
import { defineRoute } from '../route.js';
import { pathOf } from '../schemas/common.js';
import { runSchema, startRunBodySchema } from '../schemas/signals.js';
import { allowed, grants } from './access.js';

const area = 'operations' as const;

export const operationRoutes = [
  defineRoute({
    operationId: 'startEvaluation',
    method: 'POST',
    path: '/v1/evaluations',
    area,
    summary: 'Run an evaluation now (a rerun of a past day is safe)',
    access: allowed(grants.operate),
    body: startRunBodySchema.default({}),
    response: runSchema.pick({ runId: true }),
    successStatus: 202,
    handler: async ({ body }, deps) => {
      const run = await startRun(deps, body);
      return {
        status: 202,
        body: { runId: run.runId },
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
    access: allowed(grants.operate),
    params: pathOf('runId'),
    response: runSchema,
    successStatus: 200,
    handler: async ({ params }, deps) => {
      const run = await deps.runs.getRun(params.runId);
      if (!run) throw new NotFoundError(`Run ${params.runId} does not exist.`);
      return { status: 200, body: run };
    },
  }),
];
