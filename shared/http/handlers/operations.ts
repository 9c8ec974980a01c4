import type { RouteResult } from '../route.js';

export const health = async (): Promise<RouteResult> => ({ status: 200, body: { status: 'ok' } });
