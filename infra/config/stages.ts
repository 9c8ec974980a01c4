import { readFileSync } from 'node:fs';
import * as z from 'zod';

/** The retention periods CloudWatch Logs accepts, in days. */
export const LOG_RETENTION_DAYS = [
  1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653,
] as const;

/**
 * Regions in the European Union. The table holds sickness data (a special category under the
 * GDPR): a stage outside them is refused unless its config says why (`dataResidency`).
 */
export const EU_REGIONS = [
  'eu-central-1',
  'eu-central-2',
  'eu-west-1',
  'eu-west-3',
  'eu-north-1',
  'eu-south-1',
  'eu-south-2',
] as const;

const retentionDays = z
  .number()
  .int()
  .refine((d) => (LOG_RETENTION_DAYS as readonly number[]).includes(d), {
    message: `must be one of CloudWatch's retention periods: ${LOG_RETENTION_DAYS.join(', ')}`,
  });

const throttle = z.object({
  /** Steady requests per second. */
  rateLimit: z.number().positive(),
  /** Requests at once above the rate. */
  burstLimit: z.number().int().positive(),
});

const hostname = z
  .string()
  .regex(
    /^(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/,
    'must be a lower-case DNS name',
  );

/**
 * Deployment settings per stage: one typed, validated object, passed down to constructs as
 * props (constructs never read process.env).
 */
export const stageConfigSchema = z
  .object({
    stage: z.string().regex(/^[a-z][a-z0-9-]{1,20}$/),
    account: z.string().regex(/^\d{12}$/),
    region: z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d$/, 'must be an AWS region such as eu-west-1'),
    /**
     * Why this stage may keep its data outside the EU (its region is not one of EU_REGIONS). Absent:
     * the region must be in the EU.
     */
    dataResidency: z.string().min(20).optional(),
    jwt: z.object({ issuer: z.url(), audience: z.array(z.string().min(1)).min(1) }),
    appUrl: z.url(),
    /**
     * The API's own domain (`api.example.nl`): a regional API Gateway domain with an ACM
     * certificate validated by DNS. With `hostedZone` (a Route 53 zone of this account) the
     * validation and the alias record are made in it; without, the deploy waits until the
     * validation CNAME (see the stack events) is published, and the `ApiDomainTarget` output is the
     * CNAME to publish. Absent: the API answers on its execute-api endpoint, and mails link there.
     */
    apiDomain: z
      .object({
        name: hostname,
        hostedZone: z.object({ id: z.string().regex(/^Z[A-Z0-9]{4,32}$/), name: hostname }).optional(),
      })
      .optional(),
    /** The SES identity (domain) mail is sent from. */
    sesIdentity: hostname,
    /** Sender domains allowed in e-mail templates. */
    senderDomains: z.array(z.string().min(3)).min(1),
    logLevel: z.enum(['DEBUG', 'INFO', 'WARN', 'ERROR']),
    /** Who the alarm topic mails (on call). */
    alarmSubscribers: z.array(z.email()).min(1),
    /** Days of log retention: one of the values CloudWatch Logs accepts. */
    logRetentionDays: retentionDays,
    /** Days the API access log (it holds callers' IP addresses) is kept: no longer than needed. */
    accessLogRetentionDays: retentionDays.default(30),
    /** API stage throttling: every route, and the stricter limit of starting an evaluation. */
    throttle: z.object({ api: throttle, evaluations: throttle }),
    /** Concurrent evaluate invocations at most (keeps the morning fan-out from taking the API's concurrency). */
    evaluateConcurrency: z.number().int().min(2).max(1000),
    /** The account's SES maximum send rate (mails per second): deliver's concurrency follows from it. */
    sesMaxSendRate: z.number().positive(),
    /** Termination protection on the stacks that hold data and the mail identity. */
    protectStatefulStacks: z.boolean(),
    /**
     * How a new version of the functions goes live through CodeDeploy: `canary` (10% of API
     * traffic for 5 minutes, then all) or `allAtOnce`; either rolls back on the 5xx and error alarms.
     */
    deployment: z.enum(['canary', 'allAtOnce']).default('allAtOnce'),
  })
  .superRefine((config, ctx) => {
    const { region, dataResidency } = config;
    if (!(EU_REGIONS as readonly string[]).includes(region) && !dataResidency) {
      ctx.addIssue({
        code: 'custom',
        path: ['region'],
        message: `must be an EU region (${EU_REGIONS.join(', ')}): the table holds sickness data; set dataResidency to say why not`,
      });
    }
    const zone = config.apiDomain?.hostedZone;
    if (zone && !`.${config.apiDomain?.name}`.endsWith(`.${zone.name}`)) {
      ctx.addIssue({
        code: 'custom',
        path: ['apiDomain', 'hostedZone', 'name'],
        message: `must be a parent of ${config.apiDomain?.name}`,
      });
    }
  });
