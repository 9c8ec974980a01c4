import { describe, expect, it } from 'vitest';
import type { Caller } from '../../../shared/app/caller.js';
import { batchEmployees } from '../../../shared/app/directory/employees.js';
import { listProviderEmployers, putEmployer } from '../../../shared/app/directory/employers.js';
import { putProvider } from '../../../shared/app/directory/resources.js';
import { DigestHeldError, deliverDigest } from '../../../shared/app/mail/deliver-digest.js';
import { ThrottledError } from '../../../shared/app/mail/ports.js';
import type { DigestEntry, StoredSignal } from '../../../shared/app/pipeline/ports.js';
import { readAllMySignals, updateMySignal } from '../../../shared/app/pipeline/signal-list-service.js';
import { putProviderDefault } from '../../../shared/app/settings/provider-defaults.js';
import {
  activateSignalSet,
  createSignalSet,
  selectSignalSet,
} from '../../../shared/app/settings/signal-sets.js';
import { getEffectiveSettings, putUserSettings } from '../../../shared/app/settings/user-settings-service.js';
import {
  ConflictError,
  PreconditionFailedError,
  UnprocessableError,
  ValidationError,
} from '../../../shared/domain/errors.js';
import {
  fixedTestClock,
  InMemoryDigestStore,
  InMemoryMailbox,
  InMemoryResourceStore,
  InMemoryRunStore,
  InMemorySignalStore,
  InMemorySuppressions,
  RecordingMailer,
  RecordingMetrics,
  sequentialIds,
  silentLogger,
} from './support/fakes.js';

const platform: Caller = { userType: 'platform', sub: 'svc', rights: new Set(['directory:write']) };
const providerAdmin = (providerId: string): Caller => ({
  userType: 'provider',
  sub: 'pa',
  providerId,
  rights: new Set(['signals:provider-admin']),
});

/** A provider with one employer (product 290) and one employer user, in memory. */
async function aTenant() {
  const deps = { store: new InMemoryResourceStore(), clock: fixedTestClock(), ids: sequentialIds() };
  await putProvider(deps, platform, 'p1', { name: 'Jansen' }, {});
  await putEmployer(deps, platform, 'e1', { providerId: 'p1', name: 'Bakkerij' }, {});
  await deps.store.setProduct290('e1', true, { by: 'svc', at: '2026-11-28T05:00:00Z' });
  await deps.store.put(
    { kind: 'employerUser', employerId: 'e1', userId: 'u1' },
    {
      employerId: 'e1',
      userId: 'u1',
      email: 'u1@example.nl',
      name: 'U1',
      locale: 'nl',
      departmentIds: [],
      isDepartmentManager: false,
      active: true,
    },
    { by: 'svc', at: '2026-11-28T05:00:00Z' },
    {},
  );
  return deps;
}
const user = { audience: 'employer', providerId: 'p1', employerId: 'e1', userId: 'u1' } as const;

describe('Use cases: directory', () => {
  it('refuses an employer under an unknown provider (422) and a move to another provider (409)', async () => {
    // Prepare
    const deps = await aTenant();
    await putProvider(deps, platform, 'p2', { name: 'Ander' }, {});
    // Act / Assess
    await expect(putEmployer(deps, platform, 'e9', { providerId: 'nope', name: 'x' }, {})).rejects.toThrow(
      UnprocessableError,
    );
    await expect(putEmployer(deps, platform, 'e1', { providerId: 'p2', name: 'x' }, {})).rejects.toThrow(
      ConflictError,
    );
  });

  it('lists only the employers a limited provider user may address, in full pages', async () => {
    // Prepare
    const deps = await aTenant();
    for (const id of ['e2', 'e3', 'e4', 'e5'])
      await putEmployer(deps, platform, id, { providerId: 'p1', name: id }, {});
    const tenants = {
      employerProvider: async () => 'p1',
      providerUserEmployerIds: async () => ['e2', 'e4', 'e5'],
    };
    // Act
    const first = await listProviderEmployers({ ...deps, tenants }, providerAdmin('p1'), 'p1', { limit: 2 });
    // Assess
    expect(first.items.map((e) => (e.data as { employerId: string }).employerId)).toEqual(['e2', 'e4']);
    expect(first.nextCursor).toBeDefined();
  });

  it('refuses a batch that names an employee twice, listing each duplicate, and writes nothing', async () => {
    const deps = await aTenant();
    const before = deps.store.puts;
    const error = await batchEmployees(deps, platform, 'e1', {
      upsert: [{ employeeId: 'x1' }, { employeeId: 'x1' }],
      delete: ['x1'],
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).errors.map((i) => i.path)).toEqual([
      'body.upsert.1.employeeId',
      'body.delete.0',
    ]);
    expect(deps.store.puts).toBe(before);
  });
});

