import * as z from 'zod';
import { AUDIENCES, SIGNAL_TYPES } from '../../domain/catalogue.js';

export const signalTypeCodeSchema = z.enum(SIGNAL_TYPES);

export const signalTypeSchema = z
  .object({
    code: signalTypeCodeSchema,
    name: z.object({ nl: z.string(), en: z.string() }),
    description: z.string(),
    audience: z.array(z.enum(AUDIENCES)),
    defaultDaysBefore: z.array(z.number().int()),
  })
  .meta({ title: 'SignalType' });
