import { App, type Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { configOf, FUNCTION_ENV, readEnv } from '../../functions/runtime/env.js';
import { buildApp } from '../../infra/bin/app.js';
import { stageConfig } from '../../infra/config/stages.js';
import { KEY_SERVICES } from '../../infra/stacks/data-stack.js';
import { zonePatterns } from '../../shared/adapters/dynamodb/partition-access.js';
import { type FunctionName, serviceNameOf, TABLE_ACCESS } from '../../shared/config/functions.js';

/**
 * Relations between resources that every template must keep, whatever is added later: each test
 * walks all resources of a kind, not today's list. These are the faults no check of one resource
 * sees (cdk-nag, cfn-guard): a stage created before its routes, a topic its publisher may not
 * publish to, a queue its writer's key refuses, a trigger that skips the deployed alias.
 */
type Json = Record<string, any>;
type Resources = Record<string, Json>;

const build = (stage: string) =>
  buildApp(new App({ context: { stage, 'aws:cdk:bundling-stacks': [], 'signals:policyChecks': false } }));
const stages = ['dev', 'prod'] as const;
const templates = {} as Record<(typeof stages)[number], { data: Resources; mail: Resources; app: Resources }>;

beforeAll(() => {
  for (const stage of stages) {
    const built = build(stage);
    const resources = (s: Stack) => Template.fromStack(s).toJSON().Resources as Resources;
    templates[stage] = {
      data: resources(built.data),
      mail: resources(built.mail),
      app: resources(built.appStack),
    };
  }
});

const ofType = (resources: Resources, type: string) =>
  Object.entries(resources).filter(([, r]) => r.Type === type);
const refOf = (value: unknown): string | undefined => {
  const v = value as Json | undefined;
  return v?.Ref ?? v?.['Fn::GetAtt']?.[0];
};
/** The logical ids a value refers to, however deep (an ARN built with Fn::Join, say). */
const refsIn = (value: unknown): string[] =>
  JSON.stringify(value ?? null)
    .match(/"(?:Ref|Fn::GetAtt)":\s*\[?"([^"]+)"/g)
    ?.map((m) => m.replace(/.*"([^"]+)"$/, '$1')) ?? [];
/** A condition value by its key, whatever its case (IAM condition keys are case-insensitive). */
const conditionValue = (s: Json, operator: string, key: string) =>
  Object.entries(s.Condition?.[operator] ?? {}).find(([k]) => k.toLowerCase() === key.toLowerCase())?.[1];
const dependsOn = (r: Json): string[] => [r.DependsOn ?? []].flat();
const statementsOf = (doc: Json): Json[] => [doc.Statement].flat();
const principalsOf = (s: Json): string[] => [s.Principal?.Service ?? []].flat();

describe.each(stages)('Invariants of the %s templates', (stage) => {
  it('a stage depends on every route its route settings name', () => {
    const { app } = templates[stage];
    const routes = new Map(
      ofType(app, 'AWS::ApiGatewayV2::Route').map(([id, r]) => [r.Properties.RouteKey, id]),
    );
    const stages = ofType(app, 'AWS::ApiGatewayV2::Stage');
    expect(stages.length).toBeGreaterThan(0);
    for (const [id, s] of stages) {
      for (const key of Object.keys(s.Properties.RouteSettings ?? {})) {
        expect(routes.has(key), `${id} names ${key}`).toBe(true);
        expect(dependsOn(s), `${id} must wait for ${key}`).toContain(routes.get(key));
      }
    }
  });

  it('every topic an alarm or SES publishes to lets that service publish', () => {
    const { app, mail } = templates[stage];
    const allows = (resources: Resources, topic: string, service: string) =>
      ofType(resources, 'AWS::SNS::TopicPolicy')
        .filter(([, p]) => p.Properties.Topics.some((t: unknown) => refOf(t) === topic))
        .flatMap(([, p]) => statementsOf(p.Properties.PolicyDocument))
        .some(
          (s) =>
            s.Effect === 'Allow' &&
            principalsOf(s).includes(service) &&
            [s.Action].flat().includes('sns:Publish') &&
            conditionValue(s, 'StringEquals', 'aws:SourceAccount'),
        );
    const hasPolicy = (resources: Resources, topic: string) =>
      ofType(resources, 'AWS::SNS::TopicPolicy').some(([, p]) =>
        p.Properties.Topics.some((t: unknown) => refOf(t) === topic),
      );
    const alarmTopics = new Set(
      ofType(app, 'AWS::CloudWatch::Alarm').flatMap(([, a]) => (a.Properties.AlarmActions ?? []).map(refOf)),
    );
    expect(alarmTopics.size).toBeGreaterThan(0);
    for (const topic of alarmTopics) {
      // A topic with a policy of its own has lost SNS's default one: it must allow CloudWatch.
      if (hasPolicy(app, topic!)) expect(allows(app, topic!, 'cloudwatch.amazonaws.com'), topic).toBe(true);
    }
    const sesTopics = ofType(mail, 'AWS::SES::ConfigurationSetEventDestination').map(([, d]) =>
      refOf(d.Properties.EventDestination.SnsDestination?.TopicARN),
    );
    expect(sesTopics.length).toBeGreaterThan(0);
    for (const topic of sesTopics) {
      if (hasPolicy(mail, topic!)) expect(allows(mail, topic!, 'ses.amazonaws.com'), topic).toBe(true);
    }
  });

  it('the stage key lets in every service that writes what it encrypts, for this account only', () => {
    const { data, app, mail } = templates[stage];
    const [[, key]] = ofType(data, 'AWS::KMS::Key') as [[string, Json]];
    const keyStatements = statementsOf(key.Properties.KeyPolicy);
    const granted = (service: string) =>
      keyStatements.some(
        (s) =>
          s.Effect === 'Allow' &&
          principalsOf(s).includes(service) &&
          [s.Action].flat().some((a: string) => a.startsWith('kms:GenerateDataKey')) &&
          (s.Condition?.StringEquals?.['aws:SourceAccount'] ||
            s.Condition?.ArnLike?.['kms:EncryptionContext:aws:logs:arn']),
      );
    const writers = new Set<string>();
    // Alarms publish to the (encrypted) alarm topic; SES to the (encrypted) events topic.
    if (ofType(app, 'AWS::CloudWatch::Alarm').length > 0) writers.add('cloudwatch.amazonaws.com');
    if (ofType(mail, 'AWS::SES::ConfigurationSetEventDestination').length > 0)
      writers.add('ses.amazonaws.com');
    // SNS writes to a subscription's dead-letter queue itself.
    const encrypted = new Set(
      ofType(app, 'AWS::SQS::Queue')
        .filter(([, q]) => q.Properties.KmsMasterKeyId)
        .map(([id]) => id),
    );
    for (const [, sub] of ofType(app, 'AWS::SNS::Subscription')) {
      const dlq = sub.Properties.RedrivePolicy?.deadLetterTargetArn;
      if (dlq && encrypted.has(refOf(dlq)!)) writers.add('sns.amazonaws.com');
    }
    // CloudWatch Logs encrypts every log group that names the key.
    const logGroups = ofType(app, 'AWS::Logs::LogGroup');
    expect(logGroups.length).toBeGreaterThan(0);
    for (const [id, g] of logGroups) expect(g.Properties.KmsKeyId, id).toBeDefined();
    writers.add(`logs.${stageConfig(stage).region}.amazonaws.com`);
    expect([...writers].sort()).toEqual(
      [...KEY_SERVICES, `logs.${stageConfig(stage).region}.amazonaws.com`].sort(),
    );
    for (const service of writers) expect(granted(service), service).toBe(true);
  });

  it('nothing in the app stack is retained, or retained under a fixed name', () => {
    const { app } = templates[stage];
    for (const [id, r] of Object.entries(app)) {
      if (r.DeletionPolicy !== 'Retain' && r.UpdateReplacePolicy !== 'Retain') continue;
      // Only log groups may outlive the stack (their logs), and never under a fixed name.
      expect(r.Type, id).toBe('AWS::Logs::LogGroup');
      expect(r.Properties.LogGroupName, id).toBeUndefined();
    }
  });

  it('every trigger invokes a function’s live alias, and every alias is moved by CodeDeploy with alarms', () => {
    const { app } = templates[stage];
    const aliases = new Map(ofType(app, 'AWS::Lambda::Alias'));
    const versions = new Map(ofType(app, 'AWS::Lambda::Version'));
    const functions = new Map(ofType(app, 'AWS::Lambda::Function'));
    const isAlias = (value: unknown) => {
      const refs = refsIn(value);
      return refs.length > 0 && refs.every((r) => aliases.has(r));
    };
    for (const [id, a] of aliases) {
      const version = versions.get(refOf(a.Properties.FunctionVersion)!);
      expect(version, id).toBeDefined();
      expect(functions.has(refOf(version!.Properties.FunctionName)!), id).toBe(true);
      expect(a.UpdatePolicy?.CodeDeployLambdaAliasUpdate, id).toBeDefined();
    }
    for (const [id, s] of ofType(app, 'AWS::Scheduler::Schedule'))
      expect(isAlias(s.Properties.Target.Arn), id).toBe(true);
    for (const [id, m] of ofType(app, 'AWS::Lambda::EventSourceMapping'))
      expect(isAlias(m.Properties.FunctionName), id).toBe(true);
    for (const [id, i] of ofType(app, 'AWS::ApiGatewayV2::Integration'))
      expect(isAlias(i.Properties.IntegrationUri), id).toBe(true);
    for (const [id, s] of ofType(app, 'AWS::SNS::Subscription').filter(
      ([, s]) => s.Properties.Protocol === 'lambda',
    ))
      expect(isAlias(s.Properties.Endpoint), id).toBe(true);
    // The runtime schedules of stored moments target what dispatch's alias is.
    const settings = [...functions.values()].find(
      (f) => f.Properties.Environment.Variables.POWERTOOLS_SERVICE_NAME === serviceNameOf('settings'),
    )!;
    expect(isAlias(settings.Properties.Environment.Variables.DISPATCH_FUNCTION_ARN)).toBe(true);
    const groups = ofType(app, 'AWS::CodeDeploy::DeploymentGroup');
    expect(groups).toHaveLength(aliases.size);
    for (const [id, g] of groups) {
      expect(g.Properties.AlarmConfiguration.Enabled, id).toBe(true);
      expect(g.Properties.AlarmConfiguration.Alarms.length, id).toBeGreaterThan(0);
      expect(g.Properties.AutoRollbackConfiguration.Events, id).toContain('DEPLOYMENT_STOP_ON_ALARM');
    }
  });

  it('each function may touch only the partitions its area declares (dynamodb:LeadingKeys)', () => {
    const { app } = templates[stage];
    const nameOf = new Map(
      ofType(app, 'AWS::Lambda::Function')
        .filter(([, f]) => f.Properties.Environment?.Variables?.POWERTOOLS_SERVICE_NAME)
        .map(([, f]) => [
          refOf(f.Properties.Role)!,
          f.Properties.Environment.Variables.POWERTOOLS_SERVICE_NAME,
        ]),
    );
    const byService = Object.fromEntries(
      (Object.keys(TABLE_ACCESS) as FunctionName[]).map((fn) => [serviceNameOf(fn), fn]),
    );
    const seen = new Set<FunctionName>();
    for (const [id, policy] of ofType(app, 'AWS::IAM::Policy')) {
      for (const s of statementsOf(policy.Properties.PolicyDocument)) {
        const actions = [s.Action].flat() as string[];
        if (
          !actions.some((a) =>
            /^dynamodb:(GetItem|BatchGetItem|Query|ConditionCheckItem|PutItem|UpdateItem|DeleteItem|BatchWriteItem)$/.test(
              a,
            ),
          )
        )
          continue;
        const fn = byService[nameOf.get(refOf(policy.Properties.Roles[0])!)!] as FunctionName;
        expect(fn, id).toBeDefined();
        seen.add(fn);
        const writes = actions.some((a) => /Put|Update|Delete|BatchWrite/.test(a));
        expect(
          s.Condition?.['ForAllValues:StringLike']?.['dynamodb:LeadingKeys'],
          `${fn} ${actions}`,
        ).toEqual(zonePatterns(TABLE_ACCESS[fn], writes ? 'write' : 'read'));
      }
    }
    expect([...seen].sort()).toEqual(Object.keys(TABLE_ACCESS).sort());
  });

  it('each function’s environment holds exactly what it reads, and its cold start accepts it', () => {
    const { app } = templates[stage];
    const functions = ofType(app, 'AWS::Lambda::Function').filter(
      ([, f]) => f.Properties.Environment?.Variables?.POWERTOOLS_SERVICE_NAME,
    );
    expect(functions).toHaveLength(Object.keys(FUNCTION_ENV).length);
    for (const [, f] of functions) {
      const variables = f.Properties.Environment.Variables as Json;
      const fn = (Object.keys(FUNCTION_ENV) as FunctionName[]).find(
        (name) => serviceNameOf(name) === variables.POWERTOOLS_SERVICE_NAME,
      )!;
      const own = Object.keys(variables).filter((v) => !v.startsWith('POWERTOOLS_') && v !== 'NODE_OPTIONS');
      expect(own.sort(), fn).toEqual([...FUNCTION_ENV[fn]].sort());
      // Deploy-time values stand in as valid ones: the cold start validates names and shapes.
      const sample: Record<string, string> = {
        TABLE_NAME: 'signals',
        APP_URL: 'https://app.example.nl',
        API_URL: 'https://api.example.nl',
        SENDER_DOMAINS: 'example.nl',
        DEFAULT_SENDER_ADDRESS: 'signalen@example.nl',
        DEFAULT_SENDER_NAME: 'Signaleringen',
        SES_CONFIGURATION_SET: 'set',
        EVALUATE_QUEUE_URL: 'https://sqs.eu-west-1.amazonaws.com/1/evaluate',
        DELIVER_QUEUE_URL: 'https://sqs.eu-west-1.amazonaws.com/1/deliver',
        SCHEDULE_GROUP: 'group',
        DISPATCH_FUNCTION_ARN: 'arn',
        SCHEDULER_ROLE_ARN: 'arn',
        SCHEDULE_DLQ_ARN: 'arn',
        WEBHOOK_QUEUE_URL: 'https://sqs.eu-west-1.amazonaws.com/1/webhooks',
        EVENT_BUS_NAME: 'signals-dev',
      };
      expect(() => readEnv(fn, Object.fromEntries(own.map((v) => [v, sample[v]]))), fn).not.toThrow();
    }
  });
});

describe('Invariants: the link in a mail reaches the deployed API', () => {
  const apiUrlOf = (stage: string) => {
    const fn = ofType(templates[stage as 'dev'].app, 'AWS::Lambda::Function').find(
      ([, f]) => f.Properties.Environment?.Variables?.POWERTOOLS_SERVICE_NAME === serviceNameOf('deliver'),
    )!;
    return fn[1].Properties.Environment.Variables.API_URL;
  };

  it('a stage without a domain links to its API endpoint', () => {
    const [[api]] = ofType(templates.dev.app, 'AWS::ApiGatewayV2::Api') as [[string, Json]];
    expect(apiUrlOf('dev')).toEqual({ 'Fn::GetAtt': [api, 'ApiEndpoint'] });
    expect(ofType(templates.dev.app, 'AWS::ApiGatewayV2::DomainName')).toEqual([]);
  });

  it('a stage with a domain creates it (certificate, domain, mapping, record) and links there', () => {
    expect(apiUrlOf('prod')).toBe('https://api.example.nl');
    const { app } = templates.prod;
    expect(ofType(app, 'AWS::CertificateManager::Certificate')[0]![1].Properties).toMatchObject({
      DomainName: 'api.example.nl',
      ValidationMethod: 'DNS',
    });
    const [[domainId]] = ofType(app, 'AWS::ApiGatewayV2::DomainName') as [[string, Json]];
    const [[, mapping]] = ofType(app, 'AWS::ApiGatewayV2::ApiMapping') as [[string, Json]];
    expect(refOf(mapping.Properties.DomainName)).toBe(domainId);
    expect(ofType(app, 'AWS::Route53::RecordSet')[0]![1].Properties).toMatchObject({
      Name: 'api.example.nl.',
      Type: 'A',
    });
  });

  it('a setting a function was not given fails with its name when read', () => {
    const config = configOf(readEnv('directory', { TABLE_NAME: 'signals' }));
    expect(config.catchUpDays).toBe(7);
    expect(() => config.apiUrl).toThrow(/API_URL is not in this function's environment/);
  });
});
