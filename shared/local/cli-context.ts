import { resolve } from 'node:path';
import { Logger } from '@aws-lambda-powertools/logger';
import * as z from 'zod';
import { makeDocumentClient } from '../adapters/dynamodb/client.js';
import { systemClock } from '../app/system-clock.js';
import { waitForPort } from './dynamodb-local.js';
import { defaultLocalConfig, wireLocal } from './local-wiring.js';

const envSchema = z.object({
  SES_PORT: z.coerce.number().int().default(8005),
  DYNAMODB_PORT: z.coerce.number().int().default(8000),
  DYNAMODB_ENDPOINT: z.url().optional(),
  DATA_DIR: z.string().default('.local'),
  TABLE_NAME: z.string().default('signals-local'),
  APP_URL: z.url().default('http://localhost:5173'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
});

/**
 * What the command-line tools (seed, evaluate) use: the running local stack's DynamoDB and SES
 * emulator, with the same wiring as the stack itself. Fails with one clear line when the stack
 * is not running.
 */
export async function cliContext() {
  const env = envSchema.parse(process.env);
  const endpoint = env.DYNAMODB_ENDPOINT ?? `http://127.0.0.1:${env.DYNAMODB_PORT}`;
  if (!env.DYNAMODB_ENDPOINT) {
    try {
      await waitForPort(env.DYNAMODB_PORT, 1000);
    } catch {
      console.error(
        `No DynamoDB on port ${env.DYNAMODB_PORT}: start the local stack first (npm start), or set DYNAMODB_ENDPOINT.`,
      );
      process.exit(1);
    }
  }
  const local = wireLocal({
    client: makeDocumentClient({ endpoint, region: 'eu-west-1' }),
    tableName: env.TABLE_NAME,
    sesEndpoint: `http://127.0.0.1:${env.SES_PORT}`,
    config: defaultLocalConfig({ appUrl: env.APP_URL, apiUrl: `http://127.0.0.1:${env.PORT}` }),
    clock: systemClock,
    logger: new Logger({ serviceName: 'signals-cli', logLevel: 'WARN' }),
    concurrency: 8,
  });
  return { ...local, dataDir: resolve(env.DATA_DIR) };
}
