import { CATALOGUE } from '../../domain/catalogue.js';
import type { RouteResult } from '../route.js';

export const listSignalTypes = async (): Promise<RouteResult> => ({
  status: 200,
  body: {
    items: CATALOGUE.map(({ code, name, description, audience, defaultDaysBefore, legalDeadline }) => ({
      code,
      name,
      description,
      audience,
      defaultDaysBefore,
      legalDeadline: legalDeadline ?? null,
    })),
  },
});
