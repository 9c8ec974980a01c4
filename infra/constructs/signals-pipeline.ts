import { Duration, RemovalPolicy, Stack, TimeZone, Validations } from 'aws-cdk-lib';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import {
  type Alias,
  FilterCriteria,
  FilterRule,
  type IFunction,
  StartingPosition,
} from 'aws-cdk-lib/aws-lambda';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import { DynamoEventSource, SqsDlq, SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { FilterPattern, MetricFilter, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import {
  ContextAttribute,
  Schedule,
  ScheduleExpression,
  ScheduleGroup,
  ScheduleTargetInput,
  TimeWindow,
} from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { SIGNAL_INPUTS } from '../../shared/app/pipeline/reevaluate-changes.js';
import { RUN_SWEPT_MESSAGE } from '../../shared/app/pipeline/sweep-runs.js';
import type { PipelineFunction } from '../../shared/config/functions.js';
import type { Moment } from '../../shared/config/moments.js';
import { schedulerExpression } from '../../shared/config/moments.js';
import { MAX_RECEIVES } from '../../shared/config/queues.js';
import { alarmOnAny } from './alarms.js';
import { SignalsFunction } from './signals-function.js';

export interface SignalsPipelineProps {
  table: ITableV2;
  /** The stage's data key: the table's, and every queue's here. */
  key: IKey;
  /** Concurrent evaluate invocations at most (the event source's maximum concurrency). */
  evaluateConcurrency: number;
  /** Concurrent deliver invocations at most: sized to the SES send rate. */
  deliverConcurrency: number;
  moments: readonly Moment[];
  entries: { dispatch: string; evaluate: string; deliver: string; sweep: string; changes: string };
  logLevel: string;
  logRetention: RetentionDays;
  /** ARNs SES sending is allowed on: the identity and the configuration set. */
  sesResources: string[];
}

/**
 * A dead-letter queue (encrypted with the stage key, kept 14 days) with an alarm on its first
 * message. A DLQ has no DLQ of its own.
 */
function deadLetterQueue(scope: Construct, id: string, key: IKey, what: string) {
  const dlq = new Queue(scope, id, {
    retentionPeriod: Duration.days(14),
    enforceSSL: true,
    encryption: QueueEncryption.KMS,
    encryptionMasterKey: key,
  });
  alarmOnAny(
    scope,
    `${id}Alarm`,
    `Messages in the ${id} dead-letter queue: ${what} (README, "Operating it": redrive)`,
    dlq.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5) }),
  );
  Validations.of(dlq).acknowledge(
    { id: 'AwsSolutions-SQS3', reason: 'This queue is a dead-letter queue; a DLQ needs no DLQ of its own.' },
    {
      id: 'Serverless-SQSRedrivePolicy',
      reason: 'This queue is a dead-letter queue; a DLQ needs no DLQ of its own.',
    },
  );
  return dlq;
}

export function queueWithDlq(
  scope: Construct,
  id: string,
  key: IKey,
  visibilityTimeout: Duration,
  maxReceiveCount: number,
  what = 'an employer or a digest failed for good',
) {
  const dlq = deadLetterQueue(scope, `${id}Dlq`, key, what);
  const queue = new Queue(scope, id, {
    visibilityTimeout,
    enforceSSL: true,
    encryption: QueueEncryption.KMS,
    encryptionMasterKey: key,
    deadLetterQueue: { queue: dlq, maxReceiveCount },
  });
  return { queue, dlq };
}

/**
 * The evaluation pipeline: a schedule per moment -> dispatch -> evaluate queue (one employer per
 * message) -> evaluate -> deliver queue (one user per message) -> deliver -> SES. Every queue
 * has a DLQ with an alarm; consumers report partial batch failures.
 */
export class SignalsPipeline extends Construct {
  readonly evaluateQueue: Queue;
  readonly deliverQueue: Queue;
  readonly functions: SignalsFunction[] = [];
  /** The consumer of the table's stream. */
  changesFunction!: SignalsFunction;
  private scheduleDlq!: Queue;
  private schedulerRole!: Role;
  private key!: IKey;
  /** The stage's group of runtime schedules (one per stored moment), and what they need. */
  readonly stored: { group: ScheduleGroup; role: Role; dispatchArn: string; deadLetterArn: string };
  private readonly logLevel: string;
  private readonly logRetention: RetentionDays;
  private readonly table: ITableV2;

