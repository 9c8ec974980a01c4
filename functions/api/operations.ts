import { lambdaRuntime } from '../runtime/lambda-wiring.js';
import { makeAreaHandler } from './area-handler.js';

const { deps, logger } = lambdaRuntime('signals-operations');

/** Lambda entry point of the operations API area. */
export const handler = makeAreaHandler('operations', deps, logger);
