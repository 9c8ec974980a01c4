import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

const READS = new Set(['QueryCommand', 'GetItemCommand', 'BatchGetItemCommand']);
const WRITES = new Set([
  'PutItemCommand',
  'UpdateItemCommand',
  'DeleteItemCommand',
  'BatchWriteItemCommand',
  'TransactWriteItemsCommand',
]);

/** What a stretch of work cost in DynamoDB, as the client saw it. */
export interface Meter {
  requests: Map<string, number>;
  itemsRead: number;
  bytesRead: number;
  /** Write capacity units consumed, index writes included (ReturnConsumedCapacity: INDEXES). */
  writeUnits: number;
  /** Of those, on the run's own records. */
  runWriteUnits: number;
  /** Read capacity units consumed (eventually consistent reads count half). */
  readUnits: number;
  /** Write requests on signal data (signals, ledger, lock, digests), not on run bookkeeping. */
  dataWrites: number;
  runWrites: number;
}

export const newMeter = (): Meter => ({
  requests: new Map(),
  itemsRead: 0,
  bytesRead: 0,
  writeUnits: 0,
  runWriteUnits: 0,
  readUnits: 0,
  dataWrites: 0,
  runWrites: 0,
});

type Input = Record<string, any>;

/** The keys a write targets (its first item, for batches and transactions). */
function targetOf(input: Input): { pk?: unknown; sk?: unknown } {
  if (input.Key) return input.Key;
  if (input.Item) return input.Item;
  const batch = input.RequestItems && (Object.values(input.RequestItems)[0] as Input[] | undefined)?.[0];
  if (batch) return batch.PutRequest?.Item ?? batch.DeleteRequest?.Key ?? {};
  const t = input.TransactItems?.[0];
  if (t) return t.Put?.Item ?? t.Update?.Key ?? t.Delete?.Key ?? t.ConditionCheck?.Key ?? {};
  return {};
}

/** A key attribute, marshalled (`{S: …}`) or not. */
const text = (v: unknown) => (typeof v === 'string' ? v : ((v as { S?: string } | undefined)?.S ?? ''));

/** A run's own records (run item, employers counted, sending records), not the signals' data. */
const isRunBookkeeping = (k: { pk?: unknown; sk?: unknown }) =>
  text(k.pk).startsWith('RUN#') && !text(k.sk).startsWith('DIGEST#');

/**
 * Meters every request of a client into whichever meter is current: requests by command, items
 * and bytes read, write units consumed (asking DynamoDB for them, index writes included).
 */
export function meterClient(client: DynamoDBDocumentClient) {
  let current = newMeter();
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const name = String(context.commandName);
      const input = args.input as Input;
      const write = WRITES.has(name);
      if (write) input.ReturnConsumedCapacity = 'INDEXES';
      if (READS.has(name)) input.ReturnConsumedCapacity = 'TOTAL';
      const meter = current;
      meter.requests.set(name, (meter.requests.get(name) ?? 0) + 1);
      const bookkeeping = write && isRunBookkeeping(targetOf(input));
      if (write) {
        if (bookkeeping) meter.runWrites += 1;
        else meter.dataWrites += 1;
      }
      const result = await next(args);
      const output = result.output as Input;
      const items: unknown[] =
        output.Items ?? (output.Item ? [output.Item] : Object.values(output.Responses ?? {}).flat());
      meter.itemsRead += items.length;
      meter.bytesRead += items.reduce<number>((n, i) => n + JSON.stringify(i).length, 0);
      const consumed = output.ConsumedCapacity;
      for (const c of Array.isArray(consumed) ? consumed : consumed ? [consumed] : []) {
        if (!write) {
          meter.readUnits += c.CapacityUnits ?? 0;
          continue;
        }
        meter.writeUnits += c.CapacityUnits ?? 0;
        if (bookkeeping) meter.runWriteUnits += c.CapacityUnits ?? 0;
      }
      return result;
    },
    { step: 'initialize', name: 'benchMeter' },
  );
  return {
    /** Starts a new meter; what follows is counted on it. */
    start(): Meter {
      current = newMeter();
      return current;
    },
  };
}

export const total = (m: Meter) => [...m.requests.values()].reduce((a, b) => a + b, 0);
