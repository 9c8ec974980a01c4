import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { DynamoDigestRepository } from '../../../shared/adapters/dynamodb/digest-repository.js';
import { DynamoSignalLedger } from '../../../shared/adapters/dynamodb/ledger-repository.js';
import { DynamoResourceStore } from '../../../shared/adapters/dynamodb/resource-store.js';
import { DynamoRunRepository } from '../../../shared/adapters/dynamodb/run-repository.js';
import { DynamoSignalRepository } from '../../../shared/adapters/dynamodb/signal-repository.js';
import { DynamoTenantLookup } from '../../../shared/adapters/dynamodb/tenant-lookup.js';
import type { Right } from '../../../shared/app/caller.js';
import type { StoredSignal } from '../../../shared/app/pipeline/ports.js';
import { fixedTestClock } from '../app/support/fakes.js';

/**
 * A document client that records each command it is sent and answers `{}`: the requests a store
 * would send, pinned without a database (so a key change shows up here first).
 */
function recordingClient(answer: (name: string) => object = () => ({})) {
  const sent: Array<{ name: string; input: Record<string, any> }> = [];
  // A real client (the SDK's paginators ask for one) whose requests are recorded, never sent.
  const client = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'eu-west-1' }));
  client.send = (async (command: { constructor: { name: string }; input: Record<string, any> }) => {
    sent.push({ name: command.constructor.name, input: command.input });
    return answer(command.constructor.name);
  }) as never;
  return { client, sent };
}
const audit = { by: 'svc', at: '2026-11-28T05:00:00.000Z' };
const T = 'signals';

