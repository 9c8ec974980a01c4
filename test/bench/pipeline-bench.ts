/**
 * Pipeline benchmark: seeds N employers x M employees (3 users each) into a fresh in-memory
 * DynamoDB Local, runs one evaluation through the same dispatch/evaluate/deliver code, and prints
 * employees/s, DynamoDB requests per employer, and the run's time against the floor (just reading
 * the same items with Query). Then reruns the same date: nothing new, so nothing is written.
 * Asserts nothing about time. Usage: npm run bench [-- --employers N --employees M | --large]
 */
import net from 'node:net';
import { parseArgs } from 'node:util';
import { Logger } from '@aws-lambda-powertools/logger';
import pLimit from 'p-limit';
import { makeDocumentClient } from '../../shared/adapters/dynamodb/client.js';
import { startRun } from '../../shared/app/pipeline/dispatch.js';
import { fixedClock } from '../../shared/app/system-clock.js';
import { formatDay, toDay } from '../../shared/domain/dates.js';
import type { Employee } from '../../shared/domain/employee.js';
import { withDefaults } from '../../shared/domain/settings.js';
import { ensureTable } from '../../shared/local/create-table.js';
import { startDynamoDbLocal } from '../../shared/local/dynamodb-local.js';
import { defaultLocalConfig, wireLocal } from '../../shared/local/local-wiring.js';
import { startSesLocal } from '../../shared/local/ses-local.js';

const { values } = parseArgs({
  options: {
    employers: { type: 'string' },
    employees: { type: 'string' },
    large: { type: 'boolean', default: false },
  },
});
const EMPLOYERS = Number(values.employers ?? (values.large ? 1000 : 200));
const EMPLOYEES = Number(values.employees ?? 100);
const RUN_DATE = '2027-03-01';
const CONCURRENCY = 4;

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });

let seed = 7;
const rand = (n: number) => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed % n;
};
const today = toDay(RUN_DATE);
const day = (from: number, span: number) => formatDay(from + rand(span));

function employee(i: number): Employee {
  const contractStart = today - 200 - rand(300);
  return {
    employeeId: `x${i}`,
    firstName: 'Anna',
    lastName: `Jansen ${i}`,
    birthDate: day(toDay('1960-01-01'), 16_000),
    marriageDate: rand(2) ? day(toDay('1980-01-01'), 15_000) : null,
    departmentId: `d${rand(3)}`,
    employment: { startDate: day(toDay('1995-01-01'), 11_000) },
    contracts: [
      {
        contractId: 'c1',
        startDate: formatDay(contractStart),
        endDate: formatDay(contractStart + 365),
        type: 'fixedTerm',
      },
    ],
    nextPayScaleIncreaseDate: day(today, 365),
    idDocumentExpiryDate: day(today - 100, 2000),
    absences: rand(25) === 0 ? [{ absenceId: 'a1', startDate: day(today - 400, 400), endDate: null }] : [],
  };
}

