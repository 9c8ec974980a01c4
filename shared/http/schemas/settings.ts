import * as z from 'zod';
import { type Audience, SIGNAL_TYPES, signalTypeInfo } from '../../domain/catalogue.js';
import { DAYS_BEFORE } from '../../domain/settings.js';
import { audit, dateSchema, ids, timestampSchema } from './common.js';

const signalType = z.enum(SIGNAL_TYPES).describe('The signal type (see `GET /v1/signal-types`).');
const email = z
  .boolean()
  .describe('Whether these signals also go into the digest e-mail (they are always in the list).');
const departmentsOnly = z
  .boolean()
  .describe("Employer users only: signals for the employees of the user's own departments only.");
const settingSource = z
  .enum(['user', 'signalSet', 'providerDefault', 'none'])
  .describe(
    "Where the setting comes from: the user's own, a signal set copied onto the user, the provider default, or `none` (the user opted out).",
  );
const SETTINGS_EXAMPLE = [
  { signalType: 'CONTRACT_END', daysBefore: [60, 30], email: true, departmentsOnly: false },
  { signalType: 'BIRTHDAY', daysBefore: [1], email: false, departmentsOnly: true },
];

export const signalSettingInputSchema = z
  .strictObject({
    signalType,
    // One check for length and distinctness: zod's own length checks would stop the list-level
    // checks below, and every issue must be reported at once.
    daysBefore: z
      .array(z.number().int().min(DAYS_BEFORE.min).max(DAYS_BEFORE.max))
      .check((ctx) => {
        const d = ctx.value;
        if (d.length < 1 || d.length > 3) {
          ctx.issues.push({ code: 'custom', input: d, message: 'give 1 to 3 offsets', continue: true });
        } else if (new Set(d).size !== d.length) {
          ctx.issues.push({ code: 'custom', input: d, message: 'offsets must be distinct', continue: true });
        }
      })
      .meta({
        minItems: 1,
        maxItems: 3,
        uniqueItems: true,
        description:
          "1 to 3 distinct offsets, -365 to 730: days before the event (negative: after). Absent: the type's `defaultDaysBefore`.",
      })
      .optional(),
    email: email
      .optional()
      .describe('Whether these signals also go into the digest e-mail; `false` when absent.')
      .meta({ default: false }),
    departmentsOnly: departmentsOnly
      .optional()
      .describe(
        "Employer users only: signals for the employees of the user's own departments only; `false` when absent.",
      )
      .meta({ default: false }),
  })
  .meta({ title: 'SignalSetting' });

type SettingInput = z.infer<typeof signalSettingInputSchema>;

/**
 * The list rules of API.md: a type at most once, a type whose audience excludes the user is
 * refused, and `departmentsOnly` only for employer users. Every issue is reported with its path.
 */
const signalList = (audience: Audience | 'any', min: number) =>
  z
    .array(signalSettingInputSchema)
    .min(min)
    .max(SIGNAL_TYPES.length)
    .superRefine(
      (signals: SettingInput[], ctx) => {
        // Runs even when some items failed, so every issue is reported at once: read defensively.
        const seen = new Set<string>();
        signals.forEach((s, i) => {
          if (
            typeof s !== 'object' ||
            s === null ||
            !(SIGNAL_TYPES as readonly string[]).includes(s.signalType)
          )
            return;
          if (seen.has(s.signalType)) {
            ctx.addIssue({
              code: 'custom',
              path: [i, 'signalType'],
              message: `${s.signalType} appears more than once`,
            });
          }
          seen.add(s.signalType);
          if (audience !== 'any' && !signalTypeInfo(s.signalType).audience.includes(audience)) {
            ctx.addIssue({
              code: 'custom',
              path: [i, 'signalType'],
              message: `${s.signalType} is not for ${audience} users`,
            });
          }
          if (audience === 'provider' && s.departmentsOnly === true) {
            ctx.addIssue({
              code: 'custom',
              path: [i, 'departmentsOnly'],
              message: 'departmentsOnly applies to employer users only',
            });
          }
        });
      },
      { when: (payload) => Array.isArray(payload.value) },
    );

