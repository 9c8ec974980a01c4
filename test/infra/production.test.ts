import { readFileSync } from 'node:fs';
import { App, Validations } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { CURRENTLY_RECOMMENDED_FLAGS } from 'aws-cdk-lib/cx-api';
import type { IConstruct } from 'constructs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../infra/bin/app.js';
import { stageParameters } from '../../infra/config/parameters.js';
import { stageConfig, stageConfigSchema } from '../../infra/config/stages.js';
import { EVALUATIONS_ROUTE } from '../../infra/constructs/signals-api.js';
import { WEBHOOK_CONCURRENCY } from '../../infra/constructs/signals-events.js';
import { SIGNAL_INPUTS } from '../../shared/app/pipeline/reevaluate-changes.js';

type Resource = { Properties: Record<string, any> };
interface Statement {
  roles: Array<{ Ref: string }>;
  Action: string | string[];
  Resource: unknown;
}

const build = (stage = 'dev', policyChecks = false) =>
  buildApp(
    new App({ context: { stage, 'aws:cdk:bundling-stacks': [], 'signals:policyChecks': policyChecks } }),
  );

let built: ReturnType<typeof build>;
let data: Template;
let mail: Template;
let app: Template;
const config = stageConfig('dev');

beforeAll(() => {
  built = build();
  data = Template.fromStack(built.data);
  mail = Template.fromStack(built.mail);
  app = Template.fromStack(built.appStack);
});

const resources = (t: Template, type: string) => Object.values(t.findResources(type)) as Resource[];
const statementsOf = (t: Template): Statement[] =>
  resources(t, 'AWS::IAM::Policy').flatMap((p) =>
    (p.Properties.PolicyDocument.Statement as Array<Omit<Statement, 'roles'>>).map((s) => ({
      roles: p.Properties.Roles,
      ...s,
    })),
  );
const actionsOf = (s: { Action: string | string[] }) => (Array.isArray(s.Action) ? s.Action : [s.Action]);

describe('Production infrastructure: limits', () => {
  it('throttles the stage, starting an evaluation more strictly, and allows the app origin only', () => {
    app.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      DefaultRouteSettings: {
        ThrottlingRateLimit: config.throttle.api.rateLimit,
        ThrottlingBurstLimit: config.throttle.api.burstLimit,
      },
      RouteSettings: {
        [EVALUATIONS_ROUTE]: {
          ThrottlingRateLimit: config.throttle.evaluations.rateLimit,
          ThrottlingBurstLimit: config.throttle.evaluations.burstLimit,
        },
      },
    });
    expect(config.throttle.evaluations.rateLimit).toBeLessThan(config.throttle.api.rateLimit);
    app.hasResourceProperties('AWS::ApiGatewayV2::Api', {
      CorsConfiguration: { AllowOrigins: [config.appUrl] },
    });
  });

  it('bounds each queue consumer: evaluate from the stage config, deliver from the SES send rate, webhooks fixed', () => {
    const concurrency = resources(app, 'AWS::Lambda::EventSourceMapping')
      .filter((m) => m.Properties.ScalingConfig)
      .map((m) => m.Properties.ScalingConfig.MaximumConcurrency)
      .sort((a, b) => a - b);
    expect(concurrency).toEqual(
      [
        config.evaluateConcurrency,
        Math.max(2, Math.floor(config.sesMaxSendRate / 10)),
        WEBHOOK_CONCURRENCY,
      ].sort((a, b) => a - b),
    );
  });

  it('has one API Gateway invoke permission per function (not per route, nor one more for $default)', () => {
    expect(resources(app, 'AWS::ApiGatewayV2::Route').map((r) => r.Properties.RouteKey)).toContain(
      '$default',
    );
    const fromApi = resources(app, 'AWS::Lambda::Permission').filter(
      (p) => p.Properties.Principal === 'apigateway.amazonaws.com',
    );
    expect(fromApi).toHaveLength(5);
    // Each covers every route and method of the API (`$default` among them), not one route key.
    for (const p of fromApi) {
      const parts = p.Properties.SourceArn['Fn::Join'][1] as unknown[];
      expect(parts.at(-1)).toBe('/*/*/*');
    }
    // The function that $default reaches has one of them.
    const fallback = resources(app, 'AWS::ApiGatewayV2::Route').find(
      (r) => r.Properties.RouteKey === '$default',
    )!;
    const [, integration] = Object.entries(app.findResources('AWS::ApiGatewayV2::Integration')).find(([id]) =>
      JSON.stringify(fallback.Properties.Target).includes(id),
    )!;
    const target = JSON.stringify(integration.Properties.IntegrationUri);
    expect(fromApi.some((p) => target.includes(p.Properties.FunctionName.Ref))).toBe(true);
  });
});

