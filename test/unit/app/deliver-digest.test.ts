import { describe, expect, it } from 'vitest';
import { DigestHeldError, deliverDigest } from '../../../shared/app/digests/deliver.js';
import type { DigestEntry } from '../../../shared/app/digests/ports.js';
import { ThrottledError } from '../../../shared/app/mail/ports.js';
import {
  fixedTestClock,
  InMemoryDigestStore,
  InMemoryMailbox,
  InMemoryRunStore,
  InMemorySignalStore,
  InMemorySuppressions,
  RecordingMailer,
  RecordingMetrics,
  silentLogger,
} from './support/fakes.js';
import { aTenant } from './support/tenant.js';

const anEntry = (overrides: Partial<DigestEntry> = {}): DigestEntry => ({
  runId: 'r1',
  recipientKey: 'E:e1:u1',
  recipient: { userId: 'u1', email: 'u1@example.nl', name: 'U1', locale: 'nl', userType: 'employer' },
  providerId: 'p1',
  signalId: 's1',
  signalType: 'BIRTHDAY',
  employerId: 'e1',
  employerName: 'Bakkerij',
  employeeId: 'x1',
  employeeName: 'Anna',
  subject: `age:${overrides.signalId ?? 's1'}`,
  departmentId: null,
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
    signals: new InMemorySignalStore(),
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
      webhookLoopback: false,
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

  it('mails a weekly Friday user nothing on Monday or Thursday, and on the next run when Friday had none', async () => {
    const deps = await deliveryDeps();
    deps.mailbox.stateOf('E:e1:u1').preferences = { cadence: 'weekly', weekday: 'fri', paused: false };
    const run = async (runId: string, date: string) => {
      await deps.runStore.createRun({ ...(await deps.runStore.getRun('r1'))!, runId, date });
      return deliverDigest(deps, { runId, recipientKey: 'E:e1:u1' });
    };
    // Saturday 28 November (r1) and Monday 30 November, each with a signal of its own: kept for Friday 4 December.
    expect(await deliverDigest(deps, { runId: 'r1', recipientKey: 'E:e1:u1' })).toBe('collected');
    deps.digests.entries.push(anEntry({ runId: 'mon', signalId: 's3', eventDate: '2026-12-07' }));
    expect(await run('mon', '2026-11-30')).toBe('collected');
    expect(await deps.mailbox.dueRecipients(['p1'], '2026-12-03')).toEqual([]);
    expect(await deps.mailbox.dueRecipients(['p1'], '2026-12-04')).toEqual(['E:e1:u1']);
    // Thursday: nothing due yet, nothing mailed, although no mail went out this week.
    expect(await run('thu', '2026-12-03')).toBe('skipped');
    expect(deps.mailer.sent).toHaveLength(0);
    // Friday had no run: Saturday's mails all three signals in one digest.
    expect(await run('sat', '2026-12-05')).toBe('sent');
    expect(deps.mailer.sent).toHaveLength(1);
    expect(deps.mailer.sent[0]!.subject).toContain('3 nieuwe signalen');
    expect(await deps.mailbox.collected('E:e1:u1')).toEqual([]);
  });

  it('mails nothing to a user deleted or made inactive since the signals were made, and drops what was collected', async () => {
    const deps = await deliveryDeps();
    const user = { kind: 'employerUser', employerId: 'e1', userId: 'u1' } as const;
    const record = (await deps.store.get<Record<string, unknown>>(user))!;
    await deps.mailbox.collect('p1', { runId: 'r0', runDate: '2026-11-21' }, [
      { recipientKey: 'E:e1:u1', wakeOn: '2026-11-28' },
    ]);
    await deps.store.put(
      user,
      { ...record.data, active: false },
      { by: 'svc', at: '2026-11-28T05:00:00Z' },
      {},
    );
    expect(await deliverDigest(deps, { runId: 'r1', recipientKey: 'E:e1:u1' })).toBe('skipped');
    expect(await deps.mailbox.collected('E:e1:u1')).toEqual([]);
    await deps.store.delete(user, {});
    expect(await deliverDigest(deps, { runId: 'r1', recipientKey: 'E:e1:u1' })).toBe('skipped');
    expect(deps.mailer.sent).toHaveLength(0);
  });

  it('mails only what the user may see at send time: a manager moved to another department gets no health line of the old one', async () => {
    const deps = await deliveryDeps();
    const user = { kind: 'employerUser', employerId: 'e1', userId: 'u1' } as const;
    const record = (await deps.store.get<Record<string, unknown>>(user))!;
    // The signals were made while u1 managed Verkoop; now u1 manages Productie only.
    await deps.store.put(
      user,
      { ...record.data, isDepartmentManager: true, departmentIds: ['productie'] },
      { by: 'svc', at: 'x' },
      {},
    );
    deps.digests.entries.length = 0;
    deps.digests.entries.push(
      anEntry({
        signalId: 'sick',
        subject: 'absence:a1',
        signalType: 'ABSENCE_WEEK_6',
        departmentId: 'verkoop',
        departmentName: 'Verkoop',
      }),
      anEntry({
        signalId: 'sick2',
        subject: 'absence:a2',
        signalType: 'ABSENCE_WEEK_8',
        employeeId: 'x2',
        departmentId: 'productie',
      }),
    );
    await deliverDigest(deps, { runId: 'r1', recipientKey: 'E:e1:u1' });
    const { text } = deps.mailer.sent[0]!;
    expect(text).toContain('Verzuim: plan van aanpak');
    expect(text).not.toContain('Verzuim: probleemanalyse');
  });

  it('mails the address the directory has at send time', async () => {
    const deps = await deliveryDeps();
    const user = { kind: 'employerUser', employerId: 'e1', userId: 'u1' } as const;
    const record = (await deps.store.get<Record<string, unknown>>(user))!;
    await deps.store.put(user, { ...record.data, email: 'nieuw@example.nl' }, { by: 'svc', at: 'x' }, {});
    await deliverDigest(deps, { runId: 'r1', recipientKey: 'E:e1:u1' });
    expect(deps.mailer.sent.map((m) => m.to)).toEqual(['nieuw@example.nl']);
  });

  it('shows an event once, as its nearest reminder, and no department on a health line', async () => {
    const deps = await deliveryDeps();
    deps.digests.entries.length = 0;
    deps.digests.entries.push(
      anEntry({
        signalId: 'far',
        subject: 'contract:c1',
        signalType: 'CONTRACT_END',
        eventDate: '2026-12-24',
        signalDate: '2026-11-24',
      }),
      anEntry({
        signalId: 'near',
        subject: 'contract:c1',
        signalType: 'CONTRACT_END',
        eventDate: '2026-12-24',
        signalDate: '2026-11-28',
      }),
      anEntry({
        signalId: 'sick',
        subject: 'absence:a1',
        signalType: 'ABSENCE_WEEK_6',
        eventDate: '2026-12-01',
        departmentName: 'Verkoop',
      }),
    );
    await deliverDigest(deps, { runId: 'r1', recipientKey: 'E:e1:u1' });
    const { text } = deps.mailer.sent[0]!;
    expect(text.match(/Einde tijdelijk contract/g)).toHaveLength(1);
    expect(text).toContain('Verzuim: probleemanalyse');
    expect(text).not.toContain('Verkoop');
  });

  it('mails a provider user with the provider template, never an employer one, also for one employer', async () => {
    const deps = await deliveryDeps();
    const template = (subject: string) => ({
      sender: { name: 'X', address: 'x@example.nl' },
      subject,
      html: '<p>{{count}}</p>',
      text: '{{count}}',
      includeSensitiveDetails: false,
    });
    const audit = { by: 'svc', at: '2026-11-28T05:00:00Z' };
    await deps.store.put(
      { kind: 'employerTemplate', employerId: 'e1' },
      template('Van de werkgever'),
      audit,
      {},
    );
    await deps.store.put(
      { kind: 'providerTemplate', providerId: 'p1' },
      template('Van het bureau'),
      audit,
      {},
    );
    await deps.store.put(
      { kind: 'providerUser', providerId: 'p1', userId: 'pu1' },
      { providerId: 'p1', userId: 'pu1', email: 'pu1@example.nl', name: 'PU', locale: 'nl', active: true },
      audit,
      {},
    );
    deps.digests.entries.push(
      anEntry({
        recipientKey: 'P:p1:pu1',
        recipient: { userId: 'pu1', email: 'pu1@example.nl', name: 'PU', locale: 'nl', userType: 'provider' },
      }),
    );
    await deliverDigest(deps, { runId: 'r1', recipientKey: 'P:p1:pu1' });
    await deliverDigest(deps, { runId: 'r1', recipientKey: 'E:e1:u1' });
    expect(deps.mailer.sent.map((m) => `${m.to} ${m.subject}`)).toEqual([
      'pu1@example.nl Van het bureau',
      'u1@example.nl Van de werkgever',
    ]);
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
