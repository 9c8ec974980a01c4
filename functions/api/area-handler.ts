import type { Logger } from '@aws-lambda-powertools/logger';
import type { AppDeps } from '../../shared/app/deps.js';
import { makeApiHandler } from '../../shared/http/api-handler.js';
import type { Area } from '../../shared/http/route.js';
import { ROUTES } from '../../shared/http/routes.js';

/** The handler of one API area: the shared pipeline over that area's routes of the routes table. */
export const makeAreaHandler = (area: Area, deps: AppDeps, logger: Logger) =>
  makeApiHandler({ routes: ROUTES.filter((r) => r.area === area), deps, logger });