describe('Production infrastructure: failure paths', () => {
  it('sends asynchronous failures of dispatch, sweep, reconcile and the SES events handler to a queue', () => {
    const configs = resources(app, 'AWS::Lambda::EventInvokeConfig');
    expect(configs).toHaveLength(4);
    // On the live alias (the qualifier is the alias's name, read from its ARN).
    const aliasOf = (c: Resource) => c.Properties.Qualifier['Fn::Select'][1]['Fn::Split'][1].Ref as string;
    for (const c of configs) {
      expect(c.Properties.MaximumRetryAttempts).toBe(2);
      expect(c.Properties.DestinationConfig.OnFailure.Destination).toBeDefined();
    }
    // Every alias that Scheduler invokes (asynchronously) has one: none of their failures is dropped.
    const configured = new Set(configs.map(aliasOf));
    for (const s of resources(app, 'AWS::Scheduler::Schedule')) {
      expect(configured, s.Properties.Description).toContain(s.Properties.Target.Arn.Ref);
    }
  });

  it('gives every SNS subscription a redrive policy', () => {
    const subscriptions = resources(app, 'AWS::SNS::Subscription');
    expect(subscriptions.map((s) => s.Properties.Protocol).sort()).toEqual(['email', 'lambda']);
    for (const s of subscriptions) expect(s.Properties.RedrivePolicy?.deadLetterTargetArn).toBeDefined();
  });

  it("passes each static firing's due time to dispatch, so a retried firing resumes its run", () => {
    const inputs = resources(app, 'AWS::Scheduler::Schedule')
      .map((s) => s.Properties.Target.Input as string | undefined)
      .filter((input): input is string => Boolean(input));
    expect(inputs.length).toBeGreaterThan(0);
    for (const input of inputs)
      expect(JSON.parse(input).scheduledTime).toBe('<aws.scheduler.scheduled-time>');
  });
});

describe('Production infrastructure: alarms reach someone', () => {
  it('alarms on every dead-letter queue, every function (errors, throttles) and the age of the work queues', () => {
    const alarms = resources(app, 'AWS::CloudWatch::Alarm');
    const descriptions = alarms.map((a) => a.Properties.AlarmDescription as string);
    const queues = resources(app, 'AWS::SQS::Queue');
    const dlqs = queues.filter((q) => !q.Properties.RedrivePolicy);
    expect(descriptions.filter((d) => d.includes('dead-letter queue'))).toHaveLength(dlqs.length);
    const functions = resources(app, 'AWS::Lambda::Function').filter(
      (f) => f.Properties.Handler === 'index.handler',
    );
    expect(alarms.filter((a) => a.Properties.MetricName === 'Errors')).toHaveLength(functions.length);
    expect(alarms.filter((a) => a.Properties.MetricName === 'Throttles')).toHaveLength(functions.length);
    expect(alarms.filter((a) => a.Properties.MetricName === 'ApproximateAgeOfOldestMessage')).toHaveLength(2);
    for (const alarm of alarms) expect(alarm.Properties.AlarmActions).toHaveLength(1);
  });
});

describe('Production infrastructure: mail identity', () => {
  it('keeps the SES identity in the long-lived mail stack, with a custom MAIL FROM and the DNS records as outputs', () => {
    app.resourceCountIs('AWS::SES::EmailIdentity', 0);
    mail.hasResourceProperties('AWS::SES::EmailIdentity', {
      EmailIdentity: config.sesIdentity,
      MailFromAttributes: {
        MailFromDomain: `mail.${config.sesIdentity}`,
        BehaviorOnMxFailure: 'REJECT_MESSAGE',
      },
    });
    const outputs = Object.keys(mail.findOutputs('*'));
    expect(outputs.filter((o) => o.includes('DkimRecord'))).toHaveLength(3);
    expect(outputs.some((o) => o.includes('MailFromMx'))).toBe(true);
  });

  it('requires TLS, keeps reputation metrics and suppresses bounces and complaints on the configuration set', () => {
    mail.hasResourceProperties('AWS::SES::ConfigurationSet', {
      DeliveryOptions: { TlsPolicy: 'REQUIRE' },
      ReputationOptions: { ReputationMetricsEnabled: true },
      SuppressionOptions: { SuppressedReasons: ['BOUNCE', 'COMPLAINT'] },
    });
  });
});

