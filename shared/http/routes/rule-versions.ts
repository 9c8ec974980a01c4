import * as z from 'zod';
import { RULE_NAMES, RULE_VERSIONS, TRANSITIONS } from '../../domain/law/rule-versions.js';
import { defineRoute } from '../route.js';
import { dateSchema } from '../schemas/common.js';
import { allowed, grants } from './access.js';

const versionSchema = z
  .object({
    id: z.string().describe('The version, as signals record it (`ruleVersion`).'),
    rule: z.enum(RULE_NAMES).describe('The rule whose parameters it holds.'),
    status: z
      .enum(['inForce', 'proposed'])
      .describe('`inForce`: the law; `proposed`: a bill, never applied to signals (the preview can try it).'),
    effectiveFrom: dateSchema.describe('The first deciding date it applies to.'),
    source: z.string().describe('The law, regulation or bill.'),
    transition: z
      .enum(Object.keys(TRANSITIONS) as [keyof typeof TRANSITIONS, ...Array<keyof typeof TRANSITIONS>])
      .describe(
        `Which date of an event decides its version: ${Object.entries(TRANSITIONS)
          .map(([k, v]) => `\`${k}\` ${v}`)
          .join('; ')}.`,
      ),
    parameters: z.record(z.string(), z.unknown()).describe("The rule's parameters in this version."),
    correction: z
      .string()
      .optional()
      .describe('Why it takes effect before the day it was added to the service (a correction).'),
  })
  .meta({ title: 'RuleVersion' });

/** The law behind the rules, as versioned data (API.md, "Versioned law"). */
export const ruleVersionRoutes = [
  defineRoute({
    operationId: 'listRuleVersions',
    method: 'GET',
    path: '/v1/rule-versions',
    area: 'settings',
    summary: 'Every version of the law behind the rules: in force and proposed',
    description:
      'The parameters of the rules (the AOW table, the chain rule, the notice period, the sickness weeks, the youth wage ages), each a list of versions with the date they take effect, their source and status. An event follows the version in force on its deciding date (`transition`); a proposed version changes no signal. A version that takes effect later changes nothing by itself: the first run on or after its date uses it.',
    access: allowed(grants.signalsUse),
    response: z.object({ items: z.array(versionSchema).describe('The versions, by rule and date.') }).meta({
      examples: [
        {
          items: [
            {
              id: 'chain-2020-01',
              rule: 'chainRule',
              status: 'inForce',
              effectiveFrom: '1900-01-01',
              source: 'art. 7:668a BW',
              transition: 'contractStart',
              parameters: { maxContracts: 3, maxMonths: 36, gapMonths: 6 },
              correction: 'the law as in force when the service started: recorded, not changed',
            },
          ],
        },
      ],
    }),
    successStatus: 200,
    handler: async () => ({
      status: 200,
      body: {
        items: [...RULE_VERSIONS]
          .sort((a, b) => a.rule.localeCompare(b.rule) || a.effectiveFrom.localeCompare(b.effectiveFrom))
          .map(({ addedOn: _added, ...v }) => v),
      },
    }),
  }),
];