describe('Use cases: settings', () => {
  it('gives a user without settings the provider default, and their own once set', async () => {
    const deps = await aTenant();
    await putProviderDefault(deps, providerAdmin('p1'), 'p1', [{ signalType: 'BIRTHDAY' }], {});
    expect((await getEffectiveSettings(deps, user)).body).toMatchObject({
      mode: 'providerDefault',
      source: 'providerDefault',
    });
    await putUserSettings(deps, providerAdmin('p1'), user, { mode: 'none' }, {});
    expect((await getEffectiveSettings(deps, user)).body).toMatchObject({ mode: 'none', signals: [] });
  });

  it('retries a select and an activation that lost a race, instead of answering 412', async () => {
    // Prepare: a concurrent writer wins the first two writes of the user's settings.
    const deps = await aTenant();
    const { stored: set } = await createSignalSet(deps, providerAdmin('p1'), 'p1', {
      name: 'Standaard',
      signals: [{ signalType: 'BIRTHDAY' }],
    });
    let races = 0;
    deps.store.beforePut = async (ref) => {
      if (ref.kind !== 'employerUserSettings' || races >= 2) return;
      races += 1;
      const current = await deps.store.get<object>(ref);
      await deps.store.put(
        ref,
        current?.data ?? { providerId: 'p1', employerId: 'e1', userId: 'u1', mode: 'default' },
        { by: 'other', at: 'now' },
        {},
      );
    };
    // Act
    await selectSignalSet(deps, providerAdmin('p1'), user, set.data.setId);
    const activated = await activateSignalSet(deps, providerAdmin('p1'), user);
    // Assess
    expect(races).toBe(2);
    expect(activated.body).toMatchObject({ mode: 'custom', source: 'signalSet' });
  });

  it('answers 412 when the caller sent a stale If-Match (no retry then)', async () => {
    const deps = await aTenant();
    await putUserSettings(deps, providerAdmin('p1'), user, { mode: 'none' }, {});
    await expect(
      putUserSettings(deps, providerAdmin('p1'), user, { mode: 'none' }, { ifMatch: 7 }),
    ).rejects.toThrow(PreconditionFailedError);
  });
});

const aSignal = (overrides: Partial<StoredSignal> = {}): StoredSignal => ({
  signalId: 's1',
  recipientKey: 'E:e1:u1',
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
  createdAt: '2026-11-28T05:00:00Z',
  readAt: null,
  handledAt: null,
  handledBy: null,
  note: null,
  emailed: false,
  runId: 'r1',
  ...overrides,
});
const employerUser: Caller = {
  userType: 'employer',
  sub: 'u1',
  providerId: 'p1',
  employerId: 'e1',
  rights: new Set(['signals:use']),
};

