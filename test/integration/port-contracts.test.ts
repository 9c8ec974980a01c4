import { describe, expect, inject, it } from 'vitest';
import { makeDocumentClient } from '../../shared/adapters/dynamodb/client.js';
import { DynamoDigestRepository } from '../../shared/adapters/dynamodb/digest-repository.js';
import { DynamoMailbox } from '../../shared/adapters/dynamodb/mailbox-repository.js';
import { DynamoResourceStore } from '../../shared/adapters/dynamodb/resource-store.js';
import { DynamoRunRepository } from '../../shared/adapters/dynamodb/run-repository.js';
import { DynamoSignalRepository } from '../../shared/adapters/dynamodb/signal-repository.js';
import { DynamoSuppressionList } from '../../shared/adapters/dynamodb/suppression-list.js';
import type { DigestStore, Mailbox } from '../../shared/app/digests/ports.js';
import type { SuppressionList } from '../../shared/app/mail/ports.js';
import type { SignalStore, StoredSignal } from '../../shared/app/pipeline/ports.js';
import type { ResourceStore } from '../../shared/app/resource-store.js';
import { ConflictError, NotFoundError, PreconditionFailedError } from '../../shared/domain/errors.js';
import {
  fixedTestClock,
  InMemoryDigestStore,
  InMemoryResourceStore,
  InMemoryRunStore,
  InMemorySignalStore,
  InMemorySuppressions,
} from '../unit/app/support/fakes.js';
import { InMemoryMailbox } from '../unit/app/support/mailbox-fake.js';
import { uid } from './support/api.js';

/**
 * Each port's behaviour, written once and held against both its implementations: the fake the
 * use-case tests rest on, and the DynamoDB adapter on DynamoDB Local. A fake that drifts from the
 * adapter fails here, not in production.
 */
const client = () => makeDocumentClient({ endpoint: inject('dynamodbEndpoint'), region: 'eu-west-1' });
const table = () => inject('tableName');
const clock = fixedTestClock();

const implementations = {
  signals: {
    fake: (): SignalStore => new InMemorySignalStore(),
    dynamodb: (): SignalStore => new DynamoSignalRepository(client(), table(), clock),
  },
  mailbox: {
    fake: (): Mailbox => new InMemoryMailbox(),
    dynamodb: (): Mailbox => new DynamoMailbox(client(), table(), clock),
  },
  store: {
    fake: (): ResourceStore => new InMemoryResourceStore(),
    dynamodb: (): ResourceStore => new DynamoResourceStore(client(), table()),
  },
  digests: {
    fake: (): Pick<DigestStore, 'claimDigest' | 'releaseDigest' | 'markDigestSent'> =>
      new InMemoryDigestStore(),
    dynamodb: (): Pick<DigestStore, 'claimDigest' | 'releaseDigest' | 'markDigestSent'> =>
      new DynamoDigestRepository(client(), table(), clock),
  },
  runs: {
    fake: () => new InMemoryRunStore(),
    dynamodb: () => new DynamoRunRepository(client(), table()),
  },
  suppressions: {
    fake: (): SuppressionList => new InMemorySuppressions(),
    dynamodb: (): SuppressionList => new DynamoSuppressionList(client(), table()),
  },
};

const aSignal = (recipientKey: string, overrides: Partial<StoredSignal> = {}): StoredSignal => ({
  signalId: '20261128s1',
  recipientKey,
  recipientId: 'u1',
  signalType: 'BIRTHDAY',
  typeName: 'Verjaardag',
  employerId: 'e1',
  employerName: 'Bakkerij',
  employeeId: 'x1',
  employeeName: 'Anna',
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
  emailed: true,
  runId: 'r1',
  ...overrides,
});

