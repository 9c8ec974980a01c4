import * as z from 'zod';
import { isTimeZone, WEEKDAYS } from '../../domain/moments.js';
import { idSchema } from './common.js';

const distinct = (list: readonly string[]) => new Set(list).size === list.length;

export const momentSchema = z
  .strictObject({
    momentId: idSchema
      .describe('Names the moment within its list (and its schedule).')
      .meta({ example: 'morning' }),
    time: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM, 00:00-23:59')
      .describe('Local time of day, HH:MM (00:00-23:59).')
      .meta({ example: '07:30' }),
    days: z
      .array(z.enum(WEEKDAYS))
      .min(1)
      .max(7)
      .refine(distinct, 'must not repeat a day')
      .default([...WEEKDAYS])
      .describe('Weekdays it runs on; every day when absent.'),
    timeZone: z
      .string()
      .refine(isTimeZone, 'must be an IANA time zone name, e.g. Europe/Amsterdam')
      .default('Europe/Amsterdam')
      .describe('IANA time zone of `time`; Europe/Amsterdam when absent.'),
  })
  .meta({ title: 'Moment' });

export const momentsBodySchema = z
  .strictObject({
    moments: z
      .array(momentSchema)
      .min(1)
      .max(4)
      .superRefine((moments, ctx) => {
        const seen = new Set<string>();
        moments.forEach((m, i) => {
          if (seen.has(m.momentId)) {
            ctx.addIssue({
              code: 'custom',
              message: 'momentId must be unique in the list',
              path: [i, 'momentId'],
            });
          }
          seen.add(m.momentId);
        });
      })
      .describe('1 to 4 moments.'),
  })
  .meta({
    examples: [
      {
        moments: [
          {
            momentId: 'morning',
            time: '06:00',
            days: ['mon', 'tue', 'wed', 'thu', 'fri'],
            timeZone: 'Europe/Amsterdam',
          },
        ],
      },
    ],
  });

export const momentsSchema = z
  .object({
    source: z
      .enum(['employer', 'provider', 'platform'])
      .describe("Where these moments come from: the employer's own, its provider's, or the platform's."),
    moments: z.array(momentSchema).describe('The moments at which the employers are evaluated.'),
  })
  .meta({
    title: 'Moments',
    examples: [
      {
        source: 'provider',
        moments: [
          {
            momentId: 'morning',
            time: '06:00',
            days: ['mon', 'tue', 'wed', 'thu', 'fri'],
            timeZone: 'Europe/Amsterdam',
          },
        ],
      },
    ],
  });