describe('Class: DynamoResourceStore (requests)', () => {
  it('puts an employer under its key, in its provider’s gsi1 list, with providerId immutable', async () => {
    const { client, sent } = recordingClient(() => ({ Attributes: { data: {}, version: 1 } }));
    await new DynamoResourceStore(client, T).put(
      { kind: 'employer', employerId: 'e1' },
      { employerId: 'e1', providerId: 'p1', name: 'B' },
      audit,
      { ifMatch: 3 },
      { providerId: 'p1' },
    );
    const [{ name, input }] = sent as [(typeof sent)[number]];
    expect(name).toBe('UpdateCommand');
    expect(input.Key).toEqual({ pk: 'EMPLOYER#e1', sk: 'EMPLOYER' });
    expect(input.ExpressionAttributeValues).toMatchObject({
      ':expectedVersion': 3,
      ':ix0': 'PROVIDER#p1#EMPLOYERS',
      ':ix1': 'EMPLOYER#e1',
      ':im0': 'p1',
    });
    expect(input.ConditionExpression).toBe(
      'version = :expectedVersion AND (attribute_not_exists(pk) OR #data.#im0 = :im0)',
    );
  });

  it('keys every resource kind in its tenant’s partition', async () => {
    const { client, sent } = recordingClient();
    const store = new DynamoResourceStore(client, T);
    const refs = [
      { kind: 'provider', providerId: 'p1' },
      { kind: 'providerUser', providerId: 'p1', userId: 'u1' },
      { kind: 'department', employerId: 'e1', departmentId: 'd1' },
      { kind: 'employerUser', employerId: 'e1', userId: 'u1' },
      { kind: 'employee', employerId: 'e1', employeeId: 'x1' },
      { kind: 'providerDefaultSettings', providerId: 'p1' },
      { kind: 'providerUserSettings', providerId: 'p1', userId: 'u1' },
      { kind: 'employerUserSettings', employerId: 'e1', userId: 'u1' },
      { kind: 'signalSet', providerId: 'p1', setId: 's1' },
      { kind: 'customSignal', employerId: 'e1', employeeId: 'x1', customSignalId: 'c1' },
      { kind: 'providerTemplate', providerId: 'p1' },
      { kind: 'employerTemplate', employerId: 'e1' },
    ] as const;
    for (const ref of refs) await store.get(ref);
    expect(sent.map((s) => `${s.input.Key.pk} ${s.input.Key.sk}`)).toEqual([
      'PROVIDER#p1 PROVIDER',
      'PROVIDER#p1 USER#u1',
      'EMPLOYER#e1 DEPARTMENT#d1',
      'EMPLOYER#e1 USER#u1',
      'EMPLOYER#e1 EMPLOYEE#x1',
      'PROVIDER#p1 SETTINGS#DEFAULT',
      'PROVIDER#p1 SETTINGS#USER#u1',
      'EMPLOYER#e1 SETTINGS#USER#u1',
      'PROVIDER#p1 SET#s1',
      'EMPLOYER#e1 CUSTOM#x1#c1',
      'PROVIDER#p1 TEMPLATE#EMAIL',
      'EMPLOYER#e1 TEMPLATE#EMAIL',
    ]);
  });

  it('indexes an employer user’s settings by the set applied (gsi1) and selected (gsi2)', async () => {
    const { client, sent } = recordingClient(() => ({ Attributes: { data: {}, version: 1 } }));
    await new DynamoResourceStore(client, T).put(
      { kind: 'employerUserSettings', employerId: 'e1', userId: 'u1' },
      { providerId: 'p1', appliedSetId: 's1', selectedSetId: 's2' },
      audit,
      {},
    );
    expect(sent[0]!.input.ExpressionAttributeValues).toMatchObject({
      ':ix0': 'SET#p1#s1#APPLIED',
      ':ix1': 'USER#e1#u1',
      ':ix2': 'SET#p1#s2#SELECTED',
      ':ix3': 'USER#e1#u1',
    });
  });

  it('puts an active employer in the sparse gsi2 and takes it out again', async () => {
    const { client, sent } = recordingClient(() => ({ Attributes: { data: {}, version: 2 } }));
    const store = new DynamoResourceStore(client, T);
    await store.setProduct290('e1', true, audit);
    await store.setProduct290('e1', false, audit);
    expect(sent[0]!.input.ExpressionAttributeValues).toMatchObject({
      ':g2pk': 'PRODUCT#290#ACTIVE',
      ':g2sk': 'EMPLOYER#e1',
    });
    expect(sent[1]!.input.UpdateExpression).toContain('REMOVE gsi2pk, gsi2sk');
  });

  it('lists a limited provider user’s employers with the filter inside the query', async () => {
    const { client, sent } = recordingClient(() => ({ Items: [] }));
    await new DynamoResourceStore(client, T).list(
      { kind: 'providerEmployers', providerId: 'p1', only: ['e1', 'e2'] },
      { limit: 10 },
    );
    expect(sent[0]!.input).toMatchObject({
      IndexName: 'gsi1',
      KeyConditionExpression: '#p = :p AND begins_with(#s, :s)',
      FilterExpression: '#data.employerId IN (:only0, :only1)',
      ExpressionAttributeValues: {
        ':p': 'PROVIDER#p1#EMPLOYERS',
        ':s': 'EMPLOYER#',
        ':only0': 'e1',
        ':only1': 'e2',
      },
      Limit: 11,
    });
  });

  it("reads a caller's user record once per request, however many ask", async () => {
    const { client, sent } = recordingClient(() => ({ Item: { data: { active: true } } }));
    const tenants = new DynamoTenantLookup(client, T);
    const caller = { userType: 'provider' as const, sub: 'u1', providerId: 'p1', rights: new Set<Right>() };
    await tenants.callerUser(caller);
    expect(await tenants.callerUser(caller)).toEqual({ active: true, employerIds: undefined });
    expect(sent).toHaveLength(1);
    await tenants.callerUser({ ...caller });
    expect(sent).toHaveLength(2);
  });

  it('reads tenants with projected GetItems', async () => {
    const { client, sent } = recordingClient(() => ({ Item: { data: { providerId: 'p1' } } }));
    const tenants = new DynamoTenantLookup(client, T);
    expect(await tenants.employerProvider('e1')).toBe('p1');
    expect(sent[0]!.input).toMatchObject({
      Key: { pk: 'EMPLOYER#e1', sk: 'EMPLOYER' },
      ProjectionExpression: '#data.providerId',
    });
  });
});

const signal: StoredSignal = {
  signalId: '20261128abc',
  recipientKey: 'E:e1:u1',
  recipientId: 'u1',
  signalType: 'BIRTHDAY',
  typeName: 'Verjaardag',
  employerId: 'e1',
  employerName: 'B',
  employeeId: 'x1',
  employeeName: 'A',
  departmentId: null,
  subject: 'age:46',
  eventDate: '2026-12-05',
  signalDate: '2026-11-28',
  daysBefore: 7,
  status: 'unread',
  createdAt: '2026-11-28T05:00:00.000Z',
  readAt: null,
  handledAt: null,
  handledBy: null,
  note: null,
  emailed: false,
  runId: 'r1',
};

