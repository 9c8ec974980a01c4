import * as z from 'zod';
import type { SignalType } from '../../domain/catalogue.js';
import { LEGAL_TYPES } from '../../domain/escalation.js';
import { dateSchema, ids } from './common.js';

const legalType = z
  .enum(LEGAL_TYPES as [SignalType, ...SignalType[]])
  .describe('A signal type with a legal deadline (`legalDeadline` in `GET /v1/signal-types`).');

const target = z
  .union([
    z
      .enum(['employerAdmins', 'providerUsers'])
      .describe(
        "`employerAdmins`: the employer's users marked `admin`; `providerUsers`: the provider's active users who serve that employer (no `employerIds`, or a list with it).",
      ),
    z
      .strictObject({
        userIds: z
          .array(ids.userId)
          .min(1)
          .max(20)
          .describe(
            "Named users: of the employer for an employer's policy, of the provider for a provider's (active users only).",
          ),
      })
      .meta({ title: 'NamedUsers' }),
  ])
  .describe('Who the level reaches.');

const levelSchema = z
  .strictObject({
    daysBeforeLegalDate: z
      .int()
      .min(0)
      .max(90)
      .describe('The level is due from this many days before the legal date on (0: on the day).'),
    to: target,
  })
  .meta({ title: 'EscalationLevel' });

const POLICY_EXAMPLE = {
  levels: [
    { daysBeforeLegalDate: 5, to: 'employerAdmins' },
    { daysBeforeLegalDate: 2, to: 'providerUsers' },
  ],
};

export const escalationPolicyBodySchema = z
  .strictObject({
    levels: z
      .array(levelSchema)
      .min(1)
      .max(3)
      .refine(
        (levels) =>
          levels.every((l, i) => i === 0 || l.daysBeforeLegalDate < levels[i - 1]!.daysBeforeLegalDate),
        'levels must be farther first: each daysBeforeLegalDate below the one before',
      )
      .describe(
        '1 to 3 levels, farther first. At the first run (or change) on or after `legalDate - daysBeforeLegalDate` at which the event is neither handled nor withdrawn, the level fires once; a level with nobody eligible passes to the next.',
      ),
    signalTypes: z
      .array(legalType)
      .min(1)
      .refine((t) => new Set(t).size === t.length, 'must not repeat a type')
      .optional()
      .describe('The legal types the policy escalates; every legal type when absent.'),
  })
  .meta({ title: 'EscalationPolicyBody', examples: [POLICY_EXAMPLE] });

export const escalationPolicySchema = escalationPolicyBodySchema
  .extend({
    source: z
      .enum(['employer', 'provider', 'platform'])
      .describe("Where this policy comes from: the employer's own, its provider's, or the platform default."),
  })
  .meta({ title: 'EscalationPolicy', examples: [{ source: 'platform', ...POLICY_EXAMPLE }] });

const substituteSchema = z
  .strictObject({
    userId: ids.userId.describe(
      'The substitute: an active user of the same employer (employer users) or provider (provider users), not the caller.',
    ),
    from: dateSchema.describe('The first day of the substitution (Europe/Amsterdam).'),
    to: dateSchema.describe('The last day of the substitution, on or after `from`.'),
  })
  .refine((s) => s.from <= s.to, { message: 'to must be on or after from', path: ['to'] })
  .meta({ title: 'Substitute' });

const SUBSTITUTES_EXAMPLE = { substitutes: [{ userId: 'u-2002', from: '2026-12-21', to: '2027-01-03' }] };

export const substitutesBodySchema = z
  .strictObject({
    substitutes: z
      .array(substituteSchema)
      .max(3)
      .describe(
        "0 to 3 substitutes. During a substitute's period each new signal and escalation of the caller is copied to them (`onBehalfOf`), where they may see the employee; handling either copy handles the event. A substitute's own substitutes get nothing on the caller's behalf.",
      ),
  })
  .meta({ title: 'SubstitutesBody', examples: [SUBSTITUTES_EXAMPLE] });

export const substitutesSchema = substitutesBodySchema.meta({
  title: 'Substitutes',
  examples: [SUBSTITUTES_EXAMPLE],
});
