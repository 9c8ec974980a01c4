import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../infra/bin/app.js';
import { UNMATCHED_ROUTES_AREA } from '../../infra/constructs/signals-api.js';
import { TABLE_DEFINITION } from '../../shared/adapters/dynamodb/table-definition.js';
import { MAX_RECEIVES } from '../../shared/config/queues.js';
import { ROUTES } from '../../shared/http/routes.js';

let data: Template;
let app: Template;

beforeAll(() => {
  // Skip esbuild bundling: these tests assert the template, not the bundles.
  const built = buildApp(
    new App({ context: { 'aws:cdk:bundling-stacks': [], 'signals:policyChecks': false } }),
  );
  data = Template.fromStack(built.data);
  app = Template.fromStack(built.appStack);
});

describe('Stack: data', () => {
  it('creates the one table from the table definition, with PITR, TTL and deletion protection', () => {
    data.resourceCountIs('AWS::DynamoDB::GlobalTable', 1);
    data.hasResourceProperties('AWS::DynamoDB::GlobalTable', {
      KeySchema: [
        { AttributeName: TABLE_DEFINITION.partitionKey, KeyType: 'HASH' },
        { AttributeName: TABLE_DEFINITION.sortKey, KeyType: 'RANGE' },
      ],
      TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
      Replicas: [
        Match.objectLike({
          PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
          DeletionProtectionEnabled: true,
        }),
      ],
      GlobalSecondaryIndexes: TABLE_DEFINITION.globalSecondaryIndexes.map((g) =>
        Match.objectLike({
          IndexName: g.indexName,
          KeySchema: [
            { AttributeName: g.partitionKey, KeyType: 'HASH' },
            { AttributeName: g.sortKey, KeyType: 'RANGE' },
          ],
        }),
      ),
    });
  });
});

describe('Stack: app', () => {
  it('creates a JWT authorizer with the stage issuer and audience', () => {
    app.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      AuthorizerType: 'JWT',
      IdentitySource: ['$request.header.Authorization'],
      JwtConfiguration: { Issuer: 'https://auth.dev.example.nl/', Audience: ['signals-api'] },
    });
  });

  it('creates exactly the routes of the routes table, protected unless public, and a public $default for the rest', () => {
    const routes = app.findResources('AWS::ApiGatewayV2::Route');
    const byKey = new Map(
      Object.values(routes).map((r) => [
        r.Properties.RouteKey as string,
        r.Properties as Record<string, unknown>,
      ]),
    );
    expect([...byKey.keys()].sort()).toEqual(
      [...ROUTES.map((r) => `${r.method} ${r.path}`), '$default'].sort(),
    );
    for (const route of ROUTES) {
      const props = byKey.get(`${route.method} ${route.path}`)!;
      expect(props.AuthorizationType ?? 'NONE', route.path).toBe(
        route.access.kind === 'public' ? 'NONE' : 'JWT',
      );
    }
    // What no route matches goes, without a token, to the function whose handler knows every
    // route (404 or 405 problems, as locally): the same integration as its own routes.
    const fallback = byKey.get('$default')!;
    expect(fallback.AuthorizationType ?? 'NONE').toBe('NONE');
    const own = ROUTES.find((r) => r.area === UNMATCHED_ROUTES_AREA)!;
    expect(fallback.Target).toEqual(byKey.get(`${own.method} ${own.path}`)!.Target);
  });

  it('runs every function on the newest Node.js runtime, arm64', () => {
    const functions = Object.values(app.findResources('AWS::Lambda::Function'));
    expect(functions.length).toBeGreaterThanOrEqual(5);
    for (const f of functions) {
      expect(f.Properties.Runtime).toBe('nodejs24.x');
      expect(f.Properties.Architectures).toEqual(['arm64']);
    }
  });

  it('grants table access on named ARNs only, never a wildcard resource', () => {
    const policies = Object.values(app.findResources('AWS::IAM::Policy'));
    for (const p of policies) {
      for (const statement of p.Properties.PolicyDocument.Statement) {
        const actions = [statement.Action].flat() as string[];
        if (actions.some((a) => a.startsWith('dynamodb:'))) {
          expect(JSON.stringify(statement.Resource)).not.toContain('index/*');
          expect(statement.Resource).not.toBe('*');
        }
      }
    }
  });
});

