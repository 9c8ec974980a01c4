import * as z from 'zod';
import { SIGNAL_TYPES } from '../../domain/catalogue.js';
import { dateSchema, ids } from './common.js';
import { employerUserSettingsBodySchema } from './settings.js';

const signalType = z.enum(SIGNAL_TYPES).describe('The signal type (see `GET /v1/signal-types`).');

export const previewBodySchema = z
  .strictObject({
    from: dateSchema.optional().describe('The first run date to show; today (Europe/Amsterdam) when absent.'),
    days: z
      .number()
      .int()
      .min(1)
      .max(366)
      .describe('How many run dates to show, 1-366.')
      .meta({ example: 30 }),
    settings: employerUserSettingsBodySchema
      .optional()
      .describe("Settings to try instead of the user's effective ones (nothing is saved)."),
    ruleSet: z
      .enum(['inForce', 'proposed'])
      .default('inForce')
      .describe(
        'The law to apply: `inForce` (what runs do), or `proposed`: the proposed versions of `GET /v1/rule-versions` as if adopted from their dates, each item that differs from the law in force marked; `inForce` when absent.',
      ),
  })
  .meta({ examples: [{ from: '2026-12-01', days: 30 }] });
export const previewSchema = z
  .object({
    items: z
      .array(
        z.object({
          runDate: dateSchema.describe('The run date on which the signal would be created.'),
          signalType,
          employeeId: ids.employeeId,
          eventDate: dateSchema.describe('The day of the event.'),
          daysBefore: z.number().int().describe('The offset that makes it (negative: after the event).'),
          email: z.boolean().describe('Whether it would be in the digest e-mail.'),
          ruleVersion: z
            .string()
            .nullable()
            .describe('The version of the law that makes it; null for a type no versioned law decides.'),
          differsFromInForce: z
            .enum(['added', 'removed'])
            .optional()
            .describe(
              'With `ruleSet: proposed` only: `added`, the proposal makes it and the law in force does not; `removed`, the law in force makes it and the proposal does not. Absent: the same either way.',
            ),
        }),
      )
      .describe('The signals the user would get, by run date.'),
  })
  .meta({
    examples: [
      {
        items: [
          {
            runDate: '2026-12-01',
            signalType: 'CONTRACT_END',
            employeeId: 'emp-1001',
            eventDate: '2026-12-31',
            daysBefore: 30,
            email: true,
            ruleVersion: 'chain-2020-01',
          },
        ],
      },
    ],
  });
