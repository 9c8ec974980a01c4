import { describe, expect, it } from 'vitest';
import type { Caller } from '../../../shared/app/caller.js';
import { batchEmployees } from '../../../shared/app/directory/employees.js';
import { listProviderEmployers, putEmployer } from '../../../shared/app/directory/employers.js';
import { putProvider } from '../../../shared/app/directory/resources.js';
import type { StoredSignal } from '../../../shared/app/pipeline/ports.js';
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
import { fixedTestClock, InMemorySignalStore } from './support/fakes.js';
import { aTenant, platform } from './support/tenant.js';

const providerAdmin = (providerId: string): Caller => ({
  userType: 'provider',
  sub: 'pa',
  providerId,
  rights: new Set(['signals:provider-admin']),
});

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
      callerUser: async () => ({ active: true, employerIds: ['e2', 'e4', 'e5'] }),
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
