import { ArnFormat, Duration, Stack } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  Alarm,
  ComparisonOperator,
  Dashboard,
  GraphWidget,
  MathExpression,
  Metric,
  SingleValueWidget,
  TextWidget,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { METRICS_NAMESPACE } from '../../functions/runtime/observability.js';
import { METRICS, type MetricName } from '../../shared/app/ports.js';
import { serviceNameOf } from '../../shared/config/functions.js';
import { alarmOnAny } from './alarms.js';
import type { SignalsFunction } from './signals-function.js';

export interface SignalsMonitoringProps {
  stage: string;
  api: HttpApi;
  /** Addresses the alarm topic mails (the stage config's on-call list). */
  alarmSubscribers: readonly string[];
  /** The stage's data key: the alarm topic is encrypted with it. */
  key: IKey;
  /** Every function: each gets an errors and a throttles alarm. */
  functions: readonly SignalsFunction[];
  /** The work queues: each gets an alarm on the age of its oldest message. */
  queues: readonly Queue[];
  /** Where an alarm mail SNS could not deliver goes (redrive policy of the subscriptions). */
  undelivered: Queue;
  /** The consumer of the table's stream: an alarm when changes wait too long. */
  streamConsumer: IFunction;
}

/** How old the oldest message of a work queue may get before someone should look. */
const OLDEST_MESSAGE_AGE = Duration.minutes(15);

/** The services (Powertools `service` dimension) that report each metric. */
const RUN_SERVICE = serviceNameOf('evaluate');
const DELIVER_SERVICE = serviceNameOf('deliver');
/** A run with no employers completes (and is counted) in dispatch. */
const DISPATCH_SERVICE = serviceNameOf('dispatch');
/** Changes re-evaluate (and escalate) too. */
const CHANGES_SERVICE = serviceNameOf('changes');

/**
 * What whoever is on call looks at: one alarm topic (mailed to the stage's subscribers) that
 * every alarm of the stack acts on, the alarms of the runbook in the README ("Operating it"),
 * and a dashboard of runs, digests and the API.
 */
export class SignalsMonitoring extends Construct {
  readonly topic: Topic;
  readonly dashboard: Dashboard;
  /** Each function's errors alarm: CodeDeploy rolls a new version back on it. */
  readonly errorAlarms = new Map<SignalsFunction, Alarm>();
  /** The API's 5xx rate alarm: CodeDeploy rolls a new API version back on it too. */
  readonly apiErrorRate: Alarm;
  /** No run completed in 26 hours (the smoke test sets it to ALARM and back: it is no rollback trigger). */
  readonly noCompletedRun: Alarm;