describe('Production infrastructure: least privilege', () => {
  it('writes logs only to each function’s own log group, with no managed basic execution role', () => {
    for (const role of resources(app, 'AWS::IAM::Role')) {
      expect(JSON.stringify(role.Properties.ManagedPolicyArns ?? [])).not.toContain(
        'AWSLambdaBasicExecutionRole',
      );
    }
    const logStatements = resources(app, 'AWS::IAM::Role').flatMap((r) =>
      (r.Properties.Policies ?? []).flatMap((p: Resource['Properties']) => p.PolicyDocument.Statement),
    );
    const functions = resources(app, 'AWS::Lambda::Function').filter(
      (f) => f.Properties.Handler === 'index.handler',
    );
    expect(logStatements).toHaveLength(functions.length);
    for (const s of logStatements) {
      expect(s.Action).toEqual(['logs:CreateLogStream', 'logs:PutLogEvents']);
      expect(s.Resource['Fn::GetAtt'][1]).toBe('Arn');
    }
  });

  it('lets only evaluate and the sweeper send to the deliver queue, and the reconcile job only read the table', () => {
    const [deliverQueue] = Object.keys(
      app.findResources('AWS::SQS::Queue', { Properties: { VisibilityTimeout: 360 } }),
    );
    const senders = statementsOf(app)
      .filter((s) => actionsOf(s).includes('sqs:SendMessage'))
      .filter((s) => JSON.stringify(s.Resource).includes(deliverQueue!))
      .flatMap((s) => s.roles.map((r) => r.Ref));
    expect(
      senders.every((r: string) => /Evaluate|Sweep/.test(r)),
      senders.join(),
    ).toBe(true);
    expect(senders).toHaveLength(2);
    const reconcile = statementsOf(app).filter((s) =>
      s.roles.some((r) => r.Ref.startsWith('PipelineReconcile')),
    );
    const tableActions = reconcile.flatMap(actionsOf).filter((a) => a.startsWith('dynamodb:'));
    expect(tableActions.length).toBeGreaterThan(0);
    expect(tableActions.filter((a) => /Put|Update|Delete|Write/.test(a))).toEqual([]);
  });
});

