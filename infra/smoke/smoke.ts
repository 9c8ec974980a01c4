import { CloudFormationClient, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { CloudWatchClient, DescribeAlarmsCommand, SetAlarmStateCommand } from '@aws-sdk/client-cloudwatch';
import { GetScheduleCommand, SchedulerClient } from '@aws-sdk/client-scheduler';
import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoResourceStore } from '../../shared/adapters/dynamodb/resource-store.js';
import { DynamoRunRepository } from '../../shared/adapters/dynamodb/run-repository.js';
import { DynamoSuppressionList } from '../../shared/adapters/dynamodb/suppression-list.js';
import { scheduleName } from '../../shared/adapters/scheduler/schedule-names.js';
import type { Moment } from '../../shared/domain/moments.js';

/** SES's mailbox simulator: a mail to it bounces at once, without harming the account's reputation. */
export const BOUNCE_SIMULATOR = 'bounce@simulator.amazonses.com';

export interface SmokeClients {
  cloudFormation: Pick<CloudFormationClient, 'send'>;
  cloudWatch: Pick<CloudWatchClient, 'send'>;
  ses: Pick<SESv2Client, 'send'>;
  scheduler: Pick<SchedulerClient, 'send'>;
  table: DynamoDBDocumentClient;
  fetch: typeof fetch;
  /** Waits between polls (tests pass one that does not wait). */
  sleep: (ms: number) => Promise<void>;
}

export interface SmokeCheck {
  name: string;
  ok: boolean;
  detail: string;
}

/** The app stack's outputs the checks start from. */
export const SMOKE_OUTPUTS = [
  'ApiUrl',
  'TableName',
  'ScheduleGroupName',
  'ConfigurationSetName',
  'Sender',
  'SmokeAlarm',
] as const;
type Outputs = Record<(typeof SMOKE_OUTPUTS)[number], string>;

async function stackOutputs(clients: SmokeClients, stackName: string): Promise<Outputs> {
  const { Stacks = [] } = await clients.cloudFormation.send(
    new DescribeStacksCommand({ StackName: stackName }),
  );
  const found: Record<string, string> = {};
  for (const o of Stacks[0]?.Outputs ?? []) {
    // CDK prefixes an output's id with its construct path: match on the id's end.
    const name = SMOKE_OUTPUTS.find((n) => o.OutputKey?.includes(n));
    if (name && o.OutputValue) found[name] = o.OutputValue;
  }
  const missing = SMOKE_OUTPUTS.filter((n) => !found[n]);
  if (missing.length > 0)
    throw new Error(`${stackName} has no output ${missing.join(', ')}: is it deployed?`);
  return found as Outputs;
}

async function check(name: string, run: () => Promise<string>): Promise<SmokeCheck> {
  try {
    return { name, ok: true, detail: await run() };
  } catch (error) {
    return { name, ok: false, detail: (error as Error).message };
  }
}

/**
 * After a deploy: the API answers, a bounce reaches the suppression list through SES, SNS and the
 * ses-events function, an alarm reaches its topic, and the stored moments have their schedules.
 * Each check runs whatever the others did, and says what it saw.
 */