describe('Stack: app (pipeline)', () => {
  it('creates one schedule per moment, Europe/Amsterdam, flexible window off, with retries and a DLQ', async () => {
    const { MOMENTS } = await import('../../shared/config/moments.js');
    const schedules = Object.values(app.findResources('AWS::Scheduler::Schedule')).filter((s) =>
      String(s.Properties.Description).includes('moment'),
    );
    expect(schedules).toHaveLength(MOMENTS.length);
    for (const s of schedules) {
      expect(s.Properties.FlexibleTimeWindow).toEqual({ Mode: 'OFF' });
      expect(s.Properties.ScheduleExpressionTimezone).toBe('Europe/Amsterdam');
      expect(s.Properties.ScheduleExpression).toBe('cron(0 6 * * ? *)');
      expect(s.Properties.Target.RetryPolicy.MaximumRetryAttempts).toBe(3);
      expect(s.Properties.Target.DeadLetterConfig.Arn).toBeDefined();
    }
  });

  it('consumes the queues with partial batch failures, and every work queue has a DLQ', () => {
    const sources = Object.values(app.findResources('AWS::Lambda::EventSourceMapping')).filter(
      (s) => !s.Properties.StartingPosition,
    );
    expect(sources).toHaveLength(3);
    for (const s of sources) expect(s.Properties.FunctionResponseTypes).toEqual(['ReportBatchItemFailures']);
    const queues = Object.values(app.findResources('AWS::SQS::Queue'));
    // Redrive after the receives the consumers count as their last attempt (shared/config/queues.ts).
    expect(
      queues
        .map((q) => q.Properties.RedrivePolicy?.maxReceiveCount)
        .filter(Boolean)
        .sort(),
    ).toEqual([MAX_RECEIVES.evaluate, MAX_RECEIVES.deliver, MAX_RECEIVES.webhooks].sort());
    app.resourcePropertiesCountIs(
      'AWS::CloudWatch::Alarm',
      { AlarmDescription: Match.stringLikeRegexp('dead-letter queue') },
      // Evaluate, deliver, webhooks, the schedules, dispatch's, sweep's, reconcile's, the two
      // stream consumers' and the SES events' failures, undelivered alarm mails.
      11,
    );
  });

  it('mirrors stored moments in the stage group: the settings function writes only there and passes only the scheduler role', () => {
    app.resourceCountIs('AWS::Scheduler::ScheduleGroup', 1);
    const role = Object.entries(app.findResources('AWS::IAM::Role')).find(
      ([, r]) =>
        JSON.stringify(r.Properties.AssumeRolePolicyDocument).includes('scheduler.amazonaws.com') &&
        JSON.stringify(r.Properties).includes('invoke the pipeline functions'),
    );
    expect(role).toBeDefined();
    const [group] = Object.values(app.findResources('AWS::Scheduler::ScheduleGroup'));
    const policies = JSON.stringify(app.findResources('AWS::IAM::Policy'));
    expect(policies).toContain(`schedule/${group!.Properties.Name}/*`);
    const passRole = Object.values(app.findResources('AWS::IAM::Policy'))
      .flatMap((p) => p.Properties.PolicyDocument.Statement)
      .filter((st: { Action: unknown }) => st.Action === 'iam:PassRole');
    // The settings function and the reconcile job, each passing only the scheduler role.
    expect(passRole).toHaveLength(2);
    for (const st of passRole) {
      expect(st.Resource).toEqual({ 'Fn::GetAtt': [role![0], 'Arn'] });
      expect(st.Condition).toEqual({ StringEquals: { 'iam:PassedToService': 'scheduler.amazonaws.com' } });
    }
    // The reconcile job repairs drift every hour.
    app.hasResourceProperties('AWS::Scheduler::Schedule', { ScheduleExpression: 'rate(1 hour)' });
  });

  it('sweeps runs left running every 15 minutes, and alarms on each one it closes', () => {
    app.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: 'rate(15 minutes)',
      FlexibleTimeWindow: { Mode: 'OFF' },
    });
    app.hasResourceProperties('AWS::Logs::MetricFilter', {
      FilterPattern: '{ $.message = "run closed as failed by the sweeper" }',
      MetricTransformations: [
        Match.objectLike({ MetricNamespace: 'Signals', MetricName: 'RunsClosedBySweeper' }),
      ],
    });
    app.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'RunsClosedBySweeper',
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
    });
  });

  it('allows ses:SendEmail only on the stage identity and configuration set', () => {
    const statements = Object.values(app.findResources('AWS::IAM::Policy')).flatMap(
      (p) => p.Properties.PolicyDocument.Statement,
    );
    // Digests (deliver) and the notice of a deactivated webhook endpoint (webhooks).
    const ses = statements.filter((s) => [s.Action].flat().includes('ses:SendEmail'));
    expect(ses).toHaveLength(2);
    for (const statement of ses) {
      expect(JSON.stringify(statement.Resource)).toContain('identity/dev.example.nl');
      expect(JSON.stringify(statement.Resource)).not.toContain('"*"');
    }
  });
});

