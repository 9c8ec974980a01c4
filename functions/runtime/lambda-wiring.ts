import { Logger } from '@aws-lambda-powertools/logger';
import { makeDocumentClient } from '../../shared/adapters/dynamodb/client.js';
import { SesMailer } from '../../shared/adapters/ses/ses-mailer.js';
import { SqsQueue } from '../../shared/adapters/sqs/sqs-queue.js';
import { wireAppDeps } from '../../shared/adapters/wire.js';
import type { DeliverMessage, EvaluateMessage } from '../../shared/app/pipeline/ports.js';
import { systemClock } from '../../shared/app/system-clock.js';
import { readEnv, senderDomainsOf } from './env.js';

/** The Lambda runtime's wiring: environment read once at cold start, clients created once per container. */
export function lambdaRuntime(serviceName: string) {
  const env = readEnv();
  const logger = new Logger({ serviceName });
  const client = makeDocumentClient(env.DYNAMODB_ENDPOINT ? { endpoint: env.DYNAMODB_ENDPOINT } : {});
  const deps = wireAppDeps({
    client,
    tableName: env.TABLE_NAME,
    clock: systemClock,
    logger,
    mailer: new SesMailer(
      env.SES_CONFIGURATION_SET ? { configurationSetName: env.SES_CONFIGURATION_SET } : {},
    ),
    evaluateQueue: new SqsQueue<EvaluateMessage>(env.EVALUATE_QUEUE_URL),
    deliverQueue: new SqsQueue<DeliverMessage>(env.DELIVER_QUEUE_URL),
    config: {
      appUrl: env.APP_URL,
      senderDomains: senderDomainsOf(env),
      catchUpDays: env.CATCH_UP_DAYS,
      defaultSender: { name: env.DEFAULT_SENDER_NAME, address: env.DEFAULT_SENDER_ADDRESS },
    },
  });
  return { env, logger, client, deps };
}
