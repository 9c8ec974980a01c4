import {
  ConflictException,
  CreateScheduleCommand,
  DeleteScheduleCommand,
  ListSchedulesCommand,
  ResourceNotFoundException,
  SchedulerClient,
  UpdateScheduleCommand,
} from '@aws-sdk/client-scheduler';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { EventBridgeSchedules } from '../../../shared/adapters/scheduler/eventbridge-schedules.js';
import { scheduleName, scopeOfName } from '../../../shared/adapters/scheduler/schedule-names.js';
import type { Moment } from '../../../shared/domain/moments.js';

const scheduler = mockClient(SchedulerClient);
const options = {
  groupName: 'signals-dev-app-moments',
  targetArn: 'arn:aws:lambda:eu-west-1:111111111111:function:dispatch',
  roleArn: 'arn:aws:iam::111111111111:role/scheduler',
  deadLetterArn: 'arn:aws:sqs:eu-west-1:111111111111:schedule-dlq',
};
const ochtend: Moment = {
  momentId: 'ochtend',
  time: '07:30',
  days: ['mon', 'tue', 'wed', 'thu', 'fri'],
  timeZone: 'Europe/Amsterdam',
};
const adapter = () =>
  new EventBridgeSchedules({ ...options, client: new SchedulerClient({ region: 'eu-west-1' }) });

describe('Class: EventBridgeSchedules', () => {
  beforeEach(() => {
    scheduler.reset();
    scheduler.on(ListSchedulesCommand).resolves({ Schedules: [] });
  });

  it('creates one schedule per moment: cron in its time zone, window off, retries, DLQ, dispatch with scope and moment', async () => {
    await adapter().sync({ providerId: 'acme' }, [ochtend]);
    const [create] = scheduler.commandCalls(CreateScheduleCommand);
    expect(create!.args[0].input).toEqual({
      Name: 'p4-acme-ochtend',
      GroupName: options.groupName,
      ScheduleExpression: 'cron(30 7 ? * MON,TUE,WED,THU,FRI *)',
      ScheduleExpressionTimezone: 'Europe/Amsterdam',
      FlexibleTimeWindow: { Mode: 'OFF' },
      State: 'ENABLED',
      Target: {
        Arn: options.targetArn,
        RoleArn: options.roleArn,
        Input: JSON.stringify({
          moment: 'ochtend',
          scope: { providerId: 'acme' },
          scheduledTime: '<aws.scheduler.scheduled-time>',
        }),
        RetryPolicy: { MaximumRetryAttempts: 3, MaximumEventAgeInSeconds: 7200 },
        DeadLetterConfig: { Arn: options.deadLetterArn },
      },
    });
  });

  it('updates a schedule that exists already (create on conflict updates)', async () => {
    scheduler
      .on(CreateScheduleCommand)
      .rejects(new ConflictException({ message: 'exists', Message: 'exists', $metadata: {} }));
    await adapter().sync({ employerId: 'bakker' }, [ochtend]);
    expect(scheduler.commandCalls(UpdateScheduleCommand)[0]!.args[0].input.Name).toBe('e6-bakker-ochtend');
  });

  it('deletes the scope’s schedules no longer wanted, and a missing one is fine', async () => {
    scheduler.on(ListSchedulesCommand).resolves({
      Schedules: [{ Name: 'p4-acme-ochtend' }, { Name: 'p4-acme-avond' }],
    });
    scheduler
      .on(DeleteScheduleCommand)
      .rejects(new ResourceNotFoundException({ message: 'gone', Message: 'gone', $metadata: {} }));
    await adapter().sync({ providerId: 'acme' }, [ochtend]);
    expect(scheduler.commandCalls(ListSchedulesCommand)[0]!.args[0].input).toMatchObject({
      GroupName: options.groupName,
      NamePrefix: 'p4-acme-',
    });
    expect(scheduler.commandCalls(DeleteScheduleCommand).map((c) => c.args[0].input.Name)).toEqual([
      'p4-acme-avond',
    ]);
  });

  it('names schedules so one scope’s prefix never matches another’s, within 64 characters', () => {
    expect(scheduleName({ providerId: 'acme1' }, 'x').startsWith('p7-acme1-x')).toBe(false);
    expect(scheduleName({ providerId: 'a'.repeat(64) }, 'b'.repeat(64)).length).toBe(63);
  });

  it('reads back the scopes that have schedules from their names (for the reconcile job)', async () => {
    scheduler.on(ListSchedulesCommand).resolves({
      Schedules: [
        { Name: 'p4-acme-ochtend' },
        { Name: 'p4-acme-avond' },
        { Name: 'e8-bakker-1-middag' },
        { Name: 'foreign' },
      ],
    });
    expect(await adapter().scopes()).toEqual([{ providerId: 'acme' }, { employerId: 'bakker-1' }]);
    expect(scopeOfName(scheduleName({ employerId: 'a-b' }, 'x'))).toEqual({ employerId: 'a-b' });
  });
});
