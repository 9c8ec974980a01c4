import { DescribeTableCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  ExpiredIteratorException,
  GetRecordsCommand,
  GetShardIteratorCommand,
  type Shard,
} from '@aws-sdk/client-dynamodb-streams';
import { changedItemOf, itemChangeOf, type StreamRecord } from '../adapters/dynamodb/stream-changes.js';
import type { ChangedItem } from '../app/events/signal-events.js';
import type { AppLogger } from '../app/logger.js';
import type { ItemChange } from '../app/pipeline/reevaluate-changes.js';
import { type RetryPolicy, retry, Unfinished } from '../app/retry.js';

/** How long the poller waits when no shard had records. */
const IDLE_MS = 150;
/** A batch of changes whose re-evaluation failed is tried again, three tries in all (Lambda's stream retries, locally). */
const CONSUME_RETRY: RetryPolicy = { attempts: 3, baseMs: 200, capMs: 800 };

/**
 * Reads the table's stream in-process, as Lambda's event source mapping does in AWS, and hands
 * each shard's batch of changes to the same consumer. It starts at the stream's newest records;
 * shards that open later (a split) are read from their start. A batch whose consumer reports
 * failures is retried with backoff, then logged (locally there is no dead-letter queue).
 */
export async function startStreamPoller(options: {
  client: DynamoDBClient;
  endpoint: string;
  tableName: string;
  logger: AppLogger;
  consume: (changes: ItemChange[]) => Promise<{ failed: unknown[] }>;
  /** The second consumer: the signal events of the same records (signals, events' states, runs). */
  consumeEvents?: (items: ChangedItem[]) => Promise<unknown>;
}): Promise<{ stop(): Promise<void> }> {
  const { Table } = await options.client.send(new DescribeTableCommand({ TableName: options.tableName }));
  const streamArn = Table?.LatestStreamArn;
  if (!streamArn) throw new Error(`Table ${options.tableName} has no stream`);
  const streams = new DynamoDBStreamsClient({
    endpoint: options.endpoint,
    region: 'eu-west-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  /** The shards being read, by id; every shard ever seen (read, finished or older than the start). */
  const iterators = new Map<string, string>();
  const known = new Set<string>();
  let shardClosed = false;
  const describe = async (): Promise<Shard[]> =>
    (await streams.send(new DescribeStreamCommand({ StreamArn: streamArn }))).StreamDescription?.Shards ?? [];
  const iteratorOf = async (shardId: string, type: 'LATEST' | 'TRIM_HORIZON') =>
    (
      await streams.send(
        new GetShardIteratorCommand({ StreamArn: streamArn, ShardId: shardId, ShardIteratorType: type }),
      )
    ).ShardIterator;
  // At start: the open shards from now on (what was written before the stack started is not news).
  for (const shard of await describe()) {
    if (!shard.ShardId) continue;
    known.add(shard.ShardId);
    const iterator = shard.SequenceNumberRange?.EndingSequenceNumber
      ? undefined
      : await iteratorOf(shard.ShardId, 'LATEST');
    if (iterator) iterators.set(shard.ShardId, iterator);
  }
  let running = true;

  const consume = async (changes: ItemChange[]) => {
    await retry(CONSUME_RETRY, async () => {
      const { failed } = await options.consume(changes);
      if (failed.length > 0) throw new Unfinished(failed.length, 'changes not followed');
    }).catch((error: unknown) => {
      if (!(error instanceof Unfinished)) throw error;
      options.logger.error('changes left after failed re-evaluations', { failed: error.left });
    });
  };

  // Events are safe to repeat: a failed batch is tried again, then logged.
  const consumeEvents = (handle: (items: ChangedItem[]) => Promise<unknown>, items: ChangedItem[]) =>
    retry(CONSUME_RETRY, () => handle(items)).catch((error: unknown) =>
      options.logger.error('signal events not published', { records: items.length, error: String(error) }),
    );

  const pollOnce = async (): Promise<boolean> => {
    let any = false;
    for (const [shardId, iterator] of iterators) {
      try {
        const result = await streams.send(new GetRecordsCommand({ ShardIterator: iterator, Limit: 1000 }));
        if (result.NextShardIterator) iterators.set(shardId, result.NextShardIterator);
        else {
          // The shard is closed and read to its end.
          iterators.delete(shardId);
          shardClosed = true;
        }
        const records = (result.Records ?? []) as StreamRecord[];
        const changes = records.map(itemChangeOf).filter((c): c is ItemChange => c !== undefined);
        if (changes.length > 0) {
          any = true;
          await consume(changes);
        }
        const items = records.map(changedItemOf).filter((c): c is ChangedItem => c !== undefined);
        if (items.length > 0 && options.consumeEvents) {
          any = true;
          await consumeEvents(options.consumeEvents, items);
        }
      } catch (error) {
        if (!(error instanceof ExpiredIteratorException)) throw error;
        const fresh = await iteratorOf(shardId, 'LATEST');
        if (fresh) iterators.set(shardId, fresh);
      }
    }
    // A closed shard's children open: read the new ones from their start (once per close).
    if (shardClosed) {
      shardClosed = false;
      for (const shard of await describe()) {
        if (!shard.ShardId || known.has(shard.ShardId)) continue;
        known.add(shard.ShardId);
        const iterator = await iteratorOf(shard.ShardId, 'TRIM_HORIZON');
        if (iterator) iterators.set(shard.ShardId, iterator);
      }
    }
    return any;
  };

  const loop = (async () => {
    while (running) {
      let any = false;
      try {
        any = await pollOnce();
      } catch (error) {
        if (running) options.logger.error('stream poll failed', { error: String(error) });
      }
      if (!any) await new Promise((r) => setTimeout(r, IDLE_MS));
    }
  })();

  return {
    async stop() {
      running = false;
      await loop;
      streams.destroy();
    },
  };
}
