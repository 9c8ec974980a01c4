import { CloudFormationClient, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { CloudWatchClient, DescribeAlarmsCommand, SetAlarmStateCommand } from '@aws-sdk/client-cloudwatch';
import { GetScheduleCommand, ResourceNotFoundException, SchedulerClient } from '@aws-sdk/client-scheduler';
import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { type DynamoDBDocumentClient, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { BOUNCE_SIMULATOR, runSmoke, type SmokeClients } from '../../infra/smoke/smoke.js';
import { makeDocumentClient } from '../../shared/adapters/dynamodb/client.js';

/**
 * `npm run smoke` can only run against a deployed stage; here each of its steps runs against
 * mocked AWS clients, which answer as a healthy (or a broken) stage would.
 */
const cfn = mockClient(CloudFormationClient);
const cw = mockClient(CloudWatchClient);
const ses = mockClient(SESv2Client);
const scheduler = mockClient(SchedulerClient);
const table = makeDocumentClient({ region: 'eu-west-1' });
const ddb = mockClient(table as unknown as DynamoDBDocumentClient);

const outputs = {
  ApiApiUrl1234ABCD: 'https://api.example.nl',
  TableName: 'signals-table',
  ScheduleGroupName: 'signals-moments',
  ConfigurationSetName: 'signals-set',
  Sender: 'signalen@example.nl',
  SmokeAlarm: 'signals-NoCompletedRun',
};

function clients(api: (url: string) => Response): SmokeClients {
  return {
    cloudFormation: new CloudFormationClient({ region: 'eu-west-1' }),
    cloudWatch: new CloudWatchClient({ region: 'eu-west-1' }),
    ses: new SESv2Client({ region: 'eu-west-1' }),
    scheduler: new SchedulerClient({ region: 'eu-west-1' }),
    table,
    fetch: (async (url: string) => api(url)) as typeof fetch,
    sleep: async () => undefined,
  };
}

const healthyApi = (url: string) =>
  url.endsWith('/v1/health')
    ? new Response('{"status":"ok"}', { status: 200 })
    : new Response(JSON.stringify({ openapi: '3.1.0', paths: { '/v1/health': {} } }), { status: 200 });

beforeEach(() => {
  for (const m of [cfn, cw, ses, scheduler, ddb]) m.reset();
  cfn.on(DescribeStacksCommand).resolves({
    Stacks: [
      {
        StackName: 'signals-dev-app',
        CreationTime: new Date(),
        StackStatus: 'UPDATE_COMPLETE',
        Outputs: Object.entries(outputs).map(([OutputKey, OutputValue]) => ({ OutputKey, OutputValue })),
      },
    ],
  });
  ses.on(SendEmailCommand).resolves({ MessageId: 'm-1' });
  cw.on(DescribeAlarmsCommand).resolves({
    MetricAlarms: [{ AlarmName: outputs.SmokeAlarm, AlarmActions: ['arn:aws:sns:eu-west-1:1:alarms'] }],
  });
  cw.on(SetAlarmStateCommand).resolves({});
  // The bounce arrives at the second poll.
  ddb
    .on(GetCommand, { Key: { pk: `SUPPRESSED#${BOUNCE_SIMULATOR}`, sk: 'SUPPRESSED' } })
    .resolvesOnce({})
    .resolves({ Item: { email: BOUNCE_SIMULATOR } });
  ddb.on(QueryCommand).resolves({ Items: [{ gsi2sk: 'PROVIDER#p1' }] });
  ddb.on(GetCommand, { Key: { pk: 'PROVIDER#p1', sk: 'MOMENTS' } }).resolves({
    Item: {
      data: { moments: [{ momentId: 'ochtend', time: '07:00', weekdays: [], timezone: 'Europe/Amsterdam' }] },
    },
  });
  scheduler.on(GetScheduleCommand).resolves({ Name: 'p2-p1-ochtend' });
});

describe('npm run smoke, step by step against mocked clients', () => {
  it('passes on a healthy stage, and says what each check saw', async () => {
    const checks = await runSmoke(clients(healthyApi), 'dev');
    expect(checks.map((c) => [c.name, c.ok])).toEqual([
      ['GET /v1/health answers 200', true],
      ['GET /v1/openapi.json is the OpenAPI document', true],
      ['a bounce is recorded (SES -> SNS -> ses-events -> table)', true],
      ['an alarm reaches its topic (ALARM, then back to OK)', true],
      ['every stored moment has its schedule', true],
    ]);
    expect(checks[2]!.detail).toContain('poll 2');
    // The mail went to the simulator through the stage's configuration set, from its sender.
    expect(ses.commandCalls(SendEmailCommand)[0]!.args[0].input).toMatchObject({
      FromEmailAddress: 'signalen@example.nl',
      Destination: { ToAddresses: [BOUNCE_SIMULATOR] },
      ConfigurationSetName: 'signals-set',
    });
    expect(cw.commandCalls(SetAlarmStateCommand).map((c) => c.args[0].input.StateValue)).toEqual([
      'ALARM',
      'OK',
    ]);
    expect(scheduler.commandCalls(GetScheduleCommand)[0]!.args[0].input).toEqual({
      GroupName: 'signals-moments',
      Name: 'p2-p1-ochtend',
    });
  });

  it('fails the checks a broken stage fails, and still runs the others', async () => {
    ddb.on(GetCommand, { Key: { pk: `SUPPRESSED#${BOUNCE_SIMULATOR}`, sk: 'SUPPRESSED' } }).resolves({});
    scheduler.on(GetScheduleCommand).rejects(
      new ResourceNotFoundException({
        message: 'Schedule not found',
        Message: 'Schedule not found',
        $metadata: {},
      }),
    );
    const api = (url: string) =>
      url.endsWith('/v1/health') ? new Response('', { status: 503 }) : healthyApi(url);
    const checks = await runSmoke(clients(api), 'dev', { bounceWaitMs: 0 });
    expect(checks.map((c) => c.ok)).toEqual([false, true, false, true, false]);
    expect(checks[0]!.detail).toBe('answered 503');
    expect(checks[2]!.detail).toContain(`${BOUNCE_SIMULATOR} not suppressed`);
    expect(checks[4]!.detail).toBe('Schedule not found');
  });

  it('refuses a stage that is not deployed, naming the outputs it lacks', async () => {
    cfn.on(DescribeStacksCommand).resolves({
      Stacks: [{ StackName: 'x', CreationTime: new Date(), StackStatus: 'CREATE_COMPLETE', Outputs: [] }],
    });
    await expect(runSmoke(clients(healthyApi), 'dev')).rejects.toThrow(/has no output ApiUrl, TableName/);
  });
});