describe.each(Object.entries(implementations.signals))('Port contract: SignalStore (%s)', (_, make) => {
  it('writes a signal once by its id, and lists a user’s signals newest signal date first, by status', async () => {
    const store = make();
    const key = `E:e1:${uid('u')}`;
    const first = aSignal(key);
    const later = aSignal(key, { signalId: '20261130s2', signalDate: '2026-11-30' });
    await store.putNew([first]);
    expect(await store.putIfAbsent([first, later])).toEqual(new Set([first.signalId]));
    expect((await store.listInbox(key, {}, { limit: 10 })).items.map((s) => s.signalId)).toEqual([
      later.signalId,
      first.signalId,
    ]);
    expect(await store.getSignal(key, first.signalId)).toEqual(first);
    expect(await store.getSignal(`E:e1:${uid('other')}`, first.signalId)).toBeUndefined();
  });

  it('moves a status only from the expected ones: withdraw, revive, read, handle', async () => {
    const store = make();
    const key = `E:e1:${uid('u')}`;
    const s = aSignal(key);
    await store.putNew([s]);
    expect(await store.reviveSignal(key, s.signalId)).toBe(false);
    const read = await store.updateStatus(key, s.signalId, ['unread'], {
      status: 'read',
      at: '2026-11-28T06:00:00.000Z',
    });
    expect(read).toMatchObject({ status: 'read', readAt: '2026-11-28T06:00:00.000Z' });
    expect(
      await store.updateStatus(key, s.signalId, ['unread'], { status: 'read', at: 'x' }),
    ).toBeUndefined();
    expect(await store.withdrawSignal(key, s.signalId)).toBe(true);
    expect(await store.withdrawSignal(key, s.signalId)).toBe(false);
    expect((await store.listInbox(key, { status: 'withdrawn' }, { limit: 10 })).items).toHaveLength(1);
    expect(await store.reviveSignal(key, s.signalId)).toBe(true);
    const handled = await store.updateStatus(key, s.signalId, ['unread', 'read'], {
      status: 'handled',
      at: '2026-11-29T08:00:00.000Z',
      by: 'u1',
      note: 'gebeld',
    });
    expect(handled).toMatchObject({ status: 'handled', handledBy: 'u1', note: 'gebeld' });
    expect(await store.withdrawSignal(key, s.signalId)).toBe(false);
  });

  it('deletes a whole inbox, and only that one', async () => {
    const store = make();
    const [gone, kept] = [`E:e1:${uid('u')}`, `E:e1:${uid('u')}`];
    await store.putNew([aSignal(gone), aSignal(kept)]);
    await store.deleteInbox(gone);
    expect((await store.listInbox(gone, {}, { limit: 10 })).items).toEqual([]);
    expect((await store.listInbox(kept, {}, { limit: 10 })).items).toHaveLength(1);
  });
});

describe.each(Object.entries(implementations.mailbox))('Port contract: Mailbox (%s)', (_, make) => {
  it('answers the defaults for a user never saved, and what was saved after', async () => {
    const box = make();
    const key = `E:e1:${uid('u')}`;
    expect((await box.state(key)).preferences).toEqual({
      cadence: 'everyRun',
      weekday: 'mon',
      paused: false,
    });
    const preferences = { cadence: 'weekly', weekday: 'fri', paused: false } as const;
    await box.save(key, 'p1', { preferences, updatedAt: '2026-11-28T05:00:00.000Z' }, null);
    expect((await box.state(key)).preferences).toEqual(preferences);
    expect((await box.stateOfEach([key])).get(key)?.preferences).toEqual(preferences);
  });

  it('keeps collected digests oldest first, wakes them on their date (for the provider), and refiles them on save', async () => {
    const box = make();
    const provider = uid('p');
    const key = `E:e1:${uid('u')}`;
    await box.collect(provider, { runId: 'r2', runDate: '2026-11-30' }, [
      { recipientKey: key, wakeOn: '2026-12-04' },
    ]);
    await box.collect(provider, { runId: 'r1', runDate: '2026-11-28' }, [
      { recipientKey: key, wakeOn: '2026-12-04' },
    ]);
    await box.collect(provider, { runId: 'r1', runDate: '2026-11-28' }, [
      { recipientKey: key, wakeOn: '2026-12-04' },
    ]);
    expect(await box.collected(key)).toEqual([
      { runId: 'r1', runDate: '2026-11-28' },
      { runId: 'r2', runDate: '2026-11-30' },
    ]);
    expect(await box.dueRecipients([provider], '2026-12-03')).toEqual([]);
    expect(await box.dueRecipients([provider], '2026-12-04')).toEqual([key]);
    expect(await box.dueRecipients([uid('p')], '2026-12-04')).toEqual([]);
    // Paused: filed under no date, no run wakes them.
    await box.save(
      key,
      provider,
      { preferences: { cadence: 'everyRun', weekday: 'mon', paused: true } },
      null,
    );
    expect(await box.dueRecipients([provider], '2026-12-31')).toEqual([]);
  });

  it('leases a user’s collected digests to one run at a time, until the lease runs out, and discards them', async () => {
    const box = make();
    const key = `E:e1:${uid('u')}`;
    const now = new Date('2026-11-28T05:00:00Z');
    await box.collect('p1', { runId: 'r1', runDate: '2026-11-28' }, [
      { recipientKey: key, wakeOn: '2026-11-28' },
    ]);
    expect(await box.lease(key, 'run-a', now, 300)).toBe(true);
    expect(await box.lease(key, 'run-a', now, 300)).toBe(true);
    expect(await box.lease(key, 'run-b', now, 300)).toBe(false);
    expect(await box.lease(key, 'run-b', new Date(now.getTime() + 301_000), 300)).toBe(true);
    await box.releaseLease(key, 'run-a');
    expect(await box.lease(key, 'run-a', now, 300)).toBe(false);
    await box.discard(key, await box.collected(key), 'run-b');
    expect(await box.collected(key)).toEqual([]);
    expect(await box.lease(key, 'run-a', now, 300)).toBe(true);
  });
});

