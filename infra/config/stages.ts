import * as z from 'zod';

/** The retention periods CloudWatch Logs accepts, in days. */
export const LOG_RETENTION_DAYS = [
  1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653,
] as const;

const throttle = z.object({
  /** Steady requests per second. */
  rateLimit: z.number().positive(),
  /** Requests at once above the rate. */
  burstLimit: z.number().int().positive(),
});

/**
 * Deployment settings per stage: one typed, validated object, passed down to constructs as
 * props (constructs never read process.env).
 */
export const stageConfigSchema = z.object({
  stage: z.string().regex(/^[a-z][a-z0-9-]{1,20}$/),
  account: z.string().regex(/^\d{12}$/),
  region: z.string().min(1),
  jwt: z.object({ issuer: z.url(), audience: z.array(z.string().min(1)).min(1) }),
  appUrl: z.url(),
  /** The API's public HTTPS base URL (its custom domain): unsubscribe links in e-mails point to it. */
  apiUrl: z.url().refine((u) => u.startsWith('https://'), 'must be an https:// URL'),
  /** The SES identity (domain) mail is sent from. */
  sesIdentity: z.string().min(3),
  /** Sender domains allowed in e-mail templates. */
  senderDomains: z.array(z.string().min(3)).min(1),
  logLevel: z.enum(['DEBUG', 'INFO', 'WARN', 'ERROR']),
  /** Who the alarm topic mails (on call). */
  alarmSubscribers: z.array(z.email()).min(1),
  /** Days of log retention: one of the values CloudWatch Logs accepts. */
  logRetentionDays: z
    .number()
    .int()
    .refine((d) => (LOG_RETENTION_DAYS as readonly number[]).includes(d), {
      message: `must be one of CloudWatch's retention periods: ${LOG_RETENTION_DAYS.join(', ')}`,
    }),
  /** API stage throttling: every route, and the stricter limit of starting an evaluation. */
  throttle: z.object({ api: throttle, evaluations: throttle }),
  /** Concurrent evaluate invocations at most (keeps the morning fan-out from taking the API's concurrency). */
  evaluateConcurrency: z.number().int().min(2).max(1000),
  /** The account's SES maximum send rate (mails per second): deliver's concurrency follows from it. */
  sesMaxSendRate: z.number().positive(),
  /** Termination protection on the stacks that hold data and the mail identity. */
  protectStatefulStacks: z.boolean(),
});
export type StageConfig = z.infer<typeof stageConfigSchema>;

const stages: Record<string, StageConfig> = {
  dev: {
    stage: 'dev',
    account: '111111111111',
    region: 'eu-west-1',
    jwt: { issuer: 'https://auth.dev.example.nl/', audience: ['signals-api'] },
    appUrl: 'https://app.dev.example.nl',
    apiUrl: 'https://api.dev.example.nl',
    sesIdentity: 'dev.example.nl',
    senderDomains: ['dev.example.nl'],
    logLevel: 'DEBUG',
    alarmSubscribers: ['signals-dev-alarms@example.nl'],
    logRetentionDays: 30,
    throttle: { api: { rateLimit: 50, burstLimit: 100 }, evaluations: { rateLimit: 1, burstLimit: 2 } },
    evaluateConcurrency: 5,
    sesMaxSendRate: 1,
    protectStatefulStacks: false,
  },
  prod: {
    stage: 'prod',
    account: '222222222222',
    region: 'eu-west-1',
    jwt: { issuer: 'https://auth.example.nl/', audience: ['signals-api'] },
    appUrl: 'https://app.example.nl',
    apiUrl: 'https://api.example.nl',
    sesIdentity: 'example.nl',
    senderDomains: ['example.nl'],
    logLevel: 'INFO',
    alarmSubscribers: ['signals-oncall@example.nl'],
    logRetentionDays: 365,
    throttle: { api: { rateLimit: 500, burstLimit: 1000 }, evaluations: { rateLimit: 1, burstLimit: 5 } },
    evaluateConcurrency: 50,
    sesMaxSendRate: 50,
    protectStatefulStacks: true,
  },
};

/** The validated config of a stage; an unknown stage or an invalid value fails the synth at once. */
export function stageConfig(name: string): StageConfig {
  const config = stages[name];
  if (!config) throw new Error(`Unknown stage "${name}"; known: ${Object.keys(stages).join(', ')}`);
  return stageConfigSchema.parse(config);
}
