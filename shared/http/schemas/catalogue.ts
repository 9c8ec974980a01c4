import * as z from 'zod';
import { AUDIENCES, SIGNAL_TYPES } from '../../domain/catalogue.js';

export const signalTypeCodeSchema = z.enum(SIGNAL_TYPES);

export const signalTypeSchema = z
  .object({
    code: signalTypeCodeSchema.describe('The signal type, as settings and signals name it.'),
    name: z
      .object({ nl: z.string().describe('Dutch name.'), en: z.string().describe('English name.') })
      .describe('Its name in each language.'),
    description: z.string().describe('When it signals: the event and how its date is found.'),
    audience: z
      .array(z.enum(AUDIENCES))
      .describe('Which users may get it: `provider` users, `employer` users, or both.'),
    defaultDaysBefore: z
      .array(z.number().int())
      .describe('The offsets used when a setting gives no `daysBefore` (negative: after the event).'),
    legalDeadline: z
      .object({
        date: z
          .string()
          .describe('How the legal date follows from the event (each signal carries it as `legalDate`).'),
        basis: z.string().describe('The article or regulation (each signal carries it as `legalBasis`).'),
        cost: z.string().describe('What missing the date costs the employer.'),
      })
      .nullable()
      .describe('The legal deadline its events stand before; null for a type without one.'),
  })
  .meta({
    title: 'SignalType',
    examples: [
      {
        code: 'CONTRACT_END',
        name: { nl: 'Einde tijdelijk contract', en: 'End of fixed-term contract' },
        description: 'The end date of each fixed-term contract.',
        audience: ['provider', 'employer'],
        defaultDaysBefore: [60],
        legalDeadline: null,
      },
    ],
  });
