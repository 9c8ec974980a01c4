import { Logger } from '@aws-lambda-powertools/logger';
import { makeDocumentClient } from '../../shared/adapters/dynamodb/client.js';
import { wireAppDeps } from '../../shared/adapters/wire.js';
import { systemClock } from '../../shared/app/system-clock.js';
import { readEnv, senderDomainsOf } from './env.js';

/** The Lambda runtime's wiring: environment read once, clients created once per container. */
export function lambdaRuntime(serviceName: string) {
  const env = readEnv();
  const logger = new Logger({ serviceName });
  const client = makeDocumentClient(env.DYNAMODB_ENDPOINT ? { endpoint: env.DYNAMODB_ENDPOINT } : {});
  const deps = wireAppDeps({
    client,
    tableName: env.TABLE_NAME,
    clock: systemClock,
    config: { appUrl: env.APP_URL, senderDomains: senderDomainsOf(env), catchUpDays: env.CATCH_UP_DAYS },
  });
  return { env, logger, client, deps };
}
