import { Logger } from '@aws-lambda-powertools/logger';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import fc from 'fast-check';
import { describe, expect, inject, it } from 'vitest';
import { makeDocumentClient } from '../../shared/adapters/dynamodb/client.js';
import { pipelineKeys } from '../../shared/adapters/dynamodb/keys.js';
import { SesMailer } from '../../shared/adapters/ses/ses-mailer.js';
import type { AppDeps } from '../../shared/app/deps.js';
import type { Clock } from '../../shared/app/ports.js';
import { defaultLocalConfig, wireLocal } from '../../shared/local/local-wiring.js';
import { FaultInjector } from '../support/fault-injector.js';
import { uid } from './support/api.js';
import { asLambda, mailsTo } from './support/pipeline.js';

const R = '2027-03-01';

/** A clock the test moves: leases run out only when it says so. */
const movableClock = () => {
  let offset = 0;
  const clock: Clock = { now: () => new Date(Date.parse(`${R}T05:00:00Z`) + offset), today: () => R };
  return { clock, advance: (ms: number) => (offset += ms) };
};

/** One employer with three users (two with e-mail) and employees whose dates give signals on R. */
async function seed(deps: AppDeps) {
  const audit = { by: 'test', at: `${R}T05:00:00.000Z` };
  const providerId = uid('fp');
  const employerId = uid('fe');
  await deps.store.put({ kind: 'provider', providerId }, { providerId, name: 'P' }, audit, {});
  await deps.store.put(
    { kind: 'providerDefaultSettings', providerId },
    {
      providerId,
      signals: [
        { signalType: 'BIRTHDAY', daysBefore: [7, 0], email: true, departmentsOnly: false },
        { signalType: 'CONTRACT_END', daysBefore: [30], email: true, departmentsOnly: false },
        { signalType: 'ID_DOCUMENT_EXPIRY', daysBefore: [14], email: false, departmentsOnly: false },
      ],
    },
    audit,
    {},
  );
  await deps.store.put({ kind: 'employer', employerId }, { employerId, providerId, name: 'E' }, audit, {});
  await deps.store.setProduct290(employerId, true, audit);
  const users = ['u1', 'u2', 'u3'];
  for (const [i, userId] of users.entries()) {
    await deps.store.put(
      { kind: 'employerUser', employerId, userId },
      {
        employerId,
        userId,
        email: i < 2 ? `${employerId}-${userId}@example.nl` : '',
        name: userId,
        locale: 'nl',
        departmentIds: [],
        isDepartmentManager: false,
        active: true,
      },
      audit,
      {},
    );
  }
  const employees = Array.from({ length: 6 }, (_, i) => ({
    employeeId: `x${i}`,
    data: {
      employerId,
      employeeId: `x${i}`,
      firstName: 'A',
      lastName: `B${i}`,
      birthDate: `1980-03-0${2 + i}`,
      employment: { startDate: '2020-01-01' },
      contracts: [{ contractId: 'c1', startDate: '2026-06-01', endDate: `2027-03-2${i}`, type: 'fixedTerm' }],
      idDocumentExpiryDate: `2027-03-1${i}`,
    },
  }));
  await deps.store.batchEmployees(employerId, employees, [], audit);
  return { employerId, emails: users.slice(0, 2).map((u) => `${employerId}-${u}@example.nl`) };
}

