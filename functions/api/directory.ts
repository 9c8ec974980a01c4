import { lambdaRuntime } from '../runtime/lambda-wiring.js';
import { makeAreaHandler } from './area-handler.js';

const { deps, logger } = lambdaRuntime('signals-directory');

/** Lambda entry point of the directory API area. */
export const handler = makeAreaHandler('directory', deps, logger);
