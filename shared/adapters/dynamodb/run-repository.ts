import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type {
  ActiveEmployers,
  EmployerCounts,
  NewRun,
  Run,
  RunFilter,
  RunStore,
} from '../../app/pipeline/ports.js';
import type { Page, PageRequest } from '../../app/resource-store.js';
import { decodeCursor, encodeCursor } from './cursors.js';
import { RUN_TTL_DAYS } from './digest-repository.js';
import { indexKeys, partitions, pipelineKeys, prefixes } from './keys.js';
import {
  expiresAt,
  filteredPage,
  filterOf,
  invalidCursorError,
  isConditionFailure,
  queryAll,
  type Table,
} from './query.js';
import { decodeRun } from './stored-items.js';

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

  async activeEmployersOfProvider(providerId: string): Promise<string[]> {
    const items = await queryAll(this.table.client, {
      TableName: this.table.tableName,
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :p',
      ExpressionAttributeValues: { ':p': indexKeys.employersOfProvider(providerId) },
      ProjectionExpression: 'gsi1sk, products',
    });
    return items
      .filter((i) => Array.isArray(i.products) && (i.products as string[]).includes('290'))
      .map((i) => (i.gsi1sk as string).slice(prefixes.employer.length));
  }

  async momentOwners(): Promise<{ providerIds: string[]; employerIds: string[] }> {
    const items = await queryAll(this.table.client, {
      TableName: this.table.tableName,
      IndexName: 'gsi2',
      KeyConditionExpression: 'gsi2pk = :p',
      ExpressionAttributeValues: { ':p': indexKeys.momentOwners },
    });
    const owners = items.map((i) => i.gsi2sk as string);
    const provider = partitions.provider('');
    const employer = partitions.employer('');
    return {
      providerIds: owners.filter((o) => o.startsWith(provider)).map((o) => o.slice(provider.length)),
      employerIds: owners.filter((o) => o.startsWith(employer)).map((o) => o.slice(employer.length)),
    };
  }

  async createRun(run: NewRun): Promise<boolean> {
    try {
      await this.table.client.send(
        new PutCommand({
          TableName: this.table.tableName,
          Item: {
            ...pipelineKeys.run(run.runId),
            ...indexKeys.runningRun(run.startedAt, run.runId),
            ...indexKeys.run(run.startedAt, run.runId),
            entity: 'run',
            remaining: run.employers.total - run.employers.done - run.employers.failed,
            expiresAt: expiresAt(run.startedAt, RUN_TTL_DAYS),
            ...run,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  async listRuns(filter: RunFilter, page: PageRequest): Promise<Page<Run>> {
    const scope = {
      partitionAttribute: 'gsi1pk' as const,
      partition: indexKeys.runs,
      sortAttribute: 'gsi1sk' as const,
      sortPrefix: '',
    };
    let start: Record<string, unknown> | undefined;
    if (page.cursor !== undefined) {
      start = decodeCursor(page.cursor, scope);
      if (!start) throw invalidCursorError();
    }
    const filters = filterOf([
      ['date', '>=', filter.from],
      ['date', '<=', filter.to],
      ['trigger', '=', filter.trigger],
      ['scope.providerId', '=', filter.providerId],
    ]);
    const { items, lastKey } = await filteredPage(
      this.table,
      {
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :p',
        ...filters.expression,
        ExpressionAttributeValues: { ':p': indexKeys.runs, ...filters.values },
        ScanIndexForward: false,
      },
      page.limit,
      start,
    );
    return {
      items: items.map(decodeRun),
      ...(lastKey ? { nextCursor: encodeCursor(lastKey) } : {}),
    };
  }

  async getRun(runId: string): Promise<Run | undefined> {
    return (await this.getRunWithProviders(runId))?.run;
  }

  async getRunWithProviders(runId: string): Promise<{ run: Run; providerIds: string[] } | undefined> {
    const { Item } = await this.table.client.send(
      new GetCommand({ TableName: this.table.tableName, Key: pipelineKeys.run(runId), ConsistentRead: true }),
    );
    if (!Item) return undefined;
    return {
      run: decodeRun(Item),
      providerIds: [...((Item.providerIds as Set<string> | undefined) ?? [])],
    };
  }

  async markEmployer(
    runId: string,
    employerId: string,
    outcome: 'done' | 'failed',
    { ruleVersions = [], aowNotSet = 0, ...counts }: EmployerCounts,
    at: string,
    providerId?: string,
  ): Promise<'counted' | 'recounted' | 'already'> {
    const adds = [
      ...(providerId ? ['providerIds :provider'] : []),
      ...(ruleVersions.length > 0 ? ['ruleVersions :versions'] : []),
      ...(aowNotSet > 0 ? ['aowNotSet :aow'] : []),
    ];
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
                UpdateExpression: `SET employers.#outcome = employers.#outcome + :one, remaining = remaining - :one, signalsCreated = signalsCreated + :created, signalsWithdrawn = signalsWithdrawn + :withdrawn${
                  adds.length > 0 ? ` ADD ${adds.join(', ')}` : ''
                }`,
                ExpressionAttributeNames: { '#outcome': outcome },
                ExpressionAttributeValues: {
                  ':one': 1,
                  ':created': counts.created,
                  ':withdrawn': counts.withdrawn,
                  ...(providerId ? { ':provider': new Set([providerId]) } : {}),
                  ...(ruleVersions.length > 0 ? { ':versions': new Set(ruleVersions) } : {}),
                  ...(aowNotSet > 0 ? { ':aow': new Set([`${employerId}:${aowNotSet}`]) } : {}),
                },
              },
            },
          ],
        }),
      );
      return 'counted';
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      if (outcome === 'done' && (await this.recountDone(runId, employerId, counts))) return 'recounted';
      return 'already';
    }
  }

  /** An employer counted failed, evaluated after all (a redrive): moved to done, with its counts. */
  private async recountDone(
    runId: string,
    employerId: string,
    counts: { created: number; withdrawn: number },
  ) {
    try {
      await this.table.client.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Update: {
                TableName: this.table.tableName,
                Key: pipelineKeys.runEmployer(runId, employerId),
                UpdateExpression: 'SET outcome = :done, created = :created, withdrawn = :withdrawn',
                ConditionExpression: 'outcome = :failed',
                ExpressionAttributeValues: {
                  ':done': 'done',
                  ':failed': 'failed',
                  ':created': counts.created,
                  ':withdrawn': counts.withdrawn,
                },
              },
            },
            {
              Update: {
                TableName: this.table.tableName,
                Key: pipelineKeys.run(runId),
                UpdateExpression:
                  'SET employers.done = employers.done + :one, employers.failed = employers.failed - :one, signalsCreated = signalsCreated + :created, signalsWithdrawn = signalsWithdrawn + :withdrawn',
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
          UpdateExpression: 'SET #status = :completed, finishedAt = :at REMOVE gsi2pk, gsi2sk',
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

  async runningSince(before: string): Promise<string[]> {
    // Keys only (an update of a running run's counts writes nothing to the index): the id is in pk.
    const items = await queryAll(this.table.client, {
      TableName: this.table.tableName,
      IndexName: 'gsi2',
      KeyConditionExpression: 'gsi2pk = :p AND gsi2sk < :before',
      ExpressionAttributeValues: { ':p': indexKeys.runningRuns, ':before': before },
    });
    return items.map((i) => (i.pk as string).slice(partitions.run('').length));
  }

  async closeAsFailed(runId: string, at: string): Promise<number | undefined> {
    try {
      const { Attributes } = await this.table.client.send(
        new UpdateCommand({
          TableName: this.table.tableName,
          Key: pipelineKeys.run(runId),
          UpdateExpression:
            'SET #status = :failed, finishedAt = :at, employersMissing = remaining REMOVE gsi2pk, gsi2sk',
          ConditionExpression: '#status = :running',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':failed': 'failed', ':running': 'running', ':at': at },
          ReturnValues: 'ALL_NEW',
        }),
      );
      return (Attributes?.employersMissing as number | undefined) ?? 0;
    } catch (error) {
      if (isConditionFailure(error)) return undefined;
      throw error;
    }
  }

  async markDeliveryQueued(runId: string, at: string, digests: number): Promise<void> {
    await this.table.client.send(
      new UpdateCommand({
        TableName: this.table.tableName,
        Key: pipelineKeys.run(runId),
        UpdateExpression: 'SET deliveryQueuedAt = :at, digestsQueued = :n',
        ExpressionAttributeValues: { ':at': at, ':n': digests },
      }),
    );
  }

  async countDigest(runId: string, result: 'done' | 'failed'): Promise<void> {
    await this.table.client.send(
      new UpdateCommand({
        TableName: this.table.tableName,
        Key: pipelineKeys.run(runId),
        UpdateExpression: `ADD ${result === 'done' ? 'digestsDone' : 'digestsFailed'} :one`,
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeValues: { ':one': 1 },
      }),
    );
  }
}