  constructor(scope: Construct, id: string, props: SignalsPipelineProps) {
    super(scope, id);
    const evaluateTimeout = Duration.minutes(5);
    const deliverTimeout = Duration.minutes(1);
    const evaluate = queueWithDlq(
      this,
      'EvaluateQueue',
      props.key,
      Duration.seconds(evaluateTimeout.toSeconds() * 6),
      MAX_RECEIVES.evaluate,
    );
    const deliver = queueWithDlq(
      this,
      'DeliverQueue',
      props.key,
      Duration.seconds(deliverTimeout.toSeconds() * 6),
      MAX_RECEIVES.deliver,
    );
    this.evaluateQueue = evaluate.queue;
    this.deliverQueue = deliver.queue;
    this.key = props.key;
    this.table = props.table;
    this.logLevel = props.logLevel;
    this.logRetention = props.logRetention;
    const fn = (
      name: PipelineFunction,
      entry: string,
      timeout: Duration,
      memorySize: number,
      invokedBy: 'queue' | 'stream' | 'async',
    ) => this.function(name, { entry, timeout, memorySize, invokedBy });

    const dispatch = fn('dispatch', props.entries.dispatch, Duration.minutes(2), 512, 'async').live;
    evaluate.queue.grantSendMessages(dispatch);
    // Scheduler invokes dispatch asynchronously: after its retries, a failed invocation goes to
    // a DLQ rather than being dropped (its run resumes when redriven: the run id is deterministic).
    this.onAsyncFailure(dispatch, 'DispatchFailures');

    const evaluateFn = fn('evaluate', props.entries.evaluate, evaluateTimeout, 1024, 'queue').live;
    evaluateFn.addEventSource(
      new SqsEventSource(evaluate.queue, {
        batchSize: 5,
        reportBatchItemFailures: true,
        maxConcurrency: props.evaluateConcurrency,
      }),
    );
    deliver.queue.grantSendMessages(evaluateFn);
    this.acknowledgeQueueSource(evaluateFn);

    const deliverFn = fn('deliver', props.entries.deliver, deliverTimeout, 512, 'queue').live;
    deliverFn.addEventSource(
      new SqsEventSource(deliver.queue, {
        batchSize: 10,
        reportBatchItemFailures: true,
        maxConcurrency: props.deliverConcurrency,
      }),
    );
    this.acknowledgeQueueSource(deliverFn);
    deliverFn.addToRolePolicy(
      new PolicyStatement({ actions: ['ses:SendEmail'], resources: props.sesResources }),
    );

    // Changes take effect in seconds: the table's stream, filtered to the item kinds that can
    // alter signals (the pipeline's own writes never invoke it), re-evaluates their employers.
    const changes = fn('changes', props.entries.changes, Duration.minutes(5), 1024, 'stream');
    const changesFn = changes.live;
    const inputKinds = [...SIGNAL_INPUTS.employer, ...SIGNAL_INPUTS.provider];
    changesFn.addEventSource(
      new DynamoEventSource(props.table, {
        startingPosition: StartingPosition.LATEST,
        batchSize: 100,
        bisectBatchOnError: true,
        reportBatchItemFailures: true,
        retryAttempts: 5,
        maxRecordAge: Duration.hours(6),
        parallelizationFactor: 1,
        onFailure: new SqsDlq(this.deadLetterQueue('ChangesFailures')),
        filters: [
          FilterCriteria.filter({ dynamodb: { NewImage: { entity: { S: FilterRule.or(...inputKinds) } } } }),
          FilterCriteria.filter({
            eventName: FilterRule.isEqual('REMOVE'),
            dynamodb: { OldImage: { entity: { S: FilterRule.or(...inputKinds) } } },
          }),
        ],
      }),
    );
    this.changesFunction = changes;
    Validations.of(this.changesFunction).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'dynamodb:ListStreams has no resource-level permissions; the stream itself is read on its ARN only.',
    });

    // The schedules' dead-letter queue: a firing Scheduler could not deliver lands here.
    const scheduleDlq = this.deadLetterQueue('ScheduleDlq');
    // The runtime schedules of stored moments: a group per stage (named by CloudFormation, so a
    // redeploy after the stack was destroyed never meets a group left behind), emptied and
    // deleted with the stack; the reconcile job rebuilds its schedules from the table.
    const group = new ScheduleGroup(this, 'StoredMoments', { removalPolicy: RemovalPolicy.DESTROY });
    const stack = Stack.of(this);
    // Scheduler assumes it for this account's schedules only (no confused deputy).
    const role = new Role(this, 'SchedulerRole', {
      assumedBy: new ServicePrincipal('scheduler.amazonaws.com', {
        conditions: {
          StringEquals: { 'aws:SourceAccount': stack.account },
          ArnLike: {
            'aws:SourceArn': [
              stack.formatArn({ service: 'scheduler', resource: 'schedule', resourceName: 'default/*' }),
              stack.formatArn({
                service: 'scheduler',
                resource: 'schedule',
                resourceName: `${group.scheduleGroupName}/*`,
              }),
            ],
          },
        },
      }),
      description: 'EventBridge Scheduler: invoke the pipeline functions (moments and jobs)',
    });
    this.schedulerRole = role;
    for (const moment of props.moments) {
      new Schedule(this, `Moment-${moment.name}`, {
        description: `Signals evaluation moment "${moment.name}" (${moment.cron} ${moment.timezone})`,
        schedule: ScheduleExpression.expression(
          schedulerExpression(moment.cron),
          TimeZone.of(moment.timezone),
        ),
        timeWindow: TimeWindow.off(),
        target: new LambdaInvoke(dispatch, {
          input: ScheduleTargetInput.fromObject({
            moment: moment.name,
            scheduledTime: ContextAttribute.scheduledTime,
          }),
          retryAttempts: 3,
          maxEventAge: Duration.hours(2),
          deadLetterQueue: scheduleDlq,
          role,
        }),
      });
    }
    dispatch.grantInvoke(role);
    scheduleDlq.grantSendMessages(role);
    Validations.of(role).acknowledge(
      {
        id: 'AwsSolutions-IAM5[Action::kms:ReEncrypt*]',
        reason:
          'What SQS needs of the stage data key to take a message for the schedule DLQ, on that one key only.',
      },
      {
        id: 'AwsSolutions-IAM5[Action::kms:GenerateDataKey*]',
        reason:
          'What SQS needs of the stage data key to take a message for the schedule DLQ, on that one key only.',
      },
    );
    this.stored = { group, role, dispatchArn: dispatch.functionArn, deadLetterArn: scheduleDlq.queueArn };

    // The sweeper: every 15 minutes, closes runs left running past their bound as failed (and
    // queues what they did create for delivery). Each run it closes is an error line that the
    // alarm below counts.
    const sweep = fn('sweep', props.entries.sweep, Duration.minutes(2), 256, 'async');
    const sweepFn = sweep.live;
    deliver.queue.grantSendMessages(sweepFn);
    this.scheduleDlq = scheduleDlq;
    this.scheduleJob('SweepRuns', sweepFn, Duration.minutes(15));
    this.onAsyncFailure(sweepFn, 'SweepFailures');
    const sweepLogs = sweep.logGroup;
    const swept = new MetricFilter(this, 'RunsSweptFilter', {
      logGroup: sweepLogs,
      filterPattern: FilterPattern.stringValue('$.message', '=', RUN_SWEPT_MESSAGE),
      metricNamespace: 'Signals',
      metricName: 'RunsClosedBySweeper',
      metricValue: '1',
    });
    alarmOnAny(
      this,
      'RunsSweptAlarm',
      'An evaluation run was left running past its bound and closed as failed: see the sweep function log (runId, employersMissing) and rerun that date.',
      swept.metric({ statistic: 'Sum', period: Duration.minutes(15) }),
    );
  }

  /** An SQS event source takes no on-failure destination: its queue's redrive policy is the path. */
  acknowledgeQueueSource(fn: IFunction) {
    Validations.of(fn).acknowledge({
      id: 'Serverless-LambdaEventSourceMappingDestination',
      reason:
        "An SQS event source mapping cannot have an on-failure destination; a message that keeps failing goes to the queue's dead-letter queue.",
    });
  }

  /** A dead-letter queue of this pipeline, with its alarm. */
  deadLetterQueue(id: string) {
    return deadLetterQueue(
      this,
      id,
      this.key,
      'a schedule firing or an asynchronous invocation failed for good',
    );
  }

  /** A function of the pipeline (or beside it), with its table access, counted among its functions. */
  function(
    name: PipelineFunction,
    options: {
      entry: string;
      timeout: Duration;
      memorySize?: number;
      invokedBy: 'queue' | 'stream' | 'async';
      description?: string;
    },
  ) {
    const f = new SignalsFunction(this, name.charAt(0).toUpperCase() + name.slice(1), {
      name,
      entry: options.entry,
      invokedBy: options.invokedBy,
      description: options.description ?? `Signals pipeline: ${name}`,
      key: this.key,
      logLevel: this.logLevel,
      logRetention: this.logRetention,
      timeout: options.timeout,
      ...(options.memorySize ? { memorySize: options.memorySize } : {}),
    });
    f.bindTable({ table: this.table, key: this.key });
    this.functions.push(f);
    return f;
  }

  /**
   * An asynchronously invoked function's failures, after Lambda's two retries, go to a
   * dead-letter queue of their own (with its alarm) instead of being dropped.
   */
  onAsyncFailure(fn: Alias, id: string) {
    const dlq = this.deadLetterQueue(id);
    fn.configureAsyncInvoke({ retryAttempts: 2, onFailure: new SqsDestination(dlq) });
    return dlq;
  }

  /** A job on a fixed rate: its own schedule, retried, with the schedules' dead-letter queue. */
  scheduleJob(id: string, target: IFunction, every: Duration) {
    new Schedule(this, id, {
      description: `Signals job: ${id}`,
      schedule: ScheduleExpression.rate(every),
      timeWindow: TimeWindow.off(),
      target: new LambdaInvoke(target, {
        retryAttempts: 2,
        deadLetterQueue: this.scheduleDlq,
        role: this.schedulerRole,
      }),
    });
  }
}
