import { Duration, Validations } from 'aws-cdk-lib';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { Archive, EventBus } from 'aws-cdk-lib/aws-events';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { FilterCriteria, FilterRule, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq, SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { EVENT_ENTITIES } from '../../shared/adapters/dynamodb/stream-changes.js';
import { WEBHOOK_TIMEOUT_MS } from '../../shared/adapters/http/webhook-transport.js';
import { MAX_RECEIVES } from '../../shared/config/queues.js';
import type { SignalsFunction } from './signals-function.js';
import { queueWithDlq, type SignalsPipeline } from './signals-pipeline.js';

/** Webhook attempts at once at most: a slow endpoint holds one of these for 10 s at most. */
export const WEBHOOK_CONCURRENCY = 20;

export interface SignalsEventsProps {
  stage: string;
  pipeline: SignalsPipeline;
  table: ITableV2;
  key: IKey;
  entries: { signalEvents: string; webhooks: string };
  /** Deactivation notices go out through SES (the stage identity and configuration set). */
  sesResources: string[];
}

/**
 * Signal events for other systems: a second consumer of the table's stream (signals, events'
 * states, runs) publishes each event to the stage's EventBridge bus (archived for replay) and
 * records the webhook deliveries, which a queue with backoff (each retry a new, delayed message)
 * and a dead-letter queue carry to the webhooks function.
 */
export class SignalsEvents extends Construct {
  readonly bus: EventBus;
  readonly webhookQueue: Queue;
  readonly publisher: SignalsFunction;
  readonly deliverer: SignalsFunction;

  constructor(scope: Construct, id: string, props: SignalsEventsProps) {
    super(scope, id);
    const { pipeline } = props;
    this.bus = new EventBus(this, 'Bus', { eventBusName: `signals-${props.stage}` });
    new Archive(this, 'Archive', {
      sourceEventBus: this.bus,
      eventPattern: { source: ['signals'] },
      description: 'Every signal event of the stage, for replay',
      retention: Duration.days(365),
    });

    // One attempt per message, each at most 10 s: a visibility of six timeouts and a bit.
    const deliverTimeout = Duration.seconds(WEBHOOK_TIMEOUT_MS / 1000 + 20);
    const webhooks = queueWithDlq(
      this,
      'WebhookQueue',
      props.key,
      Duration.seconds(deliverTimeout.toSeconds() * 6),
      MAX_RECEIVES.webhooks,
      'a webhook delivery could not be attempted (the table or the queue failed): redrive it',
    );
    this.webhookQueue = webhooks.queue;

    this.publisher = pipeline.function('signalEvents', {
      entry: props.entries.signalEvents,
      invokedBy: 'stream',
      timeout: Duration.minutes(2),
      memorySize: 512,
      description: 'Signals: signal events from the stream to the bus and the webhook deliveries',
    });
    const publisher = this.publisher.live;
    publisher.addEventSource(
      new DynamoEventSource(props.table, {
        startingPosition: StartingPosition.LATEST,
        batchSize: 100,
        bisectBatchOnError: true,
        reportBatchItemFailures: true,
        retryAttempts: 10,
        maxRecordAge: Duration.hours(24),
        parallelizationFactor: 1,
        onFailure: new SqsDlq(pipeline.deadLetterQueue('SignalEventsFailures')),
        filters: [
          FilterCriteria.filter({
            dynamodb: { NewImage: { entity: { S: FilterRule.or(...EVENT_ENTITIES) } } },
          }),
        ],
      }),
    );
    this.bus.grantPutEventsTo(publisher);
    webhooks.queue.grantSendMessages(publisher);
    Validations.of(this.publisher).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'dynamodb:ListStreams has no resource-level permissions; the stream itself is read on its ARN only.',
    });

    this.deliverer = pipeline.function('webhooks', {
      entry: props.entries.webhooks,
      invokedBy: 'queue',
      timeout: deliverTimeout,
      memorySize: 256,
      description: 'Signals: webhook delivery attempts',
    });
    const deliverer = this.deliverer.live;
    deliverer.addEventSource(
      new SqsEventSource(webhooks.queue, {
        batchSize: 10,
        reportBatchItemFailures: true,
        maxConcurrency: WEBHOOK_CONCURRENCY,
      }),
    );
    pipeline.acknowledgeQueueSource(deliverer);
    // The next attempt is a new delayed message on the same queue.
    webhooks.queue.grantSendMessages(deliverer);
    deliverer.addToRolePolicy(
      new PolicyStatement({ actions: ['ses:SendEmail'], resources: props.sesResources }),
    );
  }
}