describe('Production infrastructure: data protection and stack hygiene', () => {
  it('encrypts the table, every queue and every topic with the stage key, which rotates', () => {
    data.hasResourceProperties('AWS::KMS::Key', { EnableKeyRotation: true });
    data.hasResourceProperties('AWS::DynamoDB::GlobalTable', {
      SSESpecification: { SSEEnabled: true, SSEType: 'KMS' },
      Replicas: [{ ContributorInsightsSpecification: { Enabled: true } }],
    });
    for (const q of resources(app, 'AWS::SQS::Queue')) expect(q.Properties.KmsMasterKeyId).toBeDefined();
    for (const t of [...resources(app, 'AWS::SNS::Topic'), ...resources(mail, 'AWS::SNS::Topic')]) {
      expect(t.Properties.KmsMasterKeyId).toBeDefined();
    }
  });

  it('shares through SSM parameters, not exports, so either side can be replaced', () => {
    for (const t of [data, mail, app]) expect(JSON.stringify(t.toJSON())).not.toContain('Fn::ImportValue');
    const names = stageParameters('dev');
    const written = [
      ...resources(data, 'AWS::SSM::Parameter'),
      ...resources(mail, 'AWS::SSM::Parameter'),
    ].map((p) => p.Properties.Name);
    expect(written.sort()).toEqual(
      [
        names.tableArn,
        names.tableStreamArn,
        names.keyArn,
        names.configurationSetName,
        names.mailEventsTopicArn,
      ].sort(),
    );
  });

  it('sets every feature flag this CDK recommends, for the CLI and for an App made in a test alike', () => {
    const context = JSON.parse(readFileSync(new URL('../../cdk.json', import.meta.url), 'utf8')).context;
    const unset = Object.entries(CURRENTLY_RECOMMENDED_FLAGS)
      .filter(([flag, recommended]) => recommended !== false && !(flag in context))
      .map(([flag]) => flag);
    expect(unset).toEqual([]);
    expect(built.app.node.tryGetContext('@aws-cdk/core:enablePartitionLiterals')).toBe(true);
  });

  it('refuses a log retention CloudWatch does not offer, and protects the prod data and mail stacks', () => {
    expect(stageConfigSchema.safeParse({ ...config, logRetentionDays: 42 }).success).toBe(false);
    expect(stageConfigSchema.safeParse({ ...config, logRetentionDays: 545 }).success).toBe(true);
    const prod = build('prod');
    expect(prod.data.terminationProtection).toBe(true);
    expect(prod.mail.terminationProtection).toBe(true);
    expect(prod.appStack.terminationProtection).toBe(false);
  });

  it('passes the AwsSolutions and Serverless nag packs and the Control Tower rules, with no acknowledgement on a whole stack', () => {
    const fresh = build('dev', true);
    expect(() => fresh.app.synth()).not.toThrow();
    const onStacks = [fresh.data, fresh.mail, fresh.appStack].flatMap((stack) =>
      stack.node.metadata.filter((m) => m.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY),
    );
    expect(onStacks).toEqual([]);
    const acknowledged = (c: IConstruct): unknown[] => [
      ...c.node.metadata.filter((m) => m.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY),
      ...c.node.children.flatMap(acknowledged),
    ];
    expect(acknowledged(fresh.app).length).toBeGreaterThan(0);
  });
});

describe('Changes take effect in seconds: the stream consumer', () => {
  it('streams new and old images, and invokes the consumer for signal inputs only, retrying in halves, with a DLQ', () => {
    data.hasResourceProperties('AWS::DynamoDB::GlobalTable', {
      StreamSpecification: { StreamViewType: 'NEW_AND_OLD_IMAGES' },
    });
    const stream = resources(app, 'AWS::Lambda::EventSourceMapping').find(
      (m) => m.Properties.StartingPosition,
    );
    if (!stream) throw new Error('no stream event source');
    expect(stream.Properties).toMatchObject({
      StartingPosition: 'LATEST',
      BisectBatchOnFunctionError: true,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      MaximumRetryAttempts: 5,
      ParallelizationFactor: 1,
    });
    expect(stream.Properties.DestinationConfig.OnFailure.Destination).toBeDefined();
    const patterns = (stream.Properties.FilterCriteria.Filters as Array<{ Pattern: string }>).map((f) =>
      JSON.parse(f.Pattern),
    );
    const kinds = [...SIGNAL_INPUTS.employer, ...SIGNAL_INPUTS.provider];
    expect(patterns[0].dynamodb.NewImage.entity.S).toEqual(kinds);
    expect(patterns[1]).toMatchObject({
      eventName: ['REMOVE'],
      dynamodb: { OldImage: { entity: { S: kinds } } },
    });
    // Its own writes (signals, ledgers, digests, runs) are no input: they never invoke it again.
    for (const own of ['signal', 'signalLedger', 'run', 'digest']) expect(kinds).not.toContain(own);
  });

  it('reads the stream on its ARN only (its two consumers), and alarms when changes wait over a minute', () => {
    const streamRead = statementsOf(app).filter((s) => actionsOf(s).includes('dynamodb:GetRecords'));
    expect(streamRead).toHaveLength(2);
    for (const read of streamRead) {
      // The stream ARN comes from its SSM parameter (a CloudFormation parameter of that name).
      expect(JSON.stringify(read.Resource)).toMatch(/SsmParameterValuesignalsdevtablestreamarn/);
    }
    const readers = streamRead.flatMap((s) => s.roles.map((r) => r.Ref));
    expect(readers.filter((r) => r.startsWith('PipelineChanges'))).toHaveLength(1);
    expect(readers.filter((r) => r.startsWith('PipelineSignalEvents'))).toHaveLength(1);
    app.hasResourceProperties('AWS::CloudWatch::Alarm', { MetricName: 'IteratorAge', Threshold: 60_000 });
  });
});
