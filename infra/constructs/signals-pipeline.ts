import { Duration, Stack, TimeZone, Validations } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { CfnFunction, IFunction } from 'aws-cdk-lib/aws-lambda';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
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
import type { EnvName } from '../../functions/runtime/env.js';
import { RUN_SWEPT_MESSAGE } from '../../shared/app/pipeline/sweep-runs.js';
import type { Moment } from '../../shared/config/moments.js';
import { schedulerExpression } from '../../shared/config/moments.js';
import { MAX_RECEIVES } from '../../shared/config/queues.js';
import { SignalsFunction } from './signals-function.js';

export interface SignalsPipelineProps {
  table: ITableV2;
  moments: readonly Moment[];
  /** Environment every pipeline function gets (table, app URL, sender). */
  environment: Partial<Record<EnvName, string>>;
  entries: { dispatch: string; evaluate: string; deliver: string; sweep: string };
  logLevel: string;
  logRetention: RetentionDays;
  /** ARNs SES sending is allowed on: the identity and the configuration set. */
  sesResources: string[];
}

function queueWithDlq(scope: Construct, id: string, visibilityTimeout: Duration, maxReceiveCount: number) {
  const dlq = new Queue(scope, `${id}Dlq`, {
    retentionPeriod: Duration.days(14),
    enforceSSL: true,
    encryption: QueueEncryption.SQS_MANAGED,
  });
  const queue = new Queue(scope, id, {
    visibilityTimeout,
    enforceSSL: true,
    encryption: QueueEncryption.SQS_MANAGED,
    deadLetterQueue: { queue: dlq, maxReceiveCount },
  });
  new Alarm(scope, `${id}DlqAlarm`, {
    alarmDescription: `Messages in the ${id} dead-letter queue: an employer or a digest failed for good`,
    metric: dlq.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5) }),
    threshold: 1,
    evaluationPeriods: 1,
    comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
    treatMissingData: TreatMissingData.NOT_BREACHING,
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
  private scheduleDlq!: Queue;
  /** The stage's group of runtime schedules (one per stored moment), and what they need. */
  readonly stored: { group: ScheduleGroup; role: Role; dispatchArn: string; deadLetterArn: string };

  constructor(scope: Construct, id: string, props: SignalsPipelineProps) {
    super(scope, id);
    const evaluateTimeout = Duration.minutes(5);
    const deliverTimeout = Duration.minutes(1);
    const evaluate = queueWithDlq(
      this,
      'EvaluateQueue',
      Duration.seconds(evaluateTimeout.toSeconds() * 6),
      MAX_RECEIVES.evaluate,
    );
    const deliver = queueWithDlq(
      this,
      'DeliverQueue',
      Duration.seconds(deliverTimeout.toSeconds() * 6),
      MAX_RECEIVES.deliver,
    );
    this.evaluateQueue = evaluate.queue;
    this.deliverQueue = deliver.queue;
    const environment: Partial<Record<EnvName, string>> = {
      ...props.environment,
      EVALUATE_QUEUE_URL: evaluate.queue.queueUrl,
      DELIVER_QUEUE_URL: deliver.queue.queueUrl,
    };
    const fn = (name: string, entry: string, timeout: Duration, memorySize: number) => {
      const f = new SignalsFunction(this, name, {
        entry,
        description: `Signals pipeline: ${name}`,
        environment,
        logLevel: props.logLevel,
        logRetention: props.logRetention,
        timeout,
        memorySize,
      });
      f.bindTable({ table: props.table, accessMode: 'readWrite' });
      this.functions.push(f);
      return f.fn;
    };

    const dispatch = fn('Dispatch', props.entries.dispatch, Duration.minutes(2), 512);
    evaluate.queue.grantSendMessages(dispatch);
    deliver.queue.grantSendMessages(dispatch);

    const evaluateFn = fn('Evaluate', props.entries.evaluate, evaluateTimeout, 1024);
    evaluateFn.addEventSource(
      new SqsEventSource(evaluate.queue, { batchSize: 5, reportBatchItemFailures: true }),
    );
    deliver.queue.grantSendMessages(evaluateFn);

    const deliverFn = fn('Deliver', props.entries.deliver, deliverTimeout, 512);
    deliverFn.addEventSource(
      new SqsEventSource(deliver.queue, { batchSize: 10, reportBatchItemFailures: true }),
    );
    deliverFn.addToRolePolicy(
      new PolicyStatement({ actions: ['ses:SendEmail'], resources: props.sesResources }),
    );

    // The scheduler's own dead-letter queue: a DLQ, so it has none itself.
    const scheduleDlq = new Queue(this, 'ScheduleDlq', {
      enforceSSL: true,
      encryption: QueueEncryption.SQS_MANAGED,
      retentionPeriod: Duration.days(14),
    });
    Validations.of(scheduleDlq).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason: 'This queue is the dead-letter queue of the schedules; a DLQ needs no DLQ of its own.',
    });
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
        }),
      });
    }
    // The runtime schedules of stored moments: a group per stage, a role Scheduler assumes to
    // invoke dispatch (and send to the schedules' DLQ), filled and emptied by the settings API.
    const group = new ScheduleGroup(this, 'StoredMoments', {
      scheduleGroupName: `${Stack.of(this).stackName}-moments`,
    });
    const role = new Role(this, 'SchedulerRole', {
      assumedBy: new ServicePrincipal('scheduler.amazonaws.com'),
      description: 'EventBridge Scheduler: invoke dispatch for stored moments',
    });
    dispatch.grantInvoke(role);
    scheduleDlq.grantSendMessages(role);
    this.stored = { group, role, dispatchArn: dispatch.functionArn, deadLetterArn: scheduleDlq.queueArn };

    // The sweeper: every 15 minutes, closes runs left running past their bound as failed (and
    // queues what they did create for delivery). Each run it closes is an error line that the
    // alarm below counts.
    const sweepFn = fn('Sweep', props.entries.sweep, Duration.minutes(2), 256);
    deliver.queue.grantSendMessages(sweepFn);
    this.scheduleDlq = scheduleDlq;
    this.scheduleJob('SweepRuns', sweepFn, Duration.minutes(15));
    const sweepLogs = this.functions.at(-1)!.logGroup;
    const swept = new MetricFilter(this, 'RunsSweptFilter', {
      logGroup: sweepLogs,
      filterPattern: FilterPattern.stringValue('$.message', '=', RUN_SWEPT_MESSAGE),
      metricNamespace: 'Signals',
      metricName: 'RunsClosedBySweeper',
      metricValue: '1',
    });
    new Alarm(this, 'RunsSweptAlarm', {
      alarmDescription:
        'An evaluation run was left running past its bound and closed as failed: see the sweep function log (runId, employersMissing) and rerun that date.',
      metric: swept.metric({ statistic: 'Sum', period: Duration.minutes(15) }),
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });

    // The scheduler role may invoke the dispatch function and its versions (`arn:...:function:name:*`).
    Validations.of(Stack.of(this)).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${Stack.of(this).getLogicalId(dispatch.node.defaultChild as CfnFunction)}.Arn>:*]`,
      reason: 'The scheduler role invokes only the dispatch function (any version or alias of it).',
    });
  }

  /** A job on a fixed rate: its own schedule, retried, with the schedules' dead-letter queue. */
  scheduleJob(id: string, target: IFunction, every: Duration) {
    new Schedule(this, id, {
      description: `Signals job: ${id}`,
      schedule: ScheduleExpression.rate(every),
      timeWindow: TimeWindow.off(),
      target: new LambdaInvoke(target, { retryAttempts: 2, deadLetterQueue: this.scheduleDlq }),
    });
    Validations.of(Stack.of(this)).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${Stack.of(target).getLogicalId(target.node.defaultChild as CfnFunction)}.Arn>:*]`,
      reason: `The scheduler role of ${id} invokes only its function (any version or alias of it).`,
    });
  }
}
