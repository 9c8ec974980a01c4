import {
  ConflictException,
  CreateScheduleCommand,
  type CreateScheduleCommandInput,
  DeleteScheduleCommand,
  ListSchedulesCommand,
  ResourceNotFoundException,
  SchedulerClient,
  UpdateScheduleCommand,
} from '@aws-sdk/client-scheduler';
import {
  type MomentSchedules,
  type RunScope,
  SCHEDULED_TIME,
  type ScheduledDispatch,
} from '../../app/pipeline/ports.js';
import { schedulerExpression } from '../../config/moments.js';
import { cronOf, type Moment } from '../../domain/moments.js';
import { scheduleName, scopeOfName, scopePrefix } from './schedule-names.js';

export interface EventBridgeSchedulesOptions {
  /** The stage's schedule group. */
  groupName: string;
  /** The dispatch function the schedules invoke, and the role Scheduler assumes to do so. */
  targetArn: string;
  roleArn: string;
  /** Where a schedule's failed invocations go. */
  deadLetterArn: string;
  client?: SchedulerClient;
}

/**
 * Stored moments as EventBridge Scheduler schedules, one per moment in the stage's group: cron in
 * the moment's time zone, flexible window off, a retry policy and a dead-letter queue, dispatch
 * as target with the scope and moment as input. Create on conflict updates; deleting a missing
 * schedule is fine: every call may be repeated.
 */
export class EventBridgeSchedules implements MomentSchedules {
  private readonly client: SchedulerClient;

  constructor(private readonly options: EventBridgeSchedulesOptions) {
    this.client = options.client ?? new SchedulerClient({});
  }

  async sync(scope: NonNullable<RunScope>, moments: readonly Moment[]): Promise<void> {
    const wanted = new Map(moments.map((m) => [scheduleName(scope, m.momentId), m]));
    for (const [name, moment] of wanted) await this.put(name, scope, moment);
    for (const name of await this.names(scopePrefix(scope))) {
      if (!wanted.has(name)) await this.remove(name);
    }
  }

  async scopes(): Promise<Array<NonNullable<RunScope>>> {
    const seen = new Map<string, NonNullable<RunScope>>();
    for (const name of await this.names('')) {
      const scope = scopeOfName(name);
      if (scope) seen.set(scopePrefix(scope), scope);
    }
    return [...seen.values()];
  }

  private async put(name: string, scope: NonNullable<RunScope>, moment: Moment) {
    const input: ScheduledDispatch = { moment: moment.momentId, scope, scheduledTime: SCHEDULED_TIME };
    const schedule: CreateScheduleCommandInput = {
      Name: name,
      GroupName: this.options.groupName,
      ScheduleExpression: schedulerExpression(cronOf(moment)),
      ScheduleExpressionTimezone: moment.timeZone,
      FlexibleTimeWindow: { Mode: 'OFF' },
      State: 'ENABLED',
      Target: {
        Arn: this.options.targetArn,
        RoleArn: this.options.roleArn,
        Input: JSON.stringify(input),
        RetryPolicy: { MaximumRetryAttempts: 3, MaximumEventAgeInSeconds: 7200 },
        DeadLetterConfig: { Arn: this.options.deadLetterArn },
      },
    };
    try {
      await this.client.send(new CreateScheduleCommand(schedule));
    } catch (error) {
      if (!(error instanceof ConflictException)) throw error;
      await this.client.send(new UpdateScheduleCommand(schedule));
    }
  }

  private async remove(name: string) {
    try {
      await this.client.send(new DeleteScheduleCommand({ Name: name, GroupName: this.options.groupName }));
    } catch (error) {
      if (!(error instanceof ResourceNotFoundException)) throw error;
    }
  }

  private async names(prefix: string): Promise<string[]> {
    const names: string[] = [];
    let token: string | undefined;
    do {
      const page = await this.client.send(
        new ListSchedulesCommand({
          GroupName: this.options.groupName,
          ...(prefix ? { NamePrefix: prefix } : {}),
          NextToken: token,
        }),
      );
      names.push(...(page.Schedules ?? []).flatMap((s) => (s.Name ? [s.Name] : [])));
      token = page.NextToken;
    } while (token);
    return names;
  }
}
