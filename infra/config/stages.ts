import * as z from 'zod';

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
  /** Days of log retention. */
  logRetentionDays: z.number().int().positive(),
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
  },
};

/** The validated config of a stage; an unknown stage or an invalid value fails the synth at once. */
export function stageConfig(name: string): StageConfig {
  const config = stages[name];
  if (!config) throw new Error(`Unknown stage "${name}"; known: ${Object.keys(stages).join(', ')}`);
  return stageConfigSchema.parse(config);
}
