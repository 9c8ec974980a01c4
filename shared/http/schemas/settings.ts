import * as z from 'zod';
import { type Audience, SIGNAL_TYPES, signalTypeInfo } from '../../domain/catalogue.js';
import { dateSchema, idSchema, timestampSchema } from './common.js';

export const signalSettingInputSchema = z
  .strictObject({
    signalType: z.enum(SIGNAL_TYPES),
    // One check for length and distinctness: zod's own length checks would stop the list-level
    // checks below, and every issue must be reported at once.
    daysBefore: z
      .array(z.number().int().min(-365).max(730))
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
        description: 'days before the event (negative: after)',
      })
      .optional(),
    email: z.boolean().optional(),
    departmentsOnly: z.boolean().optional(),
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

export const providerDefaultBodySchema = z.strictObject({ signals: signalList('provider', 0) });

const userSettingsBody = (audience: Audience) =>
  z.discriminatedUnion('mode', [
    z.strictObject({ mode: z.literal('custom'), signals: signalList(audience, 1) }),
    z.strictObject({ mode: z.literal('none') }),
  ]);
export const providerUserSettingsBodySchema = userSettingsBody('provider');
export const employerUserSettingsBodySchema = userSettingsBody('employer');

const signalSettingSchema = z.object({
  signalType: z.enum(SIGNAL_TYPES),
  daysBefore: z.array(z.number().int()),
  email: z.boolean(),
  departmentsOnly: z.boolean(),
});

export const providerDefaultSchema = z.object({
  providerId: idSchema,
  signals: z.array(signalSettingSchema),
  createdAt: timestampSchema.optional(),
  updatedAt: timestampSchema.optional(),
  updatedBy: z.string().optional(),
});

/** What a reapply did. */
export const reapplyResultSchema = z.object({ usersUpdated: z.number().int().min(0) });

export const effectiveSettingsSchema = z
  .object({
    mode: z.enum(['custom', 'none', 'providerDefault']),
    source: z.enum(['user', 'signalSet', 'providerDefault', 'none']),
    signals: z.array(
      signalSettingSchema.extend({ source: z.enum(['user', 'signalSet', 'providerDefault', 'none']) }),
    ),
    signalSet: z
      .object({
        selectedSetId: idSchema.nullable(),
        appliedSetId: idSchema.nullable(),
        appliedVersion: z.number().int().nullable(),
        currentVersion: z.number().int().nullable(),
        outdated: z.boolean(),
      })
      .optional(),
    updatedAt: timestampSchema.nullable(),
    updatedBy: z.string().nullable(),
  })
  .meta({ title: 'EffectiveSettings' });

export const signalSetBodySchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  description: z.string().max(2000).optional(),
  signals: signalList('employer', 1),
});
export const signalSetSchema = z
  .object({
    providerId: idSchema,
    setId: idSchema,
    version: z.number().int(),
    name: z.string(),
    description: z.string().optional(),
    signals: z.array(signalSettingSchema),
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
    updatedBy: z.string(),
  })
  .meta({ title: 'SignalSet' });

export const selectSetBodySchema = z.strictObject({ setId: idSchema });

export const previewBodySchema = z.strictObject({
  from: dateSchema.optional(),
  days: z.number().int().min(1).max(366),
  settings: employerUserSettingsBodySchema.optional(),
});
export const previewSchema = z.object({
  items: z.array(
    z.object({
      runDate: dateSchema,
      signalType: z.enum(SIGNAL_TYPES),
      employeeId: idSchema,
      eventDate: dateSchema,
      daysBefore: z.number().int(),
      email: z.boolean(),
    }),
  ),
});

export const customSignalBodySchema = z
  .strictObject({
    date: dateSchema,
    text: z.string().trim().min(1).max(500),
    expiryDate: dateSchema.nullable().optional(),
    recurrence: z
      .strictObject({
        every: z.number().int().min(1).max(1000),
        unit: z.enum(['days', 'weeks', 'months', 'years']),
        count: z.number().int().min(1).max(100),
      })
      .nullable()
      .optional(),
  })
  .refine((c) => !c.expiryDate || c.expiryDate >= c.date, {
    message: 'expiryDate is before date',
    path: ['expiryDate'],
  });
export const customSignalSchema = z
  .object({
    customSignalId: idSchema,
    employerId: idSchema,
    employeeId: idSchema,
    date: dateSchema,
    text: z.string(),
    expiryDate: dateSchema.nullable().optional(),
    recurrence: z
      .object({
        every: z.number().int(),
        unit: z.enum(['days', 'weeks', 'months', 'years']),
        count: z.number().int(),
      })
      .nullable()
      .optional(),
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
    updatedBy: z.string(),
  })
  .meta({ title: 'CustomSignal' });