describe('Class: DynamoSignalRepository (requests)', () => {
  it('writes new signals in batches, with no index keys: one write unit each', async () => {
    const { client, sent } = recordingClient();
    await new DynamoSignalRepository(client, T, fixedTestClock()).putNew([signal]);
    expect(sent[0]!.name).toBe('BatchWriteCommand');
    const item = sent[0]!.input.RequestItems[T][0].PutRequest.Item;
    expect(item).toMatchObject({ pk: 'INBOX#E:e1:u1', sk: 'SIGNAL#20261128abc' });
    expect(Object.keys(item).filter((k) => k.startsWith('gsi'))).toEqual([]);
  });

  it('writes a signal that may exist only where absent', async () => {
    const { client, sent } = recordingClient();
    await new DynamoSignalRepository(client, T, fixedTestClock()).putIfAbsent([signal]);
    // Which exist, in one batch; then a conditional put of each that does not.
    expect(sent.map((c) => c.name)).toEqual(['BatchGetCommand', 'PutCommand']);
    expect(sent[1]!.input.ConditionExpression).toBe('attribute_not_exists(pk)');
  });

  it('reads the inbox newest first from the partition’s own sort key, the dates as a key range', async () => {
    const { client, sent } = recordingClient(() => ({ Items: [] }));
    await new DynamoSignalRepository(client, T, fixedTestClock()).listInbox(
      'E:e1:u1',
      { status: 'unread', from: '2026-11-01', to: '2026-11-30' },
      { limit: 20 },
    );
    expect(sent[0]!.input).toMatchObject({
      KeyConditionExpression: 'pk = :p AND sk BETWEEN :from AND :to',
      ExpressionAttributeValues: {
        ':p': 'INBOX#E:e1:u1',
        ':from': 'SIGNAL#20261101',
        ':to': 'SIGNAL#20261130~',
        ':status': 'unread',
      },
      ScanIndexForward: false,
    });
    expect(sent[0]!.input.IndexName).toBeUndefined();
  });
});

describe('Class: DynamoSignalLedger (requests)', () => {
  it('files a run’s record above the employer’s data, under the last day its signals can be due', async () => {
    const { client, sent } = recordingClient();
    await new DynamoSignalLedger(client, T).record('e1', 'r1', '2026-12-12', [
      {
        recipientKey: 'E:e1:u1',
        signalType: 'BIRTHDAY',
        employeeId: 'x1',
        subject: 'age:46',
        eventDate: '2026-12-05',
        daysBefore: 7,
        email: true,
      },
    ]);
    expect(sent[0]!.input.Item).toMatchObject({
      pk: 'EMPLOYER#e1',
      sk: '~LEDGER#2026-12-12#r1',
      entries: ['~u1|bd|x1|age:46|20261205|7|1'],
    });
  });

  it('reads only the records still open on the run day', async () => {
    const { client, sent } = recordingClient(() => ({ Items: [] }));
    await new DynamoSignalLedger(client, T).open('e1', '2026-11-28');
    expect(sent[0]!.input).toMatchObject({
      KeyConditionExpression: 'pk = :pk AND sk >= :from',
      ExpressionAttributeValues: { ':pk': 'EMPLOYER#e1', ':from': '~LEDGER#2026-11-28' },
    });
  });
});

describe('Class: DynamoRunRepository and DynamoDigestRepository (requests)', () => {
  it('keys runs, employers counted on them, and digest sends in the run partition', async () => {
    const { client, sent } = recordingClient();
    const runs = new DynamoRunRepository(client, T);
    await runs.markEmployer('r1', 'e1', 'done', { created: 2, withdrawn: 0 }, '2026-11-28T05:00:00.000Z');
    await new DynamoDigestRepository(client, T, fixedTestClock()).claimDigest(
      'r1',
      'E:e1:u1',
      new Date('2026-11-28T05:00:00Z'),
      300,
    );
    const [put, update] = sent[0]!.input.TransactItems;
    expect(put.Put.Item).toMatchObject({ pk: 'RUN#r1', sk: 'EMPLOYER#e1', outcome: 'done' });
    expect(update.Update.Key).toEqual({ pk: 'RUN#r1', sk: 'RUN' });
    expect(sent[1]!.input.Item).toMatchObject({ pk: 'RUN#r1', sk: 'SENT#E:e1:u1', state: 'sending' });
  });
});