async function main() {
  const [dynamoPort, sesPort] = [await freePort(), await freePort()];
  const dynamo = await startDynamoDbLocal({ port: dynamoPort, inMemory: true });
  const ses = await startSesLocal(sesPort);
  try {
    const client = makeDocumentClient({ endpoint: dynamo.endpoint, region: 'eu-west-1' });
    const counts = new Map<string, number>();
    client.middlewareStack.add(
      (next, context) => async (args) => {
        counts.set(String(context.commandName), (counts.get(String(context.commandName)) ?? 0) + 1);
        return next(args);
      },
      { step: 'initialize', name: 'countRequests' },
    );
    const tableName = 'signals-bench';
    await ensureTable(client, tableName);
    const local = wireLocal({
      client,
      tableName,
      sesEndpoint: ses.endpoint,
      config: defaultLocalConfig(),
      clock: fixedClock(new Date(`${RUN_DATE}T05:00:00Z`)),
      logger: new Logger({ serviceName: 'bench', logLevel: 'SILENT' }),
      concurrency: CONCURRENCY,
    });
    const { deps } = local;
    const audit = { by: 'bench', at: new Date().toISOString() };

    // Seed
    const t0 = Date.now();
    const providerId = 'bench-p';
    await deps.store.put({ kind: 'provider', providerId }, { providerId, name: 'Bench' }, audit, {});
    await deps.store.put(
      { kind: 'providerDefaultSettings', providerId },
      {
        providerId,
        signals: [
          'BIRTHDAY',
          'CONTRACT_END',
          'NOTICE_DEADLINE',
          'PAY_SCALE_INCREASE',
          'ID_DOCUMENT_EXPIRY',
          'ABSENCE_WEEK_6',
          'WEDDING_ANNIVERSARY',
        ].map((signalType) =>
          withDefaults({ signalType: signalType as 'BIRTHDAY', email: signalType === 'CONTRACT_END' }),
        ),
      },
      audit,
      {},
    );
    const limit = pLimit(8);
    let n = 0;
    await Promise.all(
      Array.from({ length: EMPLOYERS }, (_, e) =>
        limit(async () => {
          const employerId = `bench-e${e}`;
          await deps.store.put(
            { kind: 'employer', employerId },
            { employerId, providerId, name: `Werkgever ${e}` },
            audit,
            {},
          );
          await deps.store.setProduct290(employerId, true, audit);
          for (let u = 0; u < 3; u++) {
            const userId = `u${u}`;
            await deps.store.put(
              { kind: 'employerUser', employerId, userId },
              {
                employerId,
                userId,
                email: `${employerId}-${userId}@example.nl`,
                name: `User ${u}`,
                locale: 'nl',
                departmentIds: ['d0'],
                isDepartmentManager: u === 2,
                active: true,
              },
              audit,
              {},
            );
          }
          for (let b = 0; b < EMPLOYEES; b += 100) {
            const batch = Array.from({ length: Math.min(100, EMPLOYEES - b) }, (_, i) =>
              employee(e * EMPLOYEES + b + i),
            );
            await deps.store.batchEmployees(
              employerId,
              batch.map((x) => ({ employeeId: x.employeeId, data: { employerId, ...x } })),
              [],
              audit,
            );
          }
          n += 1;
          if (n % 100 === 0) console.log(`  seeded ${n}/${EMPLOYERS} employers`);
        }),
      ),
    );
    const seedSeconds = (Date.now() - t0) / 1000;
    const totalEmployees = EMPLOYERS * EMPLOYEES;
    console.log(
      `seeded ${EMPLOYERS} employers x ${EMPLOYEES} employees (${totalEmployees}), 3 users each, in ${seedSeconds.toFixed(1)} s`,
    );

    // The floor: reading what an evaluation reads, with the same concurrency, and nothing else.
    const employerIds = await deps.activeEmployers.activeEmployerIds();
    counts.clear();
    const f0 = Date.now();
    const floorLimit = pLimit(CONCURRENCY);
    await Promise.all(
      employerIds.map((employerId) =>
        floorLimit(async () => {
          await deps.store.readEmployerPartition(employerId);
          await deps.store.readProviderPartition(providerId);
          await deps.ledger.open(employerId, RUN_DATE);
        }),
      ),
    );
    const floorSeconds = (Date.now() - f0) / 1000;
    const floorPages = [...counts.values()].reduce((a, b) => a + b, 0);

    const measure = async (label: string) => {
      counts.clear();
      const r0 = Date.now();
      const started = await startRun(deps, { date: RUN_DATE });
      await local.queues.evaluate.drain();
      const evalSeconds = (Date.now() - r0) / 1000;
      // Delivery runs after the last employer; count only the evaluation's requests.
      const evalCounts = new Map(counts);
      await local.drain();
      const seconds = (Date.now() - r0) / 1000;
      const run = (await deps.runs.getRun(started.runId))!;
      const requests = Object.fromEntries(evalCounts);
      const total = [...evalCounts.values()].reduce((a, b) => a + b, 0);
      const deliveryRequests = [...counts.values()].reduce((a, b) => a + b, 0) - total;
      console.log(
        `\n${label}: run ${run.runId} ${run.status}, ${run.employers.done}/${run.employers.total} employers`,
      );
      console.log(
        `  evaluation            ${evalSeconds.toFixed(1)} s  -> ${Math.round(totalEmployees / evalSeconds).toLocaleString('en')} employees/s`,
      );
      console.log(
        `  with delivery         ${seconds.toFixed(1)} s  (${run.emailsSent} digests sent, ${deliveryRequests} DynamoDB requests)`,
      );
      console.log(`  signals created       ${run.signalsCreated}  (withdrawn ${run.signalsWithdrawn})`);
      console.log(
        `  DynamoDB requests     ${total} = ${(total / EMPLOYERS).toFixed(1)} per employer (evaluation)  ${JSON.stringify(requests)}`,
      );
      console.log(
        `  goal per employer     <= pages read + new signals + 3 = ${(floorPages / EMPLOYERS).toFixed(1)} + ${(run.signalsCreated / EMPLOYERS).toFixed(1)} + 3 = ${(floorPages / EMPLOYERS + run.signalsCreated / EMPLOYERS + 3).toFixed(1)}`,
      );
      console.log(
        `  time / read floor     ${(evalSeconds / floorSeconds).toFixed(2)}  (floor ${floorSeconds.toFixed(1)} s; goal <= 1.5)`,
      );
      return { run };
    };

    console.log(
      `\nread floor: ${floorPages} Query pages for ${EMPLOYERS} employers in ${floorSeconds.toFixed(1)} s`,
    );
    await measure('first run');
    const { run: rerun } = await measure('rerun of the same date');
    console.log(
      `  rerun wrote ${rerun.signalsCreated} signals and sent ${rerun.emailsSent} mails (goal: nothing new, nothing written)`,
    );
  } finally {
    await ses.stop();
    await dynamo.stop();
  }
}

await main();
process.exit(0);
