import {
  BatchWriteCommand,
  GetCommand,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
} from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { makeDocumentClient } from '../../../shared/adapters/dynamodb/client.js';
import { indexKeys, keys, partitions, pipelineKeys } from '../../../shared/adapters/dynamodb/keys.js';
import {
  inZones,
  PartitionAccessDenied,
  type Touch,
  touchedPartitions,
  ZONES,
  zonePatterns,
} from '../../../shared/adapters/dynamodb/partition-access.js';
import { TABLE_ACCESS } from '../../../shared/config/functions.js';
import { asFunction, guardLocalClient } from '../../../shared/local/function-context.js';

/** A guarded client that never reaches a network: a request the guard lets through answers {}. */
function offlineClient() {
  const client = makeDocumentClient({ endpoint: 'http://127.0.0.1:9', region: 'eu-west-1' });
  const sent: string[] = [];
  client.middlewareStack.add(
    (_next, context) => async () => {
      sent.push(String((context as { commandName?: string }).commandName));
      return { output: { $metadata: {} }, response: {} } as never;
    },
    { step: 'build', name: 'offline' },
  );
  return { client: guardLocalClient(client), sent };
}

const TableName = 'signals-test';

describe('Partition access: what IAM grants each function, enforced locally', () => {
  it('refuses a request outside the function’s zones before it is sent, and lets its own through', async () => {
    const { client, sent } = offlineClient();
    // The bounce handler may write suppressions, and nothing else: sickness data is out of its reach.
    await asFunction('sesEvents', () =>
      client.send(new PutCommand({ TableName, Item: { ...pipelineKeys.suppressed('a@b.nl') } })),
    );
    await expect(
      asFunction('sesEvents', () => client.send(new GetCommand({ TableName, Key: keys.employer('e1') }))),
    ).rejects.toThrow(PartitionAccessDenied);
    // The signal list may not read the unsubscribe key's neighbours: runs.
    await expect(
      asFunction('signals', () => client.send(new GetCommand({ TableName, Key: pipelineKeys.run('r1') }))),
    ).rejects.toThrow(/signals may not read partition RUN#r1/);
    // Reading is not writing: dispatch reads employers, but may not write them.
    await asFunction('dispatch', () => client.send(new GetCommand({ TableName, Key: keys.employer('e1') })));
    await expect(
      asFunction('dispatch', () =>
        client.send(new PutCommand({ TableName, Item: { ...keys.employer('e1'), entity: 'employer' } })),
      ),
    ).rejects.toThrow(/dispatch may not write partition EMPLOYER#e1/);
    // A test's own set-up is made as no function: not checked.
    await client.send(new GetCommand({ TableName, Key: keys.employer('e1') }));
    expect(sent).toEqual(['PutItemCommand', 'GetItemCommand', 'GetItemCommand']);
  });

  it('reads each item of a batch or a transaction, and the partition a query names', () => {
    const writes = touchedPartitions('BatchWriteItemCommand', {
      RequestItems: {
        [TableName]: [
          { PutRequest: { Item: { ...pipelineKeys.signal('E:e1:u1', 's1') } } },
          { DeleteRequest: { Key: keys.employer('e2') } },
        ],
      },
    });
    expect(writes.map((t) => [t.pk, t.write])).toEqual([
      ['INBOX#E:e1:u1', true],
      ['EMPLOYER#e2', true],
    ]);
    const transaction = touchedPartitions('TransactWriteItemsCommand', {
      TransactItems: [
        { ConditionCheck: { Key: pipelineKeys.run('r1') } },
        { Update: { Key: pipelineKeys.mailState('E:e1:u1') } },
      ],
    });
    expect(transaction.map((t: Touch) => [t.pk, t.write])).toEqual([
      ['RUN#r1', false],
      ['INBOX#E:e1:u1', true],
    ]);
    const query = touchedPartitions('QueryCommand', {
      IndexName: 'gsi2',
      KeyConditionExpression: 'gsi2pk = :p AND gsi2sk < :before',
      ExpressionAttributeValues: { ':p': indexKeys.runningRuns, ':before': 'x' },
    });
    expect(query).toEqual([{ command: 'QueryCommand', pk: 'RUNS#RUNNING', write: false }]);
    // A table-wide call touches every partition: no zone allows it.
    expect(touchedPartitions('ScanCommand', {})).toEqual([{ command: 'ScanCommand', pk: '?', write: true }]);
  });

  it('matches zones as IAM’s StringLike does, with the partitions of keys.ts', () => {
    expect(inZones(partitions.employer('e-1'), ZONES.employer)).toBe(true);
    expect(inZones(indexKeys.employersOfProvider('p1'), ZONES.provider)).toBe(true);
    expect(inZones(indexKeys.runs, ZONES.run)).toBe(false);
    expect(inZones(indexKeys.runs, ZONES.runIndex)).toBe(true);
    expect(inZones('PLATFORMX', ZONES.signingKey)).toBe(false);
    expect(inZones(indexKeys.setSelected('p1', 's1'), ZONES.signalSetIndex)).toBe(true);
    // No zone overlaps another: each partition belongs to exactly one.
    const samples = [
      partitions.provider('p'),
      partitions.employer('e'),
      partitions.inbox('E:e:u'),
      partitions.run('r'),
      partitions.suppressed('a@b.nl'),
      pipelineKeys.signingKey('unsubscribe').pk,
      indexKeys.runs,
      indexKeys.runningRuns,
      indexKeys.activeEmployers,
      indexKeys.momentOwners,
      indexKeys.setApplied('p', 's'),
      indexKeys.collectedOfProvider('p'),
    ];
    for (const pk of samples) {
      const owners = Object.entries(ZONES).filter(([, patterns]) => inZones(pk, patterns));
      expect(owners, pk).toHaveLength(1);
    }
  });

  it('keeps sickness data and the signing key with the functions that need them', () => {
    const withZone = (zone: keyof typeof ZONES, level: 'read' | 'write') =>
      Object.entries(TABLE_ACCESS)
        .filter(([, access]) => zonePatterns(access, level).some((p) => ZONES[zone].includes(p as never)))
        .map(([fn]) => fn)
        .sort();
    expect(withZone('signingKey', 'read')).toEqual(['deliver', 'signals']);
    expect(withZone('suppressed', 'write')).toEqual(['sesEvents']);
    expect(withZone('employer', 'read')).not.toContain('sesEvents');
    expect(withZone('employer', 'read')).not.toContain('sweep');
    expect(withZone('employer', 'read')).not.toContain('operations');
  });

  it('never lets a query through without a key condition it can read', async () => {
    const { client } = offlineClient();
    await expect(
      asFunction('operations', () =>
        client.send(
          new QueryCommand({ TableName, FilterExpression: 'x = :x', ExpressionAttributeValues: {} }),
        ),
      ),
    ).rejects.toThrow(/partition \?/);
    await expect(
      asFunction('deliver', () => client.send(new TransactWriteCommand({ TransactItems: [] }))),
    ).resolves.toBeDefined();
    await expect(
      asFunction('deliver', () =>
        client.send(
          new BatchWriteCommand({
            RequestItems: { [TableName]: [{ DeleteRequest: { Key: keys.provider('p') } }] },
          }),
        ),
      ),
    ).rejects.toThrow(/deliver may not write partition PROVIDER#p/);
  });
});