export const providerDefaultBodySchema = z
  .strictObject({
    signals: signalList('provider', 0).describe(
      'The signals every provider user without settings of their own gets; each type at most once. `[]`: none.',
    ),
  })
  .meta({ examples: [{ signals: [{ signalType: 'CONTRACT_END', daysBefore: [60, 30], email: true }] }] });

const userSettingsBody = (audience: Audience) =>
  z
    .discriminatedUnion('mode', [
      z.strictObject({
        mode: z.literal('custom').describe("The user's own list of signals."),
        signals: signalList(audience, 1).describe('The signals the user gets; each type at most once.'),
      }),
      z.strictObject({
        mode: z
          .literal('none')
          .describe('An explicit opt-out: no signals at all (not even the provider default).'),
      }),
    ])
    .meta({
      examples: [
        { mode: 'custom', signals: [{ signalType: 'CONTRACT_END', daysBefore: [60, 30], email: true }] },
      ],
    });
export const providerUserSettingsBodySchema = userSettingsBody('provider');
export const employerUserSettingsBodySchema = userSettingsBody('employer');

const signalSettingSchema = z.object({
  signalType,
  daysBefore: z.array(z.number().int()).describe('Days before the event (negative: after), 1 to 3 offsets.'),
  email,
  departmentsOnly,
});

export const providerDefaultSchema = z
  .object({
    providerId: ids.providerId,
    signals: z.array(signalSettingSchema).describe('The default signals of the provider users.'),
    createdAt: audit.createdAt.optional().describe('When the default was first set; absent: never set.'),
    updatedAt: audit.updatedAt.optional().describe('When the default was last set; absent: never set.'),
    updatedBy: audit.updatedBy.optional().describe('Who last set the default; absent: never set.'),
  })
  .meta({
    examples: [
      {
        providerId: 'acme',
        signals: [SETTINGS_EXAMPLE[0]],
        createdAt: '2026-01-05T09:12:44.000Z',
        updatedAt: '2026-11-02T14:03:10.000Z',
        updatedBy: 'u-1042',
      },
    ],
  });

/** What a reapply did. */
export const reapplyResultSchema = z
  .object({
    usersUpdated: z
      .number()
      .int()
      .min(0)
      .describe('Users whose settings were replaced by the current version.'),
  })
  .meta({ examples: [{ usersUpdated: 12 }] });

const version = z.number().int().describe('The version of a signal set; every replace raises it by one.');

export const effectiveSettingsSchema = z
  .object({
    mode: z
      .enum(['custom', 'none', 'providerDefault'])
      .describe(
        "`custom`: the user's own list; `none`: opted out; `providerDefault`: no settings of their own.",
      ),
    source: settingSource,
    signals: z
      .array(signalSettingSchema.extend({ source: settingSource }))
      .describe('The signals the user gets now, each with where its setting comes from.'),
    signalSet: z
      .object({
        selectedSetId: ids.setId.nullable().describe('The set selected for the user; null: none.'),
        appliedSetId: ids.setId
          .nullable()
          .describe("The set last copied onto the user's settings; null: none."),
        appliedVersion: version.nullable().describe('The version that was copied; null: none.'),
        currentVersion: version
          .nullable()
          .describe("The applied set's current version; null: the set is gone."),
        outdated: z.boolean().describe('True when the set changed after it was copied (reapply to update).'),
      })
      .optional()
      .describe('Employer users: the signal set selected and applied; absent for provider users.'),
    updatedAt: timestampSchema
      .nullable()
      .describe("When the user's own settings were last set; null: never."),
    updatedBy: z.string().nullable().describe('Who last set them (a `sub`); null: never.'),
  })
  .meta({
    title: 'EffectiveSettings',
    examples: [
      {
        mode: 'custom',
        source: 'signalSet',
        signals: SETTINGS_EXAMPLE.map((setting) => ({ ...setting, source: 'signalSet' })),
        signalSet: {
          selectedSetId: 'standard',
          appliedSetId: 'standard',
          appliedVersion: 3,
          currentVersion: 3,
          outdated: false,
        },
        updatedAt: '2026-11-02T14:03:10.000Z',
        updatedBy: 'u-1042',
      },
    ],
  });

