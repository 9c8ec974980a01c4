import { lambdaRuntime } from '../runtime/lambda-wiring.js';
import { makeAreaHandler } from './area-handler.js';

const { deps, logger } = lambdaRuntime('signals-templates');

/** Lambda entry point of the templates API area. */
export const handler = makeAreaHandler('templates', deps, logger);
