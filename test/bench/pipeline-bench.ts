/**
 * Pipeline benchmark on a fresh in-memory DynamoDB Local, through the same dispatch, evaluate and
 * deliver code. Prints; asserts nothing about time.
 *
 *   npm run bench [-- --employers N --employees M | --large]
 *     seeds N x M, then: the floor (reading what a run reads, plus writing as many signal items
 *     with BatchWriteItem, at the same concurrency), the first run against it, write units per
 *     new signal, and a rerun of the same date against the read floor, with the writes it made.
 *   npm run bench -- --days N [--employers 10 --employees 100 --offset 14]
 *     runs N daily evaluations and prints, for every tenth day, what one run reads per employer.
 *   npm run bench -- --webhooks N
 *     N signal writes one at a time, each to its delivery at a webhook receiver on this machine
 *     (the stream, the poller, the deliveries, the queue, HTTP): p50, p99, and what an event costs.
 *   npm run bench -- --changes N [--employers 10 --employees 100]
 *     after the day's run, N employee changes one at a time through the table's stream: the
 *     time from the write to the end of its re-evaluation (p50, p99), and what one change costs.
 */
import { parseArgs } from 'node:util';
import { Logger } from '@aws-lambda-powertools/logger';
import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import pLimit from 'p-limit';
import { makeDocumentClient } from '../../shared/adapters/dynamodb/client.js';
import { startRun } from '../../shared/app/pipeline/dispatch.js';
import { fixedClock, systemClock } from '../../shared/app/system-clock.js';
import { formatDay, toDay } from '../../shared/domain/dates.js';
import { ensureTable } from '../../shared/local/create-table.js';
import { startDynamoDbLocal } from '../../shared/local/dynamodb-local.js';
import { defaultLocalConfig, wireLocal } from '../../shared/local/local-wiring.js';
import { startSesLocal } from '../../shared/local/ses-local.js';
import { freePort } from '../support/free-port.js';
import { seedBenchTenant } from './support/bench-tenant.js';
import { benchChanges } from './support/changes-bench.js';
import { type Meter, meterClient, total } from './support/metering.js';
import { benchWebhooks } from './support/webhooks-bench.js';

const { values } = parseArgs({
  options: {
    employers: { type: 'string' },
    employees: { type: 'string' },
    large: { type: 'boolean', default: false },
    days: { type: 'string' },
    changes: { type: 'string' },
    webhooks: { type: 'string' },
    offset: { type: 'string' },
  },
});
const DAYS = values.days ? Number(values.days) : undefined;
const CHANGES = values.changes ? Number(values.changes) : undefined;
const WEBHOOKS = values.webhooks ? Number(values.webhooks) : undefined;
const EMPLOYERS = Number(values.employers ?? (DAYS || CHANGES || WEBHOOKS ? 10 : values.large ? 1000 : 200));
const EMPLOYEES = Number(values.employees ?? 100);
const OFFSET = values.offset ? Number(values.offset) : DAYS ? 14 : undefined;
const RUN_DATE = '2027-03-01';
const CONCURRENCY = 4;
const TABLE = 'signals-bench';

const seconds = (t0: number) => (Date.now() - t0) / 1000;
const perEmployer = (n: number) => (n / EMPLOYERS).toFixed(1);

