import {
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { ActiveEmployers, NewRun, Run, RunStore } from '../../app/pipeline/ports.js';
import { RUN_TTL_DAYS } from './digest-repository.js';
import { indexKeys, pipelineKeys, prefixes } from './keys.js';
import { expiresAt, isConditionFailure, queryAll, type Table } from './query.js';

/**
 * Evaluation runs: one item per run with its counts, and one per employer counted on it (so a
 * redelivered message counts once). Also lists the employers a run dispatches to.
 */
export class DynamoRunRepository implements RunStore, ActiveEmployers {
  private readonly table: Table;

  constructor(client: DynamoDBDocumentClient, tableName: string) {
    this.table = { client, tableName };
  }

  async activeEmployerIds(): Promise<string[]> {
    const items = await queryAll(this.table.client, {
      TableName: this.table.tableName,
      IndexName: 'gsi2',
      KeyConditionExpression: 'gsi2pk = :p',
      ExpressionAttributeValues: { ':p': indexKeys.activeEmployers },
      ProjectionExpression: 'gsi2sk',
    });
    // The index holds keys only: the employer id is in its sort key.
    return items.map((i) => (i.gsi2sk as string).slice(prefixes.employer.length));
  }

  async createRun(run: NewRun): Promise<void> {
    await this.table.client.send(
      new PutCommand({
        TableName: this.table.tableName,
        Item: {
          ...pipelineKeys.run(run.runId),
          entity: 'run',
          remaining: run.employers.total - run.employers.done - run.employers.failed,
          expiresAt: expiresAt(run.startedAt, RUN_TTL_DAYS),
          ...run,
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  }

  async getRun(runId: string): Promise<Run | undefined> {
    const { Item } = await this.table.client.send(
      new GetCommand({ TableName: this.table.tableName, Key: pipelineKeys.run(runId), ConsistentRead: true }),
    );
    if (!Item) return undefined;
    const run = Item as unknown as Run;
    return {
      runId: run.runId,
      moment: run.moment,
      date: run.date,
      status: run.status,
      employers: run.employers,
      signalsCreated: run.signalsCreated,
      signalsWithdrawn: run.signalsWithdrawn,
      emailsSent: run.emailsSent,
      startedAt: run.startedAt,
      finishedAt: run.finishedAt ?? null,
      deliveryQueuedAt: run.deliveryQueuedAt ?? null,
    };
  }

  async markEmployer(
    runId: string,
    employerId: string,
    outcome: 'done' | 'failed',
    counts: { created: number; withdrawn: number },
    at: string,
  ): Promise<boolean> {
    try {
      await this.table.client.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: this.table.tableName,
                Item: {
                  ...pipelineKeys.runEmployer(runId, employerId),
                  entity: 'runEmployer',
                  outcome,
                  ...counts,
                  expiresAt: expiresAt(at, RUN_TTL_DAYS),
                },
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
            {
              Update: {
                TableName: this.table.tableName,
                Key: pipelineKeys.run(runId),
                // SET, not ADD: ADD cannot reach into the employers map. `remaining` lets the
                // completion check compare without arithmetic (conditions have none).
                UpdateExpression:
                  'SET employers.#outcome = employers.#outcome + :one, remaining = remaining - :one, signalsCreated = signalsCreated + :created, signalsWithdrawn = signalsWithdrawn + :withdrawn',
                ExpressionAttributeNames: { '#outcome': outcome },
                ExpressionAttributeValues: {
                  ':one': 1,
                  ':created': counts.created,
                  ':withdrawn': counts.withdrawn,
                },
              },
            },
          ],
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  async completeIfFinished(runId: string, at: string): Promise<boolean> {
    try {
      await this.table.client.send(
        new UpdateCommand({
          TableName: this.table.tableName,
          Key: pipelineKeys.run(runId),
          UpdateExpression: 'SET #status = :completed, finishedAt = :at',
          // Also true again while delivery was not queued yet: a retry after a failed enqueue queues it
          // (deliveries are idempotent per user and run).
          ConditionExpression:
            '(#status = :running AND remaining <= :zero) OR (#status = :completed AND attribute_not_exists(deliveryQueuedAt))',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':completed': 'completed',
            ':running': 'running',
            ':at': at,
            ':zero': 0,
          },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  async markDeliveryQueued(runId: string, at: string): Promise<void> {
    await this.table.client.send(
      new UpdateCommand({
        TableName: this.table.tableName,
        Key: pipelineKeys.run(runId),
        UpdateExpression: 'SET deliveryQueuedAt = :at',
        ExpressionAttributeValues: { ':at': at },
      }),
    );
  }
}