describe('Use cases: signal list', () => {
  it('marks handled with who and when; a withdrawn signal cannot be handled (409)', async () => {
    const signals = new InMemorySignalStore();
    signals.add(aSignal());
    signals.add(aSignal({ signalId: 's2', status: 'withdrawn' }));
    const deps = { signals, clock: fixedTestClock() };
    const handled = await updateMySignal(deps, employerUser, 's1', { handled: true, note: 'gebeld' });
    expect(handled).toMatchObject({
      status: 'handled',
      handledBy: 'u1',
      note: 'gebeld',
      handledAt: '2026-11-28T05:00:00.000Z',
    });
    await expect(updateMySignal(deps, employerUser, 's2', { handled: true })).rejects.toThrow(ConflictError);
  });

  it('reads all unread signals of the caller and no one else’s', async () => {
    const signals = new InMemorySignalStore();
    signals.add(aSignal());
    signals.add(aSignal({ signalId: 's2' }));
    signals.add(aSignal({ signalId: 's3', recipientKey: 'E:e1:u2' }));
    const result = await readAllMySignals({ signals, clock: fixedTestClock() }, employerUser);
    expect(result).toEqual({ updated: 2 });
    expect((await signals.getSignal('E:e1:u2', 's3'))?.status).toBe('unread');
  });
});

const anEntry = (overrides: Partial<DigestEntry> = {}): DigestEntry => ({
  runId: 'r1',
  recipientKey: 'E:e1:u1',
  recipient: { userId: 'u1', email: 'u1@example.nl', name: 'U1', locale: 'nl', userType: 'employer' },
  providerId: 'p1',
  signalId: 's1',
  signalType: 'BIRTHDAY',
  employerId: 'e1',
  employerName: 'Bakkerij',
  employeeName: 'Anna',
  departmentName: null,
  eventDate: '2026-12-05',
  signalDate: '2026-11-28',
  ...overrides,
});

async function deliveryDeps() {
  const { store } = await aTenant();
  const runs = new InMemoryRunStore();
  await runs.createRun({
    runId: 'r1',
    moment: 'daily',
    trigger: 'schedule',
    scope: null,
    date: '2026-11-28',
    status: 'completed',
    employers: { total: 1, done: 1, failed: 0 },
    signalsCreated: 1,
    signalsWithdrawn: 0,
    emailsSent: 0,
    startedAt: '2026-11-28T05:00:00Z',
    finishedAt: null,
  });
  const digests = new InMemoryDigestStore();
  digests.entries.push(anEntry(), anEntry({ signalId: 's2', eventDate: '2026-11-28' }));
  const mailbox = new InMemoryMailbox();
  digests.mailbox = mailbox;
  return {
    store,
    runs: runs as never,
    runStore: runs,
    digests,
    mailbox,
    metrics: new RecordingMetrics(),
    suppressions: new InMemorySuppressions(),
    mailer: new RecordingMailer(),
    clock: fixedTestClock(),
    logger: silentLogger,
    config: {
      appUrl: 'https://app.example.nl',
      apiUrl: 'https://api.example.nl',
      senderDomains: [],
      catchUpDays: 7,
      defaultSender: { name: 'Signaleringen', address: 'signalen@example.nl' },
    },
  };
}

