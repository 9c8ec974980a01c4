import { lambdaRuntime } from '../runtime/lambda-wiring.js';
import { makeAreaHandler } from './area-handler.js';

const { deps, logger } = lambdaRuntime('signals-settings');

/** Lambda entry point of the settings API area. */
export const handler = makeAreaHandler('settings', deps, logger);