function wire(options: { faults?: FaultInjector; clock: Clock }) {
  const client = makeDocumentClient({ endpoint: inject('dynamodbEndpoint'), region: 'eu-west-1' });
  const ses = new SESv2Client({
    endpoint: inject('sesUrl'),
    region: 'eu-west-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  const lines: Array<{ message: string; extra: Record<string, unknown> }> = [];
  const logger = new Logger({ serviceName: 'faults', logLevel: 'SILENT' });
  const recording = {
    info: () => undefined,
    warn: (message: string, ...extra: Array<Record<string, unknown>>) =>
      lines.push({ message, extra: Object.assign({}, ...extra) }),
    error: (message: string, ...extra: Array<Record<string, unknown>>) =>
      lines.push({ message, extra: Object.assign({}, ...extra) }),
  };
  if (options.faults) {
    options.faults.attach(client, 'dynamodb');
    options.faults.attach(ses, 'ses');
  }
  const local = wireLocal({
    client,
    tableName: inject('tableName'),
    sesEndpoint: inject('sesUrl'),
    config: defaultLocalConfig(),
    clock: options.clock,
    logger: options.faults ? recording : logger,
    mailer: new SesMailer({ client: ses }),
    queues: { maxAttempts: 25, backoffMs: () => 1 },
  });
  if (options.faults) {
    options.faults.queue(local.queues.evaluate, 'sqs');
    options.faults.queue(local.queues.deliver, 'sqs');
  }
  return { ...local, client, lines };
}

/** A signal as the recipient sees it, whatever the tenant's ids. */
const identities = async (deps: AppDeps, employerId: string) => {
  const out: string[] = [];
  for (const u of ['u1', 'u2', 'u3']) {
    const page = await deps.signals.listInbox(`E:${employerId}:${u}`, {}, { limit: 100 });
    for (const s of page.items) {
      out.push(
        `${u}|${s.signalType}|${s.employeeId}|${s.subject}|${s.eventDate}|${s.daysBefore}|${s.status}`,
      );
    }
  }
  return out.sort();
};

describe('Pipeline under faults', () => {
  it('ends, under 5-20% faults on DynamoDB, SES and the queues, with the signals, digests and counts of a fault-free run', async () => {
    // The fault-free reference, once.
    const reference = wire({ clock: movableClock().clock });
    const ref = await seed(reference.deps);
    const refRun = await asLambda.dispatch(reference.deps, { date: R, employerIds: [ref.employerId] });
    await reference.drain();
    const expected = await identities(reference.deps, ref.employerId);
    const refCounts = await reference.deps.runs.getRun(refRun.runId);
    expect(expected.length).toBeGreaterThan(10);

    const injected: number[] = [];
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 5, max: 20 }),
        fc.integer({ min: 1, max: 2 ** 30 }),
        async (percent, seedValue) => {
          let x = seedValue;
          const random = () => {
            x = (x * 1103515245 + 12345) % 2 ** 31;
            return x / 2 ** 31;
          };
          const faults = new FaultInjector(percent / 100, random);
          const time = movableClock();
          const w = wire({ faults, clock: time.clock });
          faults.enabled = false;
          const t = await seed(w.deps);
          const run = await asLambda.dispatch(w.deps, { date: R, employerIds: [t.employerId] });
          faults.enabled = true;
          // Redeliver until the queues drain: what fails for good is sent again once leases ran out.
          // After 20 rounds the faults stop, and the rounds go on until nothing is left.
          for (let round = 0; round < 30; round++) {
            if (round === 20) faults.enabled = false;
            await w.drain();
            const dead = [
              ...w.queues.evaluate.deadLetters.splice(0),
              ...w.queues.deliver.deadLetters.splice(0),
            ];
            if (dead.length === 0) break;
            time.advance(10 * 60_000);
            // The redrive itself (an operator's, or SQS's) is not the code under test: it never fails.
            const enabled: boolean = faults.enabled;
            faults.enabled = false;
            for (const d of dead) {
              const queue = 'employerId' in d.message ? w.queues.evaluate : w.queues.deliver;
              await (queue as typeof w.queues.evaluate).send([d.message as never]);
            }
            faults.enabled = enabled;
          }
          faults.enabled = false;
          await w.drain();
          expect(w.queues.evaluate.deadLetters.length + w.queues.deliver.deadLetters.length).toBe(0);

          // Signals: the reference's, by identity, each exactly once.
          expect(await identities(w.deps, t.employerId)).toEqual(expected);
          // The run reached its end, counted as the fault-free one.
          const counted = await w.deps.runs.getRun(run.runId);
          expect(counted).toMatchObject({
            status: 'completed',
            employers: refCounts!.employers,
            signalsCreated: refCounts!.signalsCreated,
            signalsWithdrawn: refCounts!.signalsWithdrawn,
            emailsSent: refCounts!.emailsSent,
          });
          // Every (run, user) digest sent and recorded; a second copy only where SES took it and
          // the record of it failed.
          for (const address of t.emails) {
            const userId = address.split('-').at(-1)!.split('@')[0]!;
            const key = `E:${t.employerId}:${userId}`;
            const { Item } = await w.client.send(
              new GetCommand({
                TableName: inject('tableName'),
                Key: pipelineKeys.digestSent(run.runId, key),
              }),
            );
            expect(Item?.state).toBe('sent');
            const mails = (await mailsTo(address)).length;
            const mayRepeat =
              faults.events.filter((e) => e.client === 'ses' && e.kind === 'lost').length +
              faults.events.filter(
                (e) => e.target.endsWith(`|SENT#${key}`) && e.command === 'TransactWriteItemsCommand',
              ).length;
            expect(mails).toBeGreaterThanOrEqual(1);
            expect(mails).toBeLessThanOrEqual(1 + mayRepeat);
            const logged = w.lines.filter(
              (l) => l.extra.duplicateRisk && l.extra.recipientKey === key,
            ).length;
            if (mails > 1)
              expect(
                logged + faults.events.filter((e) => e.client === 'ses' && e.kind === 'lost').length,
              ).toBeGreaterThanOrEqual(mails - 1);
          }
          injected.push(faults.events.length);
        },
      ),
      { numRuns: 6, interruptAfterTimeLimit: 60_000 },
    );
    // The faults did happen (the property is not vacuous).
    expect(injected.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
  }, 180_000);
});