describe.each(Object.entries(implementations.suppressions))(
  'Port contract: SuppressionList (%s)',
  (_, make) => {
    it('suppresses an address whatever its case, and no other', async () => {
      const list = make();
      const address = `${uid('x')}@Example.nl`;
      expect(await list.isSuppressed(address)).toBe(false);
      await list.suppress(address, 'bounce', '2026-11-28T05:00:00.000Z');
      expect(await list.isSuppressed(address.toLowerCase())).toBe(true);
      expect(await list.isSuppressed(`other-${address}`)).toBe(false);
    });
  },
);

describe.each(Object.entries(implementations.runs))('Port contract: RunStore (%s)', (_, make) => {
  const aRun = (runId: string) => ({
    runId,
    moment: 'manual',
    trigger: 'manual' as const,
    scope: null,
    date: '2026-11-28',
    status: 'running' as const,
    employers: { total: 0, done: 0, failed: 0 },
    signalsCreated: 0,
    signalsWithdrawn: 0,
    emailsSent: 0,
    startedAt: '2026-11-28T05:00:00.000Z',
    finishedAt: null,
  });

  it('records a run once, completes it once its employers are counted, and again until its delivery is queued', async () => {
    const runs = make();
    const runId = uid('run');
    expect(await runs.createRun(aRun(runId))).toBe(true);
    expect(await runs.createRun(aRun(runId))).toBe(false);
    expect(await runs.getRun(runId)).toMatchObject({ status: 'running', deliveryQueuedAt: null });
    expect(await runs.completeIfFinished(runId, '2026-11-28T05:01:00.000Z')).toBe(true);
    // A retry after a failed enqueue finds it completed and not queued: it queues again.
    expect(await runs.completeIfFinished(runId, '2026-11-28T05:01:00.000Z')).toBe(true);
    await runs.markDeliveryQueued(runId, '2026-11-28T05:01:01.000Z', 2);
    expect(await runs.completeIfFinished(runId, '2026-11-28T05:02:00.000Z')).toBe(false);
    await runs.countDigest(runId, 'done');
    await runs.countDigest(runId, 'failed');
    expect(await runs.getRun(runId)).toMatchObject({
      status: 'completed',
      deliveryQueuedAt: '2026-11-28T05:01:01.000Z',
      digests: { queued: 2, done: 1, failed: 1 },
    });
    expect(await runs.getRun(uid('none'))).toBeUndefined();
  });
});