export type StageConfigInput = z.input<typeof stageConfigSchema>;
export type StageConfig = z.output<typeof stageConfigSchema>;

const stages: Record<string, StageConfigInput> = {
  dev: {
    stage: 'dev',
    account: '111111111111',
    region: 'eu-west-1',
    jwt: { issuer: 'https://auth.dev.example.nl/', audience: ['signals-api'] },
    appUrl: 'https://app.dev.example.nl',
    sesIdentity: 'dev.example.nl',
    senderDomains: ['dev.example.nl'],
    logLevel: 'DEBUG',
    alarmSubscribers: ['signals-dev-alarms@example.nl'],
    logRetentionDays: 30,
    accessLogRetentionDays: 7,
    throttle: { api: { rateLimit: 50, burstLimit: 100 }, evaluations: { rateLimit: 1, burstLimit: 2 } },
    evaluateConcurrency: 5,
    sesMaxSendRate: 1,
    protectStatefulStacks: false,
    deployment: 'allAtOnce',
  },
  prod: {
    stage: 'prod',
    account: '222222222222',
    region: 'eu-west-1',
    jwt: { issuer: 'https://auth.example.nl/', audience: ['signals-api'] },
    appUrl: 'https://app.example.nl',
    apiDomain: { name: 'api.example.nl', hostedZone: { id: 'Z0123456789ABCDEFGHIJ', name: 'example.nl' } },
    sesIdentity: 'example.nl',
    senderDomains: ['example.nl'],
    logLevel: 'INFO',
    alarmSubscribers: ['signals-oncall@example.nl'],
    logRetentionDays: 365,
    accessLogRetentionDays: 30,
    throttle: { api: { rateLimit: 500, burstLimit: 1000 }, evaluations: { rateLimit: 1, burstLimit: 5 } },
    evaluateConcurrency: 50,
    sesMaxSendRate: 50,
    protectStatefulStacks: true,
    deployment: 'canary',
  },
};

/** Where a stage's config comes from: a named stage of this file, or a JSON file (`-c stageFile=`). */
export interface StageSource {
  stage?: string | undefined;
  stageFile?: string | undefined;
}

/**
 * The validated config of a stage. A stage is one entry above, or a JSON file of the same shape
 * (context `stageFile`, so a new stage needs no code change); an unknown stage or an invalid
 * value fails the synth at once, naming the field and the reason.
 */
export function stageConfig(source: string | StageSource): StageConfig {
  const { stage, stageFile } = typeof source === 'string' ? { stage: source, stageFile: undefined } : source;
  let input: unknown;
  let origin: string;
  if (stageFile) {
    origin = stageFile;
    try {
      input = JSON.parse(readFileSync(stageFile, 'utf8'));
    } catch (error) {
      throw new Error(`Stage file ${stageFile} cannot be read as JSON: ${(error as Error).message}`);
    }
  } else {
    const name = stage ?? 'dev';
    input = stages[name];
    origin = `stage "${name}"`;
    if (!input) {
      throw new Error(
        `Unknown stage "${name}"; known: ${Object.keys(stages).join(', ')} (or give a file: -c stageFile=path.json)`,
      );
    }
  }
  const parsed = stageConfigSchema.safeParse(input);
  if (!parsed.success) throw new Error(`Invalid ${origin}:\n${z.prettifyError(parsed.error)}`);
  if (stage && stageFile && parsed.data.stage !== stage) {
    throw new Error(`Stage file ${stageFile} is stage "${parsed.data.stage}", not "${stage}"`);
  }
  return parsed.data;
}
