import { lambdaRuntime } from '../runtime/lambda-wiring.js';
import { makeAreaHandler } from './area-handler.js';

const { deps, logger } = lambdaRuntime('signals-signals');

/** Lambda entry point of the signals API area. */
export const handler = makeAreaHandler('signals', deps, logger);