describe('Stack: app, operable', () => {
  it('has the runbook alarms, and every alarm acts on the stage alarm topic', () => {
    const alarms = Object.values(app.findResources('AWS::CloudWatch::Alarm')) as Array<{
      Properties: { AlarmDescription: string; AlarmActions?: unknown[] };
    }>;
    const descriptions = alarms.map((a) => a.Properties.AlarmDescription).join('\n');
    for (const words of [
      'No evaluation run completed in 26 hours',
      'counted employers as failed',
      'dead-letter queue',
      'SES bounce rate over 5%',
      'SES complaint rate over 0.1%',
      'Over 1% of API requests answered 5xx',
      'API p99 latency over 1 s',
    ]) {
      expect(descriptions).toContain(words);
    }
    const [topic] = Object.keys(
      app.findResources('AWS::SNS::Topic', { Properties: { DisplayName: 'Signals dev alarms' } }),
    );
    expect(topic).toBeDefined();
    for (const alarm of alarms) expect(alarm.Properties.AlarmActions).toEqual([{ Ref: topic }]);
    app.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'signals-dev-alarms@example.nl',
    });
  });

  it('has a dashboard of runs, digests and the API, and traces every function', () => {
    const [dashboard] = Object.values(app.findResources('AWS::CloudWatch::Dashboard')) as Array<{
      Properties: { DashboardBody: unknown };
    }>;
    const body = JSON.stringify(dashboard!.Properties.DashboardBody);
    for (const name of [
      'RunDuration',
      'EmployersFailed',
      'SignalsCreated',
      'DigestsSent',
      'DigestsFailed',
      'Latency',
      '5xx',
      'EventsUnescalated',
    ]) {
      expect(body).toContain(name);
    }
    // Unescalated legal deadlines, from both places that escalate: runs and changes.
    expect(body).toContain('signals-evaluate');
    expect(body).toContain('signals-changes');
    const functions = Object.values(app.findResources('AWS::Lambda::Function')) as Array<{
      Properties: { TracingConfig?: { Mode: string }; Handler: string };
    }>;
    const ours = functions.filter((f) => f.Properties.Handler === 'index.handler');
    expect(ours.length).toBe(14);
    for (const f of ours) expect(f.Properties.TracingConfig).toEqual({ Mode: 'Active' });
  });
});

describe('Stack: app, signal events', () => {
  it('gives the events to the stage bus, archived, and lets only the events function put there', () => {
    const [bus] = Object.entries(app.findResources('AWS::Events::EventBus'));
    expect(bus![1].Properties.Name).toBe('signals-dev');
    app.hasResourceProperties('AWS::Events::Archive', {
      SourceArn: { 'Fn::GetAtt': [bus![0], 'Arn'] },
      EventPattern: { source: ['signals'] },
    });
    const policies = Object.values(app.findResources('AWS::IAM::Policy')) as Array<{
      Properties: {
        Roles: Array<{ Ref: string }>;
        PolicyDocument: { Statement: Array<{ Action: string | string[]; Resource: unknown }> };
      };
    }>;
    const putters = policies.filter((p) =>
      p.Properties.PolicyDocument.Statement.some((s) => [s.Action].flat().includes('events:PutEvents')),
    );
    expect(putters.flatMap((p) => p.Properties.Roles.map((r) => r.Ref))).toEqual([
      expect.stringMatching(/^PipelineSignalEvents/),
    ]);
    const put = putters[0]!.Properties.PolicyDocument.Statement.find((s) =>
      [s.Action].flat().includes('events:PutEvents'),
    )!;
    expect(put.Resource).toEqual({ 'Fn::GetAtt': [bus![0], 'Arn'] });
  });

  it('lets the events function, the webhooks function and the settings API (test, retry) send to the webhook queue, and only the webhooks function consume it', () => {
    const queues = Object.entries(app.findResources('AWS::SQS::Queue'));
    const [webhookQueue] = queues.find(([id]) => id.startsWith('EventsWebhookQueue') && !id.includes('Dlq'))!;
    const policies = Object.values(app.findResources('AWS::IAM::Policy')) as Array<{
      Properties: {
        Roles: Array<{ Ref: string }>;
        PolicyDocument: { Statement: Array<{ Action: string | string[]; Resource: unknown }> };
      };
    }>;
    const rolesWith = (action: string) =>
      policies
        .filter((p) =>
          p.Properties.PolicyDocument.Statement.some(
            (s) => [s.Action].flat().includes(action) && JSON.stringify(s.Resource).includes(webhookQueue),
          ),
        )
        .flatMap((p) => p.Properties.Roles.map((r) => r.Ref.replace(/ServiceRole.*$/, '')))
        .sort();
    expect(rolesWith('sqs:SendMessage')).toEqual([
      expect.stringMatching(/^PipelineSignalEvents/),
      expect.stringMatching(/^PipelineWebhooks/),
      expect.stringMatching(/^settingsApi/),
    ]);
    expect(rolesWith('sqs:ReceiveMessage')).toEqual([expect.stringMatching(/^PipelineWebhooks/)]);
    // The stream consumer sees only signals, events' states and runs.
    const streamSources = Object.values(app.findResources('AWS::Lambda::EventSourceMapping')).filter(
      (s) =>
        s.Properties.StartingPosition && JSON.stringify(s.Properties.FilterCriteria).includes('eventState'),
    );
    expect(streamSources).toHaveLength(1);
  });
});

