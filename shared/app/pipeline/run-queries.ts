import { NotFoundError } from '../../domain/errors.js';
import type { Deps } from '../deps.js';
import type { PageRequest } from '../resource-store.js';
import type { RunFilter } from './ports.js';

/** A run by id; 404 when there is none. */
export async function getRun(deps: Deps<'runs'>, runId: string) {
  const run = await deps.runs.getRun(runId);
  if (!run) throw new NotFoundError(`Run ${runId} does not exist.`);
  return run;
}

/** Runs, newest first, by run date, trigger and provider. */
export const listRuns = (deps: Deps<'runs'>, filter: RunFilter, page: PageRequest) =>
  deps.runs.listRuns(filter, page);
