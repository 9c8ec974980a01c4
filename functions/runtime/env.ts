import * as z from 'zod';

const envSchema = z.object({
  TABLE_NAME: z.string().min(3),
  APP_URL: z.url(),
  /** The API's public HTTPS base URL (the unsubscribe links in e-mails point to it). */
  API_URL: z.url(),
  SENDER_DOMAINS: z.string().default(''),
  CATCH_UP_DAYS: z.coerce.number().int().min(0).max(60).default(7),
  DYNAMODB_ENDPOINT: z.url().optional(),
  /** Only functions that queue evaluations or deliveries have these (see lambdaRuntime's extras). */
  EVALUATE_QUEUE_URL: z.url().optional(),
  DELIVER_QUEUE_URL: z.url().optional(),
  DEFAULT_SENDER_ADDRESS: z.email(),
  DEFAULT_SENDER_NAME: z.string().min(1).default('Signaleringen'),
  SES_CONFIGURATION_SET: z.string().optional(),
  /** Only the settings function (it mirrors stored moments to EventBridge Scheduler). */
  SCHEDULE_GROUP: z.string().min(1).optional(),
  DISPATCH_FUNCTION_ARN: z.string().min(1).optional(),
  SCHEDULER_ROLE_ARN: z.string().min(1).optional(),
  SCHEDULE_DLQ_ARN: z.string().min(1).optional(),
});
export type RuntimeEnv = z.infer<typeof envSchema>;
/** The names of the function environment, defined here once; CDK builds environments typed by them. */
export type EnvName = keyof typeof envSchema.shape;

/** Reads and validates the function's environment once; a missing value fails the cold start at once. */
export function readEnv(source: Record<string, string | undefined> = process.env): RuntimeEnv {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    throw new Error(`Invalid function environment: ${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

export const senderDomainsOf = (env: RuntimeEnv) =>
  env.SENDER_DOMAINS.split(',')
    .map((d) => d.trim().toLowerCase())
    .filter(Boolean);