async function main() {
  const dynamo = await startDynamoDbLocal({ port: await freePort(), inMemory: true });
  const ses = await startSesLocal(await freePort());
  try {
    const client = makeDocumentClient({ endpoint: dynamo.endpoint, region: 'eu-west-1' });
    const metering = meterClient(client);
    await ensureTable(client, TABLE);
    const local = (date: string) =>
      wireLocal({
        client,
        tableName: TABLE,
        sesEndpoint: ses.endpoint,
        config: defaultLocalConfig(),
        clock: fixedClock(new Date(`${date}T05:00:00Z`)),
        logger: new Logger({ serviceName: 'bench', logLevel: 'SILENT' }),
        concurrency: CONCURRENCY,
      });
    const first = local(RUN_DATE);
    const t0 = Date.now();
    const { providerId } = await seedBenchTenant(first.deps, {
      employers: EMPLOYERS,
      employees: EMPLOYEES,
      today: RUN_DATE,
      offset: OFFSET,
    });
    console.log(
      `seeded ${EMPLOYERS} employers x ${EMPLOYEES} employees, 3 users each, in ${seconds(t0).toFixed(1)} s`,
    );

    /** One evaluation of a date: the run's meter, its time, and the run. */
    const evaluate = async (date: string) => {
      const wired = local(date);
      const meter = metering.start();
      const r0 = Date.now();
      const started = await startRun(wired.deps, { date });
      await wired.queues.evaluate.drain();
      const evalSeconds = seconds(r0);
      metering.start();
      await wired.drain();
      const run = (await wired.deps.runs.getRun(started.runId))!;
      return { meter, evalSeconds, run };
    };

    /** Reads what a run reads, per employer, and nothing else. */
    const readFloor = async (date: string) => {
      const meter = metering.start();
      const f0 = Date.now();
      const limit = pLimit(CONCURRENCY);
      const employerIds = await first.deps.activeEmployers.activeEmployerIds();
      await Promise.all(
        employerIds.map((employerId) =>
          limit(async () => {
            await first.deps.store.readEmployerPartition(employerId);
            await first.deps.store.readProviderPartition(providerId);
            await first.deps.ledger.open(employerId, date);
          }),
        ),
      );
      return { meter, seconds: seconds(f0) };
    };

    if (DAYS !== undefined) {
      await days(evaluate, DAYS);
      return;
    }
    if (WEBHOOKS !== undefined) {
      // The delivery worker runs in this process (the local wiring's webhook queue).
      const wired = local(RUN_DATE);
      await benchWebhooks({
        deps: { ...wired.deps, clock: systemClock },
        client,
        endpoint: dynamo.endpoint,
        tableName: TABLE,
        metering,
        providerId,
        employerId: 'bench-e0',
        events: WEBHOOKS,
      });
      return;
    }
    if (CHANGES !== undefined) {
      const run = await evaluate(RUN_DATE);
      console.log(`the day's run: ${run.run.signalsCreated} signals in ${run.evalSeconds.toFixed(1)} s`);
      await benchChanges({
        deps: first.deps,
        client,
        endpoint: dynamo.endpoint,
        tableName: TABLE,
        metering,
        today: RUN_DATE,
        changes: CHANGES,
        employers: EMPLOYERS,
        employees: EMPLOYEES,
      });
      return;
    }
    const read = await readFloor(RUN_DATE);
    const firstRun = await evaluate(RUN_DATE);
    const writeSeconds = await batchWriteFloor(client, firstRun.run.signalsCreated);
    const floor = read.seconds + writeSeconds;
    report('first run', firstRun);
    console.log(
      `  floor                 ${floor.toFixed(1)} s = read ${read.seconds.toFixed(1)} s (${total(read.meter)} requests) + BatchWriteItem of ${firstRun.run.signalsCreated} items ${writeSeconds.toFixed(1)} s`,
    );
    console.log(`  time / floor          ${(firstRun.evalSeconds / floor).toFixed(2)}  (goal <= 2)`);
    const created = Math.max(1, firstRun.run.signalsCreated);
    const dataUnits = firstRun.meter.writeUnits - firstRun.meter.runWriteUnits;
    console.log(
      `  write units / signal  ${(dataUnits / created).toFixed(3)}  (signals, ledger, lock and digests: ${dataUnits} units, index writes included; goal <= 1.1)`,
    );
    console.log(
      `                        ${(firstRun.meter.writeUnits / created).toFixed(3)} with the run's own records (${firstRun.meter.runWriteUnits} units: run, employers counted)`,
    );
    const rerun = await evaluate(RUN_DATE);
    report('rerun of the same date', rerun);
    console.log(`  time / read floor     ${(rerun.evalSeconds / read.seconds).toFixed(2)}  (goal <= 1.3)`);
    console.log(
      `  writes                ${rerun.meter.dataWrites} on signal data (goal 0), ${rerun.run.signalsCreated} signals, ${rerun.run.emailsSent} mails; ${rerun.meter.runWrites} on the run's own records`,
    );
  } finally {
    await ses.stop();
    await dynamo.stop();
  }
}

