import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { indexKeys, partitions, pipelineKeys } from './keys.js';

/**
 * The table's partitions in zones, each a pattern of partition key values (IAM `StringLike`: `*`
 * matches any characters). A function is granted the zones it uses (IAM `dynamodb:LeadingKeys`
 * in AWS), and locally the same map is enforced on every request (partitionGuard), so a
 * missing grant fails a test here rather than a request in AWS.
 */
export const ZONES = {
  /** A provider's data, and its employers' index partition (`PROVIDER#<id>#EMPLOYERS`). */
  provider: [`${partitions.provider('')}*`],
  /** An employer's data and its signal ledger. */
  employer: [`${partitions.employer('')}*`],
  /** A user's inbox: signals, e-mail state, collected digests. */
  inbox: [`${partitions.inbox('')}*`],
  /** A run's record, its employers and digests. */
  run: [`${partitions.run('')}*`],
  /** Providers' webhook endpoints, deliveries and endpoint health. */
  webhook: [`${partitions.webhook('')}*`],
  /** Calendar feeds, by their token's digest. */
  calendar: [`${partitions.calendar('')}*`],
  /** Addresses that bounced or complained. */
  suppressed: [`${partitions.suppressed('')}*`],
  /** The key that signs unsubscribe links. */
  signingKey: [pipelineKeys.signingKey('').pk],
  /** Index partitions: every run, the running runs. */
  runIndex: [indexKeys.runs, indexKeys.runningRuns],
  /** Index partitions: active employers, owners of moments. */
  employerIndex: [indexKeys.activeEmployers, indexKeys.momentOwners],
  /** Index partitions: employer users by the signal set they applied or selected. */
  signalSetIndex: [`${indexKeys.signalSetUsers}*`],
  /** Index partitions: collected digests per provider and day. */
  mailboxIndex: [`${indexKeys.collectedOfProvider('')}*`],
} as const;
export type Zone = keyof typeof ZONES;

/** What a function may do in each zone it uses: `write` includes reading. */
export type PartitionAccess = Partial<Record<Zone, 'read' | 'write'>>;

/** The zone patterns of an access map at a level: `read` lists every zone, `write` the writable ones. */
export function zonePatterns(access: PartitionAccess, level: 'read' | 'write'): string[] {
  return Object.entries(access)
    .filter(([, mode]) => level === 'read' || mode === 'write')
    .flatMap(([zone]) => [...ZONES[zone as Zone]]);
}

/** Each pattern as the regular expression of IAM's `StringLike`, made once. */
const compiled = new Map<string, RegExp>();
const regExpOf = (pattern: string) => {
  let re = compiled.get(pattern);
  if (!re) {
    re = new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
    compiled.set(pattern, re);
  }
  return re;
};

/** Whether a partition key value lies in one of the patterns. */
export const inZones = (pk: string, patterns: readonly string[]) =>
  patterns.some((p) => regExpOf(p).test(pk));

/** A partition a request touches, and whether it writes there. */
export interface Touch {
  command: string;
  pk: string;
  write: boolean;
}

type Input = Record<string, unknown>;
const pkOf = (key: unknown) => (key as { pk?: unknown } | undefined)?.pk;

/** The partition key value a Query reads: the right side of the key condition's equality. */
function queriedPartition(input: Input): unknown {
  const match = /^\s*(#?\w+)\s*=\s*(:\w+)/.exec(String(input.KeyConditionExpression ?? ''));
  if (!match) return undefined;
  return (input.ExpressionAttributeValues as Input | undefined)?.[match[2]!];
}

/**
 * The partitions a DynamoDB request touches, read from its input as IAM would (per item of a
 * batch or a transaction). A request whose partitions cannot be read is reported with pk `?`.
 */
export function touchedPartitions(command: string, input: Input): Touch[] {
  const touch = (pk: unknown, write: boolean, name = command): Touch => ({
    command: name,
    pk: typeof pk === 'string' ? pk : '?',
    write,
  });
  switch (command) {
    case 'GetItemCommand':
      return [touch(pkOf(input.Key), false)];
    case 'PutItemCommand':
      return [touch(pkOf(input.Item), true)];
    case 'UpdateItemCommand':
    case 'DeleteItemCommand':
      return [touch(pkOf(input.Key), true)];
    case 'QueryCommand':
      return [touch(queriedPartition(input), false)];
    case 'BatchGetItemCommand':
      return Object.values((input.RequestItems ?? {}) as Record<string, { Keys: unknown[] }>).flatMap((r) =>
        r.Keys.map((k) => touch(pkOf(k), false)),
      );
    case 'BatchWriteItemCommand':
      return Object.values((input.RequestItems ?? {}) as Record<string, Input[]>).flatMap((requests) =>
        requests.map((r) =>
          touch(
            pkOf((r.PutRequest as Input | undefined)?.Item ?? (r.DeleteRequest as Input | undefined)?.Key),
            true,
          ),
        ),
      );
    case 'TransactWriteItemsCommand':
      return ((input.TransactItems ?? []) as Input[]).flatMap((t) => {
        const [kind, op] = Object.entries(t)[0] as [string, Input];
        if (kind === 'ConditionCheck') return [touch(pkOf(op.Key), false, kind)];
        return [touch(pkOf(op.Item ?? op.Key), true, kind)];
      });
    case 'TransactGetItemsCommand':
      return ((input.TransactItems ?? []) as Input[]).map((t) => touch(pkOf((t.Get as Input).Key), false));
    default:
      // Table-wide calls (Scan, DescribeTable...) touch every partition: never allowed by zones.
      return [touch(undefined, true)];
  }
}

/** A request outside the zones its function is granted: what IAM would refuse in AWS. */
export class PartitionAccessDenied extends Error {
  override name = 'PartitionAccessDenied';
}

/** Clients already guarded: one guard per client, however often it is wired. */
const guarded = new WeakSet<object>();

/**
 * Checks every request of a client against the zones of the function making it, before it is
 * sent, and refuses one outside them, as IAM's `dynamodb:LeadingKeys` condition would in AWS.
 * `current` names the function a request is made for (none: a test's own set-up, unchecked);
 * `onTouch` sees every partition touched.
 */
export function guardPartitions<F extends string>(
  client: DynamoDBDocumentClient,
  options: {
    current: () => F | undefined;
    accessOf: (fn: F) => PartitionAccess;
    onTouch?: (fn: F, touch: Touch) => void;
  },
): DynamoDBDocumentClient {
  if (guarded.has(client)) return client;
  guarded.add(client);
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const fn = options.current();
      if (fn === undefined) return next(args);
      const access = options.accessOf(fn);
      const patterns = { read: zonePatterns(access, 'read'), write: zonePatterns(access, 'write') };
      const command = String((context as { commandName?: string }).commandName ?? '');
      for (const t of touchedPartitions(command, args.input as Input)) {
        options.onTouch?.(fn, t);
        if (!inZones(t.pk, t.write ? patterns.write : patterns.read)) {
          throw new PartitionAccessDenied(
            `${fn} may not ${t.write ? 'write' : 'read'} partition ${t.pk} (${t.command}): not in its zones (shared/config/functions.ts)`,
          );
        }
      }
      return next(args);
    },
    { step: 'initialize', name: 'partitionGuard', override: true },
  );
  return client;
}
