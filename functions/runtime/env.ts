import * as z from 'zod';
import type { AppConfig } from '../../shared/app/deps.js';
import { FUNCTION_CONFIG, type FunctionName } from '../../shared/config/functions.js';
import { DEFAULT_CATCH_UP_DAYS } from '../../shared/domain/rules/evaluate.js';

const envSchema = z.object({
  TABLE_NAME: z.string().min(3),
  APP_URL: z.url().optional(),
  /** The API's public base URL (the unsubscribe links in e-mails point to it). */
  API_URL: z.url().optional(),
  SENDER_DOMAINS: z.string().optional(),
  CATCH_UP_DAYS: z.coerce.number().int().min(0).max(60).default(DEFAULT_CATCH_UP_DAYS),
  DYNAMODB_ENDPOINT: z.url().optional(),
  EVALUATE_QUEUE_URL: z.url().optional(),
  DELIVER_QUEUE_URL: z.url().optional(),
  DEFAULT_SENDER_ADDRESS: z.email().optional(),
  DEFAULT_SENDER_NAME: z.string().min(1).optional(),
  SES_CONFIGURATION_SET: z.string().min(1).optional(),
  SCHEDULE_GROUP: z.string().min(1).optional(),
  DISPATCH_FUNCTION_ARN: z.string().min(1).optional(),
  SCHEDULER_ROLE_ARN: z.string().min(1).optional(),
  SCHEDULE_DLQ_ARN: z.string().min(1).optional(),
  WEBHOOK_QUEUE_URL: z.url().optional(),
  EVENT_BUS_NAME: z.string().min(1).optional(),
});
export type RuntimeEnv = z.infer<typeof envSchema>;
/** The names of the function environment, defined here once; CDK builds environments typed by them. */
export type EnvName = keyof typeof envSchema.shape;

/** The variables that carry each deployment setting (catchUpDays has a default: set only to change it). */
const SETTING_ENV: Record<keyof AppConfig, readonly EnvName[]> = {
  appUrl: ['APP_URL'],
  apiUrl: ['API_URL'],
  senderDomains: ['SENDER_DOMAINS'],
  defaultSender: ['DEFAULT_SENDER_ADDRESS', 'DEFAULT_SENDER_NAME'],
  catchUpDays: [],
  // Never in AWS: webhooks go to https and public addresses only.
  webhookLoopback: [],
};

const SCHEDULES: EnvName[] = [
  'SCHEDULE_GROUP',
  'DISPATCH_FUNCTION_ARN',
  'SCHEDULER_ROLE_ARN',
  'SCHEDULE_DLQ_ARN',
];
/** What the adapters beyond the table read: queues, schedules, the SES configuration set. */
const ADAPTER_ENV: Record<FunctionName, readonly EnvName[]> = {
  directory: [],
  settings: [...SCHEDULES, 'WEBHOOK_QUEUE_URL'],
  signals: [],
  templates: [],
  operations: ['EVALUATE_QUEUE_URL'],
  dispatch: ['EVALUATE_QUEUE_URL'],
  evaluate: ['DELIVER_QUEUE_URL'],
  deliver: ['SES_CONFIGURATION_SET'],
  sweep: ['DELIVER_QUEUE_URL'],
  changes: [],
  sesEvents: [],
  reconcile: SCHEDULES,
  signalEvents: ['WEBHOOK_QUEUE_URL', 'EVENT_BUS_NAME'],
  webhooks: ['WEBHOOK_QUEUE_URL', 'SES_CONFIGURATION_SET'],
};

/**
 * What each function reads of its environment: the table, the settings its use cases read
 * (FUNCTION_CONFIG) and what its adapters need. CDK gives each function exactly these (and
 * Powertools' own), and the cold start requires each of them.
 */
export const FUNCTION_ENV: Record<FunctionName, readonly EnvName[]> = { ...ADAPTER_ENV };
for (const fn of Object.keys(ADAPTER_ENV) as FunctionName[]) {
  FUNCTION_ENV[fn] = [
    'TABLE_NAME',
    ...FUNCTION_CONFIG[fn].flatMap((setting) => SETTING_ENV[setting]),
    ...ADAPTER_ENV[fn],
  ];
}

/**
 * Reads and validates the function's environment once: every name the function declares must be
 * present and valid, or the cold start fails at once, naming them.
 */
export function readEnv(
  fn: FunctionName,
  source: Record<string, string | undefined> = process.env,
): RuntimeEnv {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    throw new Error(`Invalid function environment: ${z.prettifyError(parsed.error)}`);
  }
  const missing = FUNCTION_ENV[fn].filter((name) => parsed.data[name] === undefined);
  if (missing.length > 0) {
    throw new Error(`Invalid function environment: ${fn} needs ${missing.join(', ')}`);
  }
  return parsed.data;
}

/** A setting this function reads: present, or an error that names it and where it is declared. */
const needed = <T>(name: EnvName, value: T | undefined): T => {
  if (value === undefined) {
    throw new Error(`${name} is not in this function's environment (FUNCTION_ENV, functions/runtime/env.ts)`);
  }
  return value;
};

/**
 * The use cases' settings from a function's environment. A setting the function was not given is
 * read only if the function uses it, and then fails with its name.
 */
export function configOf(env: RuntimeEnv): AppConfig {
  return {
    get appUrl() {
      return needed('APP_URL', env.APP_URL);
    },
    get apiUrl() {
      return needed('API_URL', env.API_URL);
    },
    get senderDomains() {
      return needed('SENDER_DOMAINS', env.SENDER_DOMAINS)
        .split(',')
        .map((d) => d.trim().toLowerCase())
        .filter(Boolean);
    },
    catchUpDays: env.CATCH_UP_DAYS,
    webhookLoopback: false,
    get defaultSender() {
      return {
        name: needed('DEFAULT_SENDER_NAME', env.DEFAULT_SENDER_NAME),
        address: needed('DEFAULT_SENDER_ADDRESS', env.DEFAULT_SENDER_ADDRESS),
      };
    },
  };
}