describe('Stack: app, signal events: the relations between the resources', () => {
  type Statement = { Action: string | string[]; Resource: unknown };
  const resources = () => app.toJSON().Resources as Record<string, { Type: string; Properties: any }>;
  /** Each role's statements, by the role's logical id. */
  const statementsByRole = () => {
    const byRole = new Map<string, Statement[]>();
    for (const r of Object.values(resources())) {
      if (r.Type !== 'AWS::IAM::Policy') continue;
      for (const role of r.Properties.Roles as Array<{ Ref: string }>) {
        byRole.set(role.Ref, [...(byRole.get(role.Ref) ?? []), ...r.Properties.PolicyDocument.Statement]);
      }
    }
    return byRole;
  };
  const allows = (statements: Statement[], action: string, resource: unknown) =>
    statements.some(
      (s) =>
        [s.Action]
          .flat()
          .some((a) => a === action || (a.endsWith('*') && action.startsWith(a.slice(0, -1)))) &&
        JSON.stringify(s.Resource).includes(JSON.stringify(resource)),
    );
  const webhookQueue = () =>
    Object.entries(resources()).find(
      ([id, r]) => r.Type === 'AWS::SQS::Queue' && /^EventsWebhookQueue(?!Dlq)/.test(id),
    )!;

  it('lets every role that sends to the webhook queue encrypt with its key, and the consumer decrypt', () => {
    const [queueId, queue] = webhookQueue();
    const key = queue.Properties.KmsMasterKeyId;
    expect(key).toBeDefined();
    const roles = statementsByRole();
    const senders = [...roles].filter(([, s]) =>
      allows(s, 'sqs:SendMessage', { 'Fn::GetAtt': [queueId, 'Arn'] }),
    );
    expect(senders.map(([role]) => role.replace(/Role.*$/, '')).sort()).toEqual([
      'PipelineSignalEvents',
      'PipelineWebhooks',
      'settingsApi',
    ]);
    for (const [role, s] of senders) expect(allows(s, 'kms:GenerateDataKey', key), role).toBe(true);
    const [consumer] = [...roles].filter(([, s]) =>
      allows(s, 'sqs:ReceiveMessage', { 'Fn::GetAtt': [queueId, 'Arn'] }),
    );
    expect(allows(consumer![1], 'kms:Decrypt', key)).toBe(true);
  });

  it('gives each function the very queue and bus it is granted: its environment names them', () => {
    const [queueId] = webhookQueue();
    const [busId] = Object.entries(resources()).find(([, r]) => r.Type === 'AWS::Events::EventBus')!;
    const functions = Object.values(resources()).filter((r) => r.Type === 'AWS::Lambda::Function');
    const envOf = (service: string) =>
      functions.find((f) => f.Properties.Environment?.Variables?.POWERTOOLS_SERVICE_NAME === service)!
        .Properties.Environment.Variables;
    for (const service of ['signals-signal-events', 'signals-webhooks', 'signals-settings']) {
      expect(JSON.stringify(envOf(service).WEBHOOK_QUEUE_URL), service).toContain(queueId);
    }
    expect(envOf('signals-signal-events').EVENT_BUS_NAME).toEqual({ Ref: busId });
  });
});