export async function runSmoke(clients: SmokeClients, stage: string, options = { bounceWaitMs: 180_000 }) {
  const outputs = await stackOutputs(clients, `signals-${stage}-app`);
  const checks: SmokeCheck[] = [];
  checks.push(
    await check('GET /v1/health answers 200', async () => {
      const res = await clients.fetch(`${outputs.ApiUrl}/v1/health`);
      if (res.status !== 200) throw new Error(`answered ${res.status}`);
      return `${outputs.ApiUrl}/v1/health: 200`;
    }),
  );
  checks.push(
    await check('GET /v1/openapi.json is the OpenAPI document', async () => {
      const res = await clients.fetch(`${outputs.ApiUrl}/v1/openapi.json`);
      const body = (await res.json()) as { openapi?: string; paths?: object };
      if (res.status !== 200 || !body.openapi?.startsWith('3.')) throw new Error(`answered ${res.status}`);
      return `OpenAPI ${body.openapi}, ${Object.keys(body.paths ?? {}).length} paths`;
    }),
  );
  checks.push(
    await check('a bounce is recorded (SES -> SNS -> ses-events -> table)', async () => {
      const sent = await clients.ses.send(
        new SendEmailCommand({
          FromEmailAddress: outputs.Sender,
          Destination: { ToAddresses: [BOUNCE_SIMULATOR] },
          ConfigurationSetName: outputs.ConfigurationSetName,
          Content: {
            Simple: {
              Subject: { Data: `Signaleringen smoke test (${stage})` },
              Body: { Text: { Data: 'A smoke test of the bounce path. No reply needed.' } },
            },
          },
        }),
      );
      const suppressions = new DynamoSuppressionList(clients.table, outputs.TableName);
      const deadline = Date.now() + options.bounceWaitMs;
      for (let polls = 1; ; polls++) {
        if (await suppressions.isSuppressed(BOUNCE_SIMULATOR)) {
          return `message ${sent.MessageId} bounced; ${BOUNCE_SIMULATOR} suppressed (poll ${polls})`;
        }
        if (Date.now() > deadline) {
          throw new Error(
            `${BOUNCE_SIMULATOR} not suppressed within ${options.bounceWaitMs / 1000} s (message ${sent.MessageId})`,
          );
        }
        await clients.sleep(5_000);
      }
    }),
  );
  checks.push(
    await check('an alarm reaches its topic (ALARM, then back to OK)', async () => {
      const { MetricAlarms = [] } = await clients.cloudWatch.send(
        new DescribeAlarmsCommand({ AlarmNames: [outputs.SmokeAlarm] }),
      );
      const alarm = MetricAlarms[0];
      if (!alarm?.AlarmActions?.length) throw new Error(`${outputs.SmokeAlarm} has no alarm action`);
      for (const StateValue of ['ALARM', 'OK'] as const) {
        await clients.cloudWatch.send(
          new SetAlarmStateCommand({
            AlarmName: outputs.SmokeAlarm,
            StateValue,
            StateReason: `Smoke test of stage ${stage}: the on-call mail should say ${StateValue}`,
          }),
        );
      }
      return `${outputs.SmokeAlarm} set to ALARM and OK; it notifies ${alarm.AlarmActions.join(', ')} (check the mailbox)`;
    }),
  );
  checks.push(
    await check('every stored moment has its schedule', async () => {
      const runs = new DynamoRunRepository(clients.table, outputs.TableName);
      const store = new DynamoResourceStore(clients.table, outputs.TableName);
      const owners = await runs.momentOwners();
      const scopes = [
        ...owners.providerIds.map((providerId) => ({ providerId })),
        ...owners.employerIds.map((employerId) => ({ employerId })),
      ];
      let schedules = 0;
      for (const scope of scopes) {
        const stored = await store.get<{ moments: Moment[] }>(
          'providerId' in scope
            ? { kind: 'providerMoments', providerId: scope.providerId }
            : { kind: 'employerMoments', employerId: scope.employerId },
        );
        for (const moment of stored?.data.moments ?? []) {
          const Name = scheduleName(scope, moment.momentId);
          await clients.scheduler.send(
            new GetScheduleCommand({ GroupName: outputs.ScheduleGroupName, Name }),
          );
          schedules++;
        }
      }
      return scopes.length === 0
        ? 'no stored moments yet (nothing to check)'
        : `${schedules} schedules of ${scopes.length} owners found in ${outputs.ScheduleGroupName}`;
    }),
  );
  return checks;
}

/** The clients of a stage's account and region, from the environment's AWS credentials. */
export function awsClients(region: string, table: DynamoDBDocumentClient): SmokeClients {
  return {
    cloudFormation: new CloudFormationClient({ region }),
    cloudWatch: new CloudWatchClient({ region }),
    ses: new SESv2Client({ region }),
    scheduler: new SchedulerClient({ region }),
    table,
    fetch,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  };
}