const setName = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .describe('Name of the set, 1-200 characters.')
  .meta({ example: 'Standaard' });
const setDescription = z
  .string()
  .max(2000)
  .optional()
  .describe('What the set is for; up to 2000 characters.');

export const signalSetBodySchema = z
  .strictObject({
    name: setName,
    description: setDescription,
    signals: signalList('employer', 1).describe(
      'The signals of the set (employer types); each type at most once.',
    ),
  })
  .meta({
    examples: [{ name: 'Standaard', description: 'Voor leidinggevenden', signals: SETTINGS_EXAMPLE }],
  });
export const signalSetSchema = z
  .object({
    providerId: ids.providerId,
    setId: ids.setId,
    version,
    name: setName,
    description: setDescription,
    signals: z.array(signalSettingSchema).describe('The signals of the set.'),
    ...audit,
  })
  .meta({
    title: 'SignalSet',
    examples: [
      {
        providerId: 'acme',
        setId: 'standard',
        version: 1,
        name: 'Standaard',
        description: 'Voor leidinggevenden',
        signals: SETTINGS_EXAMPLE,
        createdAt: '2026-01-05T09:12:44.000Z',
        updatedAt: '2026-01-05T09:12:44.000Z',
        updatedBy: 'u-1042',
      },
    ],
  });

export const selectSetBodySchema = z
  .strictObject({ setId: ids.setId.describe("A set of the employer's provider.") })
  .meta({ examples: [{ setId: 'standard' }] });

const customDate = dateSchema.describe('The day the custom signal is about (its event date).');
const customText = z
  .string()
  .describe('What to be reminded of, 1-500 characters.')
  .meta({ example: 'VOG aanvragen' });
const expiryDate = dateSchema
  .nullable()
  .optional()
  .describe('No occurrence after this day is signalled; null or absent: no end.');
const recurrenceUnit = z.enum(['days', 'weeks', 'months', 'years']).describe('The unit of `every`.');
const CUSTOM_EXAMPLE = {
  date: '2027-03-01',
  text: 'VOG aanvragen',
  expiryDate: null,
  recurrence: { every: 1, unit: 'years', count: 3 },
};

export const customSignalBodySchema = z
  .strictObject({
    date: customDate,
    text: customText.trim().min(1).max(500),
    expiryDate,
    recurrence: z
      .strictObject({
        every: z.number().int().min(1).max(1000).describe('Repeat every this many units, 1-1000.'),
        unit: recurrenceUnit,
        count: z.number().int().min(1).max(100).describe('How many repeats after the first date, 1-100.'),
      })
      .nullable()
      .optional()
      .describe(
        'Repeat the signal; null or absent: once. Repeats count from the first date, so a 31st repeats on the last day of shorter months without drifting.',
      ),
  })
  .refine((c) => !c.expiryDate || c.expiryDate >= c.date, {
    message: 'expiryDate is before date',
    path: ['expiryDate'],
  })
  .meta({ examples: [CUSTOM_EXAMPLE] });
export const customSignalSchema = z
  .object({
    customSignalId: ids.customSignalId,
    employerId: ids.employerId,
    employeeId: ids.employeeId,
    date: customDate,
    text: customText,
    expiryDate,
    recurrence: z
      .object({
        every: z.number().int().describe('Repeat every this many units.'),
        unit: recurrenceUnit,
        count: z.number().int().describe('How many repeats after the first date.'),
      })
      .nullable()
      .optional()
      .describe('How the signal repeats; null or absent: once.'),
    ...audit,
  })
  .meta({
    title: 'CustomSignal',
    examples: [
      {
        customSignalId: 'cs-8Gq2mT',
        employerId: 'bakkerij-jansen',
        employeeId: 'emp-1001',
        ...CUSTOM_EXAMPLE,
        createdAt: '2026-11-02T14:03:10.000Z',
        updatedAt: '2026-11-02T14:03:10.000Z',
        updatedBy: 'u-2001',
      },
    ],
  });