  constructor(scope: Construct, id: string, props: SignalsMonitoringProps) {
    super(scope, id);
    this.topic = new Topic(this, 'AlarmTopic', {
      displayName: `Signals ${props.stage} alarms`,
      enforceSSL: true,
      masterKey: props.key,
    });
    // enforceSSL gives the topic a policy, which replaces SNS's default one: CloudWatch may then
    // publish only when allowed here, for this account's alarms.
    const stack = Stack.of(this);
    this.topic.addToResourcePolicy(
      new PolicyStatement({
        sid: 'AllowCloudWatchAlarms',
        principals: [new ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['sns:Publish'],
        resources: [this.topic.topicArn],
        conditions: {
          StringEquals: { 'aws:SourceAccount': stack.account },
          ArnLike: {
            'aws:SourceArn': stack.formatArn({
              service: 'cloudwatch',
              resource: 'alarm',
              resourceName: '*',
              arnFormat: ArnFormat.COLON_RESOURCE_NAME,
            }),
          },
        },
      }),
    );
    for (const address of props.alarmSubscribers) {
      this.topic.addSubscription(new EmailSubscription(address, { deadLetterQueue: props.undelivered }));
    }

    const metric = (name: MetricName, service: string, statistic = 'Sum', period = Duration.hours(1)) =>
      new Metric({
        namespace: METRICS_NAMESPACE,
        metricName: name,
        dimensionsMap: { service },
        statistic,
        period,
      });
    const apiMetric = (metricName: string, statistic: string) =>
      new Metric({
        namespace: 'AWS/ApiGateway',
        metricName,
        dimensionsMap: { ApiId: props.api.apiId, Stage: '$default' },
        statistic,
        period: Duration.minutes(5),
      });
    const sesMetric = (metricName: string) =>
      new Metric({ namespace: 'AWS/SES', metricName, statistic: 'Maximum', period: Duration.hours(1) });

    this.noCompletedRun = new Alarm(this, 'NoCompletedRun', {
      alarmDescription:
        'No evaluation run completed in 26 hours: the morning run did not happen or did not finish.',
      // Runs complete in evaluate (their last employer) or, with no employer at all, in dispatch.
      metric: new MathExpression({
        expression: 'FILL(evaluated, 0) + FILL(employerless, 0)',
        usingMetrics: {
          evaluated: metric(METRICS.runsCompleted, RUN_SERVICE),
          employerless: metric(METRICS.runsCompleted, DISPATCH_SERVICE),
        },
        label: 'Runs completed',
        period: Duration.hours(1),
      }),
      threshold: 1,
      comparisonOperator: ComparisonOperator.LESS_THAN_THRESHOLD,
      evaluationPeriods: 26,
      datapointsToAlarm: 26,
      treatMissingData: TreatMissingData.BREACHING,
    });
    alarmOnAny(
      this,
      'RunWithFailedEmployers',
      'A run counted employers as failed: their signals were not evaluated (see the evaluate DLQ).',
      metric(METRICS.employersFailed, RUN_SERVICE, 'Sum', Duration.minutes(15)),
    );
    new Alarm(this, 'SesBounceRate', {
      alarmDescription: 'SES bounce rate over 5%: the level at which SES reviews the account.',
      metric: sesMetric('Reputation.BounceRate'),
      threshold: 0.05,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    new Alarm(this, 'SesComplaintRate', {
      alarmDescription: 'SES complaint rate over 0.1%: the level at which SES reviews the account.',
      metric: sesMetric('Reputation.ComplaintRate'),
      threshold: 0.001,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    const errorRate = new MathExpression({
      expression: 'IF(requests > 0, 100 * errors / requests, 0)',
      usingMetrics: { errors: apiMetric('5xx', 'Sum'), requests: apiMetric('Count', 'Sum') },
      label: 'API 5xx (%)',
      period: Duration.minutes(5),
    });
    this.apiErrorRate = new Alarm(this, 'ApiErrorRate', {
      alarmDescription: 'Over 1% of API requests answered 5xx for 15 minutes.',
      metric: errorRate,
      threshold: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 3,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    const p99 = apiMetric('Latency', 'p99');
    new Alarm(this, 'ApiLatencyP99', {
      alarmDescription: 'API p99 latency over 1 s for 15 minutes.',
      metric: p99,
      threshold: 1000,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 3,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });

    for (const f of props.functions) {
      const name = f.node.id;
      const every5Minutes = { period: Duration.minutes(5), statistic: 'Sum' };
      this.errorAlarms.set(
        f,
        alarmOnAny(
          this,
          `${name}Errors`,
          `The ${name} function failed (an error or a timeout): see its log group.`,
          f.fn.metricErrors(every5Minutes),
        ),
      );
      alarmOnAny(
        this,
        `${name}Throttles`,
        `The ${name} function was throttled: the account's or its own concurrency is exhausted.`,
        f.fn.metricThrottles(every5Minutes),
      );
    }
    for (const queue of props.queues) {
      const name = queue.node.id;
      new Alarm(this, `${name}OldestMessage`, {
        alarmDescription: `The oldest message of ${name} waited over ${OLDEST_MESSAGE_AGE.toMinutes()} minutes: its consumer is stuck or throttled.`,
        metric: queue.metricApproximateAgeOfOldestMessage({
          period: Duration.minutes(5),
          statistic: 'Maximum',
        }),
        threshold: OLDEST_MESSAGE_AGE.toSeconds(),
        comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
        evaluationPeriods: 1,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      });
    }

    new Alarm(this, 'ChangesIteratorAge', {
      alarmDescription:
        'Changes wait over a minute to take effect: the stream consumer is failing or slow (see its log and ChangesFailures).',
      metric: new Metric({
        namespace: 'AWS/Lambda',
        metricName: 'IteratorAge',
        dimensionsMap: { FunctionName: props.streamConsumer.functionName },
        statistic: 'Maximum',
        period: Duration.minutes(5),
      }),
      threshold: 60_000,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 3,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });

    this.dashboard = new Dashboard(this, 'Dashboard', {
      dashboardName: `signals-${props.stage}`,
      defaultInterval: Duration.days(7),
    });
    const daily = (name: MetricName, service: string) => metric(name, service, 'Sum', Duration.days(1));
    this.dashboard.addWidgets(
      new TextWidget({
        markdown: `# Signals ${props.stage}\nRuns, digests and the API. Runbook: README, "Operating it".`,
        width: 24,
        height: 2,
      }),
      new SingleValueWidget({
        title: 'Last 24 hours',
        metrics: [
          daily(METRICS.runsCompleted, RUN_SERVICE),
          daily(METRICS.employersFailed, RUN_SERVICE),
          daily(METRICS.signalsCreated, RUN_SERVICE),
          daily(METRICS.digestsSent, DELIVER_SERVICE),
          daily(METRICS.digestsFailed, DELIVER_SERVICE),
        ],
        width: 24,
      }),
      new GraphWidget({
        title: 'Runs: duration (max, ms)',
        left: [metric(METRICS.runDuration, RUN_SERVICE, 'Maximum')],
        width: 8,
      }),
      new GraphWidget({
        title: 'Runs: employers',
        left: [metric(METRICS.employersEvaluated, RUN_SERVICE), metric(METRICS.employersFailed, RUN_SERVICE)],
        width: 8,
      }),
      new GraphWidget({
        title: 'Runs: signals',
        left: [metric(METRICS.signalsCreated, RUN_SERVICE), metric(METRICS.signalsWithdrawn, RUN_SERVICE)],
        width: 8,
      }),
      new GraphWidget({
        title: 'Digests',
        left: [
          METRICS.digestsSent,
          METRICS.digestsFailed,
          METRICS.digestsSuppressed,
          METRICS.digestsCollected,
          METRICS.digestsPaused,
        ].map((m) => metric(m, DELIVER_SERVICE)),
        width: 8,
      }),
      new GraphWidget({
        title: 'Legal deadlines no escalation level could reach',
        left: [RUN_SERVICE, CHANGES_SERVICE].map((service) => metric(METRICS.eventsUnescalated, service)),
        width: 8,
      }),
      new GraphWidget({ title: 'API: 5xx rate (%)', left: [errorRate], width: 8 }),
      new GraphWidget({
        title: 'API: latency (ms)',
        left: [apiMetric('Latency', 'p50'), p99],
        right: [apiMetric('Count', 'Sum'), apiMetric('4xx', 'Sum'), apiMetric('5xx', 'Sum')],
        width: 8,
      }),
    );

    // Every alarm of the stack (these, the dead-letter queues', the sweeper's) tells the topic.
    const action = new SnsAction(this.topic);
    for (const child of Stack.of(this).node.findAll()) {
      if (child instanceof Alarm) child.addAlarmAction(action);
    }
  }
}