describe.each(Object.entries(implementations.store))('Port contract: ResourceStore (%s)', (_, make) => {
  const audit = (at: string) => ({ by: 'svc', at });

  it('versions every write, holds If-Match, If-None-Match and immutable fields, and refuses what is absent', async () => {
    const store = make();
    const ref = { kind: 'employer', employerId: uid('e') } as const;
    const data = (providerId: string, name: string) => ({ employerId: ref.employerId, providerId, name });
    const first = await store.put(
      ref,
      data('p1', 'A'),
      audit('2026-11-28T05:00:00.000Z'),
      { ifNoneMatch: true },
      { providerId: 'p1' },
    );
    expect(first).toMatchObject({ created: true, stored: { version: 1, data: { name: 'A' } } });
    await expect(store.put(ref, data('p1', 'B'), audit('x'), { ifNoneMatch: true })).rejects.toBeInstanceOf(
      PreconditionFailedError,
    );
    await expect(store.put(ref, data('p1', 'B'), audit('x'), { ifMatch: 7 })).rejects.toBeInstanceOf(
      PreconditionFailedError,
    );
    await expect(
      store.put(ref, data('p2', 'B'), audit('x'), {}, { providerId: 'p2' }),
    ).rejects.toBeInstanceOf(ConflictError);
    const second = await store.put(
      ref,
      data('p1', 'B'),
      audit('2026-11-29T05:00:00.000Z'),
      { ifMatch: 1 },
      { providerId: 'p1' },
    );
    expect(second.stored).toMatchObject({
      version: 2,
      createdAt: '2026-11-28T05:00:00.000Z',
      updatedAt: '2026-11-29T05:00:00.000Z',
      data: { name: 'B' },
    });
    await store.setProduct290(ref.employerId, true, audit('2026-11-30T05:00:00.000Z'));
    expect((await store.get(ref))?.products).toEqual(['290']);
    await expect(store.delete(ref, { ifMatch: 1 })).rejects.toBeInstanceOf(PreconditionFailedError);
    await store.delete(ref, {});
    expect(await store.get(ref)).toBeUndefined();
    await expect(store.delete(ref, {})).rejects.toBeInstanceOf(NotFoundError);
  });

  it('deletes a user with its settings in one go, and lists in pages by id', async () => {
    const store = make();
    const employerId = uid('e');
    const at = audit('2026-11-28T05:00:00.000Z');
    await store.put({ kind: 'employer', employerId }, { employerId, providerId: 'p1', name: 'A' }, at, {});
    for (const userId of ['u1', 'u2', 'u3']) {
      await store.put(
        { kind: 'employerUser', employerId, userId },
        { employerId, userId, email: `${userId}@x.nl` },
        at,
        {},
      );
    }
    const settings = { kind: 'employerUserSettings', employerId, userId: 'u1' } as const;
    await store.put(settings, { providerId: 'p1', employerId, userId: 'u1', mode: 'none' }, at, {});
    await store.delete({ kind: 'employerUser', employerId, userId: 'u1' }, {}, [settings]);
    expect(await store.get(settings)).toBeUndefined();
    const first = await store.list<{ userId: string }>({ kind: 'employerUsers', employerId }, { limit: 1 });
    expect(first.items.map((u) => u.data.userId)).toEqual(['u2']);
    const second = await store.list<{ userId: string }>(
      { kind: 'employerUsers', employerId },
      { limit: 1, cursor: first.nextCursor! },
    );
    expect(second.items.map((u) => u.data.userId)).toEqual(['u3']);
    expect(second.nextCursor).toBeUndefined();
  });
});

describe.each(Object.entries(implementations.digests))(
  'Port contract: DigestStore, the send claim (%s)',
  (_, make) => {
    it('claims a (run, user) send once while its lease runs, again once it ran out or was given back, never once sent', async () => {
      const store = make();
      const [runId, key] = [uid('run'), `E:e1:${uid('u')}`];
      const now = new Date('2026-11-28T05:00:00Z');
      const later = (s: number) => new Date(now.getTime() + s * 1000);
      expect(await store.claimDigest(runId, key, now, 300)).toBe('claimed');
      expect(await store.claimDigest(runId, key, later(10), 300)).toBe('held');
      expect(await store.claimDigest(runId, key, later(301), 300)).toBe('claimed');
      await store.releaseDigest(runId, key);
      expect(await store.claimDigest(runId, key, later(302), 300)).toBe('claimed');
      await store.markDigestSent(runId, key, later(303).toISOString(), 'msg-1');
      expect(await store.claimDigest(runId, key, later(10_000), 300)).toBe('sent');
      await store.releaseDigest(runId, key);
      expect(await store.claimDigest(runId, key, later(10_001), 300)).toBe('sent');
    });
  },
);
