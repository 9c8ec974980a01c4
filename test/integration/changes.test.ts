import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRun } from '../../shared/app/pipeline/dispatch.js';
import { addDays, formatDay, localDateOf, toDay } from '../../shared/domain/dates.js';
import { type LocalStack, startLocalStack } from '../../shared/local/stack.js';
import { freePort } from '../support/free-port.js';
import { uid } from './support/api.js';
import { anEmployee, anEmployerUser } from './support/fixtures.js';
import { typedApi } from './support/typed-client.js';

/**
 * A stack of its own with the stream consumer on (as `npm start` has it): the shared test stack
 * leaves it off, because its runs count what they create.
 */
let stack: LocalStack;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'signals-changes-'));
  stack = await startLocalStack({
    port: await freePort(),
    sesPort: await freePort(),
    dynamodbPort: await freePort(),
    dataDir,
    inMemory: true,
    logLevel: 'SILENT',
    streams: true,
  });
}, 120_000);

afterAll(async () => {
  await stack?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const today = () => localDateOf(new Date());
const inDays = (n: number) => formatDay(addDays(toDay(today()), n));

/** Polls until `check` holds (the stream is read every 150 ms), answering how long it took. */
async function within<T>(ms: number, read: () => Promise<T>, check: (value: T) => boolean) {
  const started = Date.now();
  let value = await read();
  while (!check(value)) {
    if (Date.now() - started > ms) throw new Error(`not within ${ms} ms: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 100));
    value = await read();
  }
  return { value, ms: Date.now() - started };
}

async function aTenantWithContractSignals() {
  const providerId = uid('p');
  const employerId = uid('e');
  const userId = uid('u');
  const adminId = uid('pa');
  const platform = typedApi(
    await stack.keys.sign({
      sub: uid('svc'),
      user_type: 'platform',
      scope: 'directory:write signals:operate',
    }),
    stack.urls.api,
  );
  const admin = typedApi(
    await stack.keys.sign({
      sub: adminId,
      user_type: 'provider',
      provider_id: providerId,
      scope: 'signals:provider-admin signals:use',
    }),
    stack.urls.api,
  );
  const user = typedApi(
    await stack.keys.sign({
      sub: userId,
      user_type: 'employer',
      provider_id: providerId,
      employer_id: employerId,
      scope: 'signals:use',
    }),
    stack.urls.api,
  );
  const path = { params: { path: { providerId, employerId, userId } } };
  await platform.PUT('/v1/providers/{providerId}', { ...path, body: { name: 'Salarisbureau Jansen' } });
  await platform.PUT('/v1/employers/{employerId}', { ...path, body: { providerId, name: 'Bakkerij' } });
  await platform.PUT('/v1/employers/{employerId}/products/290', path);
  await platform.PUT('/v1/providers/{providerId}/users/{userId}', {
    params: { path: { providerId, userId: adminId } },
    body: { email: `${adminId}@example.nl`, name: 'Beheer', locale: 'nl', active: true },
  });
  await platform.PUT('/v1/employers/{employerId}/users/{userId}', {
    ...path,
    body: anEmployerUser(userId) as never,
  });
  await admin.PUT('/v1/employers/{employerId}/users/{userId}/signal-settings', {
    ...path,
    body: { mode: 'custom', signals: [{ signalType: 'CONTRACT_END', daysBefore: [30], email: true }] },
  });
  const putEmployee = (endDate: string) =>
    platform.PUT('/v1/employers/{employerId}/employees/{employeeId}', {
      params: { path: { employerId, employeeId: 'emp-1' } },
      body: anEmployee({
        // A first contract, started within the chain rule's 36 months: its end stands.
        contracts: [{ contractId: 'c1', type: 'fixedTerm', startDate: inDays(-300), endDate }],
      }) as never,
    });
  const signals = async () => {
    const { data } = await user.GET('/v1/me/signals', { params: { query: { limit: 100 } } });
    return (data?.items ?? []).map((s) => `${s.signalType} ${s.eventDate} ${s.status}`).sort();
  };
  return { providerId, employerId, userId, platform, putEmployee, signals };
}

describe('Changes take effect in seconds (the stream consumer)', () => {
  it('creates the signal a new contract makes due, and withdraws it for the new one when the contract is extended, without a run', async () => {
    const t = await aTenantWithContractSignals();
    const [first, extended] = [inDays(10), inDays(20)];

    expect((await t.putEmployee(first)).response.status).toBe(201);
    const createdOnly = [`CONTRACT_END ${first} unread`];
    await within(5000, t.signals, (s) => JSON.stringify(s) === JSON.stringify(createdOnly));

    expect((await t.putEmployee(extended)).response.status).toBe(200);
    const afterExtension = [`CONTRACT_END ${extended} unread`, `CONTRACT_END ${first} withdrawn`].sort();
    await within(5000, t.signals, (s) => JSON.stringify(s) === JSON.stringify(afterExtension));

    // No run made them, and nothing was mailed outside a moment.
    const runs = await t.platform.GET('/v1/evaluations', { params: { query: { providerId: t.providerId } } });
    expect(runs.data?.items).toEqual([]);
    const mails = async () =>
      (
        (await (await fetch(`${stack.urls.ses}/store`)).json()) as {
          emails: Array<{ destination: { to: string[] } }>;
        }
      ).emails.filter((e) => e.destination.to.includes(`${t.userId}@example.nl`));
    expect(await mails()).toHaveLength(0);

    // The next run finds nothing new, and its digest carries the change's signal, once.
    const run = await startRun(stack.deps, { employerIds: [t.employerId] });
    await stack.drain();
    expect(await stack.deps.runs.getRun(run.runId)).toMatchObject({ status: 'completed', signalsCreated: 0 });
    const mailed = await mails();
    expect(mailed).toHaveLength(1);
    expect(await t.signals()).toEqual(afterExtension);
  });
});