function report(
  label: string,
  r: {
    meter: Meter;
    evalSeconds: number;
    run: {
      runId: string;
      status: string;
      signalsCreated: number;
      emailsSent: number;
      employers: { done: number; total: number };
    };
  },
) {
  console.log(`\n${label}: run ${r.run.status}, ${r.run.employers.done}/${r.run.employers.total} employers`);
  console.log(
    `  evaluation            ${r.evalSeconds.toFixed(1)} s  -> ${Math.round((EMPLOYERS * EMPLOYEES) / r.evalSeconds).toLocaleString('en')} employees/s; ${r.run.signalsCreated} signals, ${r.run.emailsSent} digests`,
  );
  console.log(
    `  DynamoDB requests     ${total(r.meter)} = ${perEmployer(total(r.meter))} per employer ${JSON.stringify(Object.fromEntries(r.meter.requests))}`,
  );
  console.log(
    `  read per employer     ${perEmployer(r.meter.itemsRead)} items, ${(r.meter.bytesRead / EMPLOYERS / 1024).toFixed(1)} KB, ${perEmployer(r.meter.readUnits)} read units; ${perEmployer(r.meter.writeUnits)} write units`,
  );
}

/** Writing `n` signal-sized items with BatchWriteItem at the run's concurrency: the write floor. */
async function batchWriteFloor(client: ReturnType<typeof makeDocumentClient>, n: number) {
  const filler = 'x'.repeat(560);
  const batches: Array<Record<string, unknown>[]> = [];
  for (let i = 0; i < n; i += 25) {
    batches.push(
      Array.from({ length: Math.min(25, n - i) }, (_, j) => ({
        PutRequest: { Item: { pk: `FLOOR#${(i + j) % 600}`, sk: `SIGNAL#${i + j}`, filler } },
      })),
    );
  }
  const limit = pLimit(CONCURRENCY);
  const t0 = Date.now();
  await Promise.all(
    batches.map((batch) =>
      limit(async () => {
        let pending = batch;
        while (pending.length > 0) {
          const { UnprocessedItems } = await client.send(
            new BatchWriteCommand({ RequestItems: { [TABLE]: pending as never } }),
          );
          pending = (UnprocessedItems?.[TABLE] ?? []) as typeof pending;
        }
      }),
    ),
  );
  return seconds(t0);
}

/** N daily runs; every tenth day, what the run read and asked per employer. */
async function days(
  evaluate: (date: string) => Promise<{ meter: Meter; run: { signalsCreated: number } }>,
  n: number,
) {
  console.log(`\n${n} daily runs (offset ${OFFSET} days):`);
  console.log(
    '  day   items/employer   KB/employer   requests/employer   read units   write units   new signals',
  );
  const at = new Map<number, Meter>();
  for (let d = 1; d <= n; d++) {
    const { meter, run } = await evaluate(formatDay(toDay(RUN_DATE) + d - 1));
    at.set(d, meter);
    if (d % 10 === 0 || d === 1) {
      console.log(
        `  ${String(d).padStart(3)}   ${perEmployer(meter.itemsRead).padStart(14)}   ${(meter.bytesRead / EMPLOYERS / 1024).toFixed(1).padStart(11)}   ${perEmployer(total(meter)).padStart(17)}   ${perEmployer(meter.readUnits).padStart(10)}   ${perEmployer(meter.writeUnits).padStart(11)}   ${String(run.signalsCreated).padStart(11)}`,
      );
    }
  }
  const a = at.get(30);
  const b = at.get(60);
  if (a && b) {
    console.log(
      `  day 60 / day 30: items ${(b.itemsRead / a.itemsRead).toFixed(2)}, bytes ${(b.bytesRead / a.bytesRead).toFixed(2)} (goal <= 1.1)`,
    );
  }
}

await main();
process.exit(0);