describe('Use cases: delivery', () => {
  it('sends one digest for the run and user, and nothing on a redelivery', async () => {
    const deps = await deliveryDeps();
    expect(await deliverDigest(deps, { runId: 'r1', recipientKey: 'E:e1:u1' })).toBe('sent');
    expect(await deliverDigest(deps, { runId: 'r1', recipientKey: 'E:e1:u1' })).toBe('skipped');
    expect(deps.mailer.sent).toHaveLength(1);
    expect(deps.mailer.sent[0]).toMatchObject({
      to: 'u1@example.nl',
      subject: 'Signaleringen: 2 nieuwe signalen (28-11-2026)',
    });
    expect(deps.mailer.sent[0]!.text).toContain('(vandaag)');
    expect(Object.fromEntries(deps.metrics.sums)).toEqual({ DigestsSent: 1 });
  });

  it('skips a suppressed address without claiming the send', async () => {
    const deps = await deliveryDeps();
    await deps.suppressions.suppress('u1@example.nl');
    expect(await deliverDigest(deps, { runId: 'r1', recipientKey: 'E:e1:u1' })).toBe('skipped');
    expect(deps.digests.state.size).toBe(0);
    expect(Object.fromEntries(deps.metrics.sums)).toEqual({ DigestsSuppressed: 1 });
  });

  it('gives the claim back when sending fails, so the retry sends', async () => {
    const deps = await deliveryDeps();
    deps.mailer.failures.push(new Error('SES is down'));
    await expect(deliverDigest(deps, { runId: 'r1', recipientKey: 'E:e1:u1' })).rejects.toThrow(
      'SES is down',
    );
    expect(await deliverDigest(deps, { runId: 'r1', recipientKey: 'E:e1:u1' })).toBe('sent');
    expect(deps.mailer.sent).toHaveLength(1);
    expect(Object.fromEntries(deps.metrics.sums)).toEqual({ DigestsFailed: 1, DigestsSent: 1 });
  });

  it('retries throttling with backoff and sends once', async () => {
    const deps = await deliveryDeps();
    deps.mailer.failures.push(new ThrottledError('slow down'));
    expect(await deliverDigest(deps, { runId: 'r1', recipientKey: 'E:e1:u1' })).toBe('sent');
    expect(deps.mailer.sent).toHaveLength(1);
  });

  it('collects a weekly digest until the week starts, then mails it once with the run that wakes it', async () => {
    const deps = await deliveryDeps();
    // Weekly on Monday, last mailed Monday 23 November; run r1 is Saturday 28 November.
    Object.assign(deps.mailbox.stateOf('E:e1:u1'), {
      preferences: { cadence: 'weekly', weekday: 'mon', paused: false },
      lastWeeklyOn: '2026-11-23',
    });
    expect(await deliverDigest(deps, { runId: 'r1', recipientKey: 'E:e1:u1' })).toBe('collected');
    expect(await deps.mailbox.dueRecipients(['p1'], '2026-11-29')).toEqual([]);
    expect(await deps.mailbox.dueRecipients(['p1'], '2026-11-30')).toEqual(['E:e1:u1']);
    expect(deps.mailer.sent).toHaveLength(0);

    // Monday's run r2 has nothing of its own for the user: the wake-up mails what was collected.
    await deps.runStore.createRun({
      ...(await deps.runStore.getRun('r1'))!,
      runId: 'r2',
      date: '2026-11-30',
    });
    // Another run holds the collected digests: this one is retried later, not skipped.
    await deps.mailbox.lease('E:e1:u1', 'r-other', new Date('2026-11-28T05:00:00Z'), 300);
    await expect(deliverDigest(deps, { runId: 'r2', recipientKey: 'E:e1:u1' })).rejects.toBeInstanceOf(
      DigestHeldError,
    );
    await deps.mailbox.releaseLease('E:e1:u1', 'r-other');
    expect(await deliverDigest(deps, { runId: 'r2', recipientKey: 'E:e1:u1' })).toBe('sent');
    expect(deps.mailer.sent).toHaveLength(1);
    expect(deps.mailer.sent[0]!.headers).toEqual([
      {
        name: 'List-Unsubscribe',
        value: expect.stringMatching(/^<https:\/\/api\.example\.nl\/v1\/email\/unsubscribe\?token=/),
      },
      { name: 'List-Unsubscribe-Post', value: 'List-Unsubscribe=One-Click' },
    ]);
    expect(await deps.mailbox.collected('E:e1:u1')).toEqual([]);
    expect(deps.mailbox.stateOf('E:e1:u1').lastWeeklyOn).toBe('2026-11-30');
    // Redelivered: nothing more.
    expect(await deliverDigest(deps, { runId: 'r2', recipientKey: 'E:e1:u1' })).toBe('skipped');
    expect(deps.mailer.sent).toHaveLength(1);
  });

  it('mails nothing to a paused user', async () => {
    const deps = await deliveryDeps();
    deps.mailbox.stateOf('E:e1:u1').preferences.paused = true;
    expect(await deliverDigest(deps, { runId: 'r1', recipientKey: 'E:e1:u1' })).toBe('paused');
    expect(Object.fromEntries(deps.metrics.sums)).toEqual({ DigestsPaused: 1 });
    expect(deps.mailer.sent).toHaveLength(0);
    expect(await deps.mailbox.collected('E:e1:u1')).toEqual([]);
  });
});
