import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { AppDeps } from '../../../shared/app/deps.js';
import { type ItemChange, reevaluateChanges } from '../../../shared/app/pipeline/reevaluate-changes.js';
import { addDays, formatDay, toDay } from '../../../shared/domain/dates.js';
import type { Employee } from '../../../shared/domain/employee.js';
import { startStreamPoller } from '../../../shared/local/stream-poller.js';
import { type Meter, total } from './metering.js';

export const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

/**
 * The time from an employee write to its signals' change, through the same path as `npm start`
 * (the table's stream, the in-process poller, the re-evaluation), one change at a time over the
 * seeded tenant, and what each re-evaluation read and wrote (metered on the client).
 */
export async function benchChanges(options: {
  deps: AppDeps;
  client: DynamoDBClient;
  endpoint: string;
  tableName: string;
  metering: { start(): Meter };
  today: string;
  changes: number;
  employers: number;
  employees: number;
}) {
  // Counts what the re-evaluations did, as the metrics port sees it.
  const counted = new Map<string, number>();
  const deps: AppDeps = {
    ...options.deps,
    metrics: {
      count: (name, value = 1) => counted.set(name, (counted.get(name) ?? 0) + value),
      milliseconds: () => undefined,
    },
  };
  const done = new Map<string, () => void>();
  const poller = await startStreamPoller({
    client: options.client,
    endpoint: options.endpoint,
    tableName: options.tableName,
    logger: deps.logger,
    consume: async (changes: ItemChange[]) => {
      const result = await reevaluateChanges(deps, changes);
      for (const c of changes) {
        if ('employerId' in c.owner) done.get(`${c.owner.employerId}|${c.employeeId ?? ''}`)?.();
      }
      return result;
    },
  });
  const latencies: number[] = [];
  const meters: Meter[] = [];
  /** Writes, then waits for the consumer to have re-evaluated that item: the latency and the meter. */
  const timed = async (key: string, write: () => Promise<unknown>) => {
    const reevaluated = new Promise<void>((resolve) => done.set(key, resolve));
    const t0 = performance.now();
    await write();
    const meter = options.metering.start();
    await reevaluated;
    const ms = performance.now() - t0;
    options.metering.start();
    return { ms, meter };
  };
  const wholeMeters: Meter[] = [];
  try {
    for (let i = 0; i < options.changes; i++) {
      const e = i % options.employers;
      const employerId = `bench-e${e}`;
      const employeeId = `x${e * options.employees + (Math.floor(i / options.employers) % options.employees)}`;
      const ref = { kind: 'employee' as const, employerId, employeeId };
      const stored = await deps.store.get<Employee & { employerId: string }>(ref);
      const contract = stored?.data.contracts?.[0];
      if (!stored || !contract) throw new Error(`no contract of ${employeeId}`);
      // Each change moves the contract's end to a day whose 30-day signal is due today.
      const end = formatDay(addDays(toDay(options.today), 5 + ((i * 7) % 20)));
      const data = { ...stored.data, contracts: [{ ...contract, endDate: end }] };
      const { ms, meter } = await timed(`${employerId}|${employeeId}`, () =>
        deps.store.put(ref, data, { by: 'bench', at: new Date().toISOString() }, {}),
      );
      latencies.push(ms);
      meters.push(meter);
    }
    // For contrast: a change to a user (its name), which re-evaluates the whole employer.
    for (let e = 0; e < options.employers; e++) {
      const ref = { kind: 'employerUser' as const, employerId: `bench-e${e}`, userId: 'u0' };
      const user = await deps.store.get<{ name: string }>(ref);
      const { meter } = await timed(`bench-e${e}|`, () =>
        deps.store.put(
          ref,
          { ...user!.data, name: `${user!.data.name}.` },
          { by: 'bench', at: new Date().toISOString() },
          {},
        ),
      );
      wholeMeters.push(meter);
    }
  } finally {
    await poller.stop();
  }
  const sorted = latencies.slice().sort((a, b) => a - b);
  const mean = (list: readonly Meter[], f: (m: Meter) => number) =>
    list.reduce((n, m) => n + f(m), 0) / list.length;
  const sum = (f: (m: Meter) => number) => mean(meters, f);
  console.log(
    `\n${options.changes} employee changes, one at a time (write -> stream -> re-evaluation done):`,
  );
  console.log(
    `  latency ms            p50 ${percentile(sorted, 50).toFixed(0)}  p99 ${percentile(sorted, 99).toFixed(0)}  max ${sorted.at(-1)!.toFixed(0)}  (goal p99 < 5000)`,
  );
  console.log(
    `  per change            ${sum((m) => m.readUnits).toFixed(1)} read units, ${sum((m) => m.writeUnits).toFixed(1)} write units, ${sum(total).toFixed(1)} requests, ${sum((m) => m.itemsRead).toFixed(1)} items read (${(sum((m) => m.bytesRead) / 1024).toFixed(1)} KiB)`,
  );
  const requests = new Map<string, number>();
  for (const m of meters) for (const [k, v] of m.requests) requests.set(k, (requests.get(k) ?? 0) + v);
  console.log(
    `  requests per change   ${[...requests].map(([k, v]) => `${k.replace('Command', '')} ${(v / meters.length).toFixed(1)}`).join(', ')}`,
  );
  console.log(
    `  signals               ${counted.get('SignalsCreated') ?? 0} created, ${counted.get('SignalsWithdrawn') ?? 0} withdrawn in all`,
  );
  console.log(
    `  whole employer        a user's change: ${mean(wholeMeters, (m) => m.readUnits).toFixed(1)} read units, ${mean(wholeMeters, (m) => m.itemsRead).toFixed(0)} items read (${options.employees} employees)`,
  );
}
