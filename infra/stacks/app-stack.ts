import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CfnOutput, Duration, Stack, type StackProps, Validations } from 'aws-cdk-lib';
import { TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import type { Alias } from 'aws-cdk-lib/aws-lambda';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { LambdaSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { StringParameter } from 'aws-cdk-lib/aws-ssm';
import type { Construct } from 'constructs';
import type { EnvName } from '../../functions/runtime/env.js';
import { MOMENTS } from '../../shared/config/moments.js';
import { SCALAR_BUNDLE_FILE, scalarSourcePath } from '../../shared/http/docs.js';
import { AREAS, type Area } from '../../shared/http/route.js';
import { ROUTES } from '../../shared/http/routes.js';
import { stageParameters } from '../config/parameters.js';
import type { StageConfig } from '../config/stages.js';
import { SignalsApi } from '../constructs/signals-api.js';
import { SignalsDeployments } from '../constructs/signals-deployments.js';
import { SignalsEvents } from '../constructs/signals-events.js';
import { SignalsFunction } from '../constructs/signals-function.js';
import { sendResources } from '../constructs/signals-mail.js';
import { SignalsMonitoring } from '../constructs/signals-monitoring.js';
import { SignalsPipeline } from '../constructs/signals-pipeline.js';
import type { SMOKE_OUTPUTS } from '../smoke/smoke.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const entry = (...parts: string[]) => join(root, 'functions', ...parts);

export interface AppStackProps extends StackProps {
  config: StageConfig;
}

/** The stateless stack: API, evaluation pipeline, mail. */
export class AppStack extends Stack {
  readonly api: SignalsApi;
  readonly pipeline: SignalsPipeline;
  readonly monitoring: SignalsMonitoring;
  readonly deployments: SignalsDeployments;

  constructor(scope: Construct, id: string, props: AppStackProps) {
    super(scope, id, props);
    const { config } = props;
    const logRetention = config.logRetentionDays as RetentionDays;
    // What the long-lived stacks hand over, read at deploy time (SSM, not exports).
    const names = stageParameters(config.stage);
    const parameter = (name: string) => StringParameter.valueForStringParameter(this, name);
    const key = Key.fromKeyArn(this, 'DataKey', parameter(names.keyArn));
    const table = TableV2.fromTableAttributes(this, 'Table', {
      tableArn: parameter(names.tableArn),
      tableStreamArn: parameter(names.tableStreamArn),
      encryptionKey: key,
    });
    const configurationSetName = parameter(names.configurationSetName);
    this.pipeline = new SignalsPipeline(this, 'Pipeline', {
      table,
      key,
      evaluateConcurrency: config.evaluateConcurrency,
      // One deliver invocation sends about 10 mails a second (a batch of 10, one SES call each).
      deliverConcurrency: Math.max(2, Math.floor(config.sesMaxSendRate / 10)),
      moments: MOMENTS,
      entries: {
        dispatch: entry('pipeline', 'dispatch.ts'),
        evaluate: entry('pipeline', 'evaluate.ts'),
        deliver: entry('pipeline', 'deliver.ts'),
        sweep: entry('pipeline', 'sweep.ts'),
        changes: entry('pipeline', 'changes.ts'),
      },
      logLevel: config.logLevel,
      logRetention,
      sesResources: sendResources(this, config.sesIdentity, configurationSetName),
    });
    const pipeline = this.pipeline;

    const sesEvents = pipeline.function('sesEvents', {
      entry: entry('pipeline', 'ses-events.ts'),
      invokedBy: 'async',
      description: 'Signals: suppress addresses that bounce or complain',
      timeout: Duration.seconds(30),
    });
    // SNS invokes it asynchronously: a message SNS cannot deliver goes to a DLQ (redrive policy),
    // and an event the function fails on twice goes to the same queue (on-failure destination).
    const sesEventsFailures = pipeline.onAsyncFailure(sesEvents.live, 'SesEventsFailures');
    Topic.fromTopicArn(this, 'SesEventsTopic', parameter(names.mailEventsTopicArn)).addSubscription(
      new LambdaSubscription(sesEvents.live, { deadLetterQueue: sesEventsFailures }),
    );
    Validations.of(sesEvents.live).acknowledge({
      id: 'CloudFormation-Validate::W3694',
      reason:
        'SNS invokes a Lambda alias by its qualified ARN: the subscription follows the live version CodeDeploy moves.',
    });

    const events = new SignalsEvents(this, 'Events', {
      stage: config.stage,
      pipeline,
      table,
      key,
      entries: {
        signalEvents: entry('pipeline', 'signal-events.ts'),
        webhooks: entry('pipeline', 'webhooks.ts'),
      },
      sesResources: sendResources(this, config.sesIdentity, configurationSetName),
    });

    const functions = {} as Record<Area, Alias>;
    const apiFunctions: SignalsFunction[] = [];
    for (const area of AREAS) {
      const f = new SignalsFunction(this, `${area}Api`, {
        name: area,
        entry: entry('api', `${area}.ts`),
        invokedBy: 'sync',
        description: `Signals API: ${area} routes`,
        key,
        logLevel: config.logLevel,
        logRetention,
        // The reference page's script is served by the operations function, from its bundle.
        ...(area === 'operations' ? { assets: { [scalarSourcePath()]: SCALAR_BUNDLE_FILE } } : {}),
      });
      f.bindTable({ table, key });
      functions[area] = f.live;
      apiFunctions.push(f);
    }
    this.allowScheduleWrites(apiFunctions.find((f) => f.name === 'settings')!);
    // A webhook test or retry queues its delivery from the settings function.
    events.webhookQueue.grantSendMessages(functions.settings);
    // The reconcile job: every hour, the schedules are made to match the stored moments.
    const reconcile = pipeline.function('reconcile', {
      entry: entry('pipeline', 'reconcile.ts'),
      invokedBy: 'async',
      description: 'Signals: reconcile stored moments and their schedules',
      timeout: Duration.minutes(5),
    });
    this.allowScheduleWrites(reconcile);
    pipeline.scheduleJob('ReconcileSchedulesEveryHour', reconcile.live, Duration.hours(1));
    pipeline.onAsyncFailure(reconcile.live, 'ReconcileFailures');

    // POST /v1/evaluations starts a run from the operations function (it never delivers).
    pipeline.evaluateQueue.grantSendMessages(functions.operations);

    this.api = new SignalsApi(this, 'Api', {
      routes: ROUTES,
      functions,
      jwt: config.jwt,
      logRetention,
      accessLogRetention: config.accessLogRetentionDays as RetentionDays,
      key,
      allowOrigin: config.appUrl,
      throttle: config.throttle,
      ...(config.apiDomain ? { domain: config.apiDomain } : {}),
    });

    // Each function gets the settings it reads (FUNCTION_ENV), now that everything they name exists.
    const all = [...pipeline.functions, ...apiFunctions];
    const stored = pipeline.stored;
    const values: Partial<Record<EnvName, string>> = {
      TABLE_NAME: table.tableName,
      APP_URL: config.appUrl,
      // The unsubscribe links in every digest: the API's own domain, or its endpoint.
      API_URL: this.api.url,
      SENDER_DOMAINS: config.senderDomains.join(','),
      DEFAULT_SENDER_ADDRESS: `signalen@${config.sesIdentity}`,
      DEFAULT_SENDER_NAME: 'Signaleringen',
      SES_CONFIGURATION_SET: configurationSetName,
      EVALUATE_QUEUE_URL: pipeline.evaluateQueue.queueUrl,
      DELIVER_QUEUE_URL: pipeline.deliverQueue.queueUrl,
      SCHEDULE_GROUP: stored.group.scheduleGroupName,
      DISPATCH_FUNCTION_ARN: stored.dispatchArn,
      SCHEDULER_ROLE_ARN: stored.role.roleArn,
      SCHEDULE_DLQ_ARN: stored.deadLetterArn,
      WEBHOOK_QUEUE_URL: events.webhookQueue.queueUrl,
      EVENT_BUS_NAME: events.bus.eventBusName,
    };
    for (const f of all) f.provideEnvironment(values);

    // Last but one: its alarm topic is wired to every alarm made above.
    this.monitoring = new SignalsMonitoring(this, 'Monitoring', {
      stage: config.stage,
      api: this.api.api,
      alarmSubscribers: config.alarmSubscribers,
      key,
      functions: all,
      // The work queues whose age says the pipeline lags (webhook retries wait on purpose: not that one).
      queues: [pipeline.evaluateQueue, pipeline.deliverQueue],
      undelivered: pipeline.deadLetterQueue('AlarmMailFailures'),
      streamConsumer: pipeline.changesFunction.fn,
    });
    // What `npm run smoke` starts from after a deploy (infra/smoke).
    const outputs: Record<(typeof SMOKE_OUTPUTS)[number], string> = {
      ApiUrl: this.api.url,
      TableName: table.tableName,
      ScheduleGroupName: stored.group.scheduleGroupName,
      ConfigurationSetName: configurationSetName,
      Sender: values.DEFAULT_SENDER_ADDRESS!,
      SmokeAlarm: this.monitoring.noCompletedRun.alarmName,
    };
    for (const [name, value] of Object.entries(outputs)) {
      if (name !== 'ApiUrl') new CfnOutput(this, name, { value, description: 'Read by npm run smoke' });
    }
    // Every function goes live through CodeDeploy, rolled back by its alarms.
    this.deployments = new SignalsDeployments(this, 'Deployments', {
      functions: all,
      apiFunctions,
      errorAlarmOf: (f) => this.monitoring.errorAlarms.get(f)!,
      apiAlarms: [this.monitoring.apiErrorRate],
      deployment: config.deployment,
    });
  }

  /** Lets a function write schedules in the stage's group only, and pass the scheduler role only to Scheduler. */
  private allowScheduleWrites(f: SignalsFunction) {
    const stored = this.pipeline.stored;
    const schedules = Stack.of(this).formatArn({
      service: 'scheduler',
      resource: 'schedule',
      resourceName: `${stored.group.scheduleGroupName}/*`,
    });
    f.fn.addToRolePolicy(
      new PolicyStatement({
        actions: [
          'scheduler:CreateSchedule',
          'scheduler:UpdateSchedule',
          'scheduler:DeleteSchedule',
          'scheduler:GetSchedule',
        ],
        resources: [schedules],
      }),
    );
    f.fn.addToRolePolicy(new PolicyStatement({ actions: ['scheduler:ListSchedules'], resources: ['*'] }));
    f.fn.addToRolePolicy(
      new PolicyStatement({
        actions: ['iam:PassRole'],
        resources: [stored.role.roleArn],
        conditions: { StringEquals: { 'iam:PassedToService': 'scheduler.amazonaws.com' } },
      }),
    );
    Validations.of(f).acknowledge(
      {
        id: 'AwsSolutions-IAM5[Resource::*]',
        reason:
          'scheduler:ListSchedules has no resource-level permissions; the list is narrowed by group and name prefix in the call.',
      },
      {
        // The ARN as the finding spells it: literal, since the partition is known (enablePartitionLiterals).
        id: `AwsSolutions-IAM5[Resource::${Stack.of(this).resolve(schedules)}]`,
        reason:
          'Schedule writes are limited to the stage group; a schedule per stored moment is named at runtime.',
      },
    );
  }
}
