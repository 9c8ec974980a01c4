import { SQSClient } from '@aws-sdk/client-sqs';
import type { Context, DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { changedItemOf, type StreamRecord } from '../../shared/adapters/dynamodb/stream-changes.js';
import { EventBridgeBus, eventBridgeClient } from '../../shared/adapters/eventbridge/event-bus.js';
import { SqsQueue } from '../../shared/adapters/sqs/sqs-queue.js';
import type { ChangedItem } from '../../shared/app/events/signal-events.js';
import type { WebhookMessage } from '../../shared/app/webhooks/ports.js';
import { publishSignalEvents } from '../../shared/app/webhooks/publish-events.js';
import { instrument, lambdaRuntime, required } from '../runtime/lambda-wiring.js';

const { deps, logger, middlewares } = lambdaRuntime('signalEvents', (env, capture) => ({
  webhookQueue: new SqsQueue<WebhookMessage>(required(env, 'WEBHOOK_QUEUE_URL'), capture(new SQSClient({}))),
  eventBus: new EventBridgeBus(capture(eventBridgeClient()), required(env, 'EVENT_BUS_NAME')),
}));

/**
 * The table's stream, filtered to signals, events' states and runs: each change that is a signal
 * event goes to the event bus and to the provider's webhook endpoints. Safe to repeat (event and
 * delivery ids follow from what they describe); a failure retries the batch from its first record.
 */
export const handler = instrument(
  async (event: DynamoDBStreamEvent, _context: Context): Promise<DynamoDBBatchResponse> => {
    const items = event.Records.map((r) => changedItemOf(r as StreamRecord)).filter(
      (c): c is ChangedItem => c !== undefined,
    );
    try {
      const published = await publishSignalEvents(deps, items);
      logger.info('signal events published', { records: event.Records.length, ...published });
      return { batchItemFailures: [] };
    } catch (error) {
      logger.error('signal events not published: the batch is retried', { error: String(error) });
      const first = event.Records[0]?.dynamodb?.SequenceNumber;
      return { batchItemFailures: first ? [{ itemIdentifier: first }] : [] };
    }
  },
  middlewares,
);
