/**
 * Rule-engine benchmark: 100,000 employees x 20 settings, one recipient, one run date.
 * Prints employees per second, CPU time and heap allocated; asserts nothing (machines are noisy).
 * Usage: npm run bench:rules [-- --employees N --runs N]
 */
import { parseArgs } from 'node:util';
import { SIGNAL_TYPES } from '../../shared/domain/catalogue.js';
import { formatDay, toDay } from '../../shared/domain/dates.js';
import type { Employee } from '../../shared/domain/employee.js';
import { dueSignals, type EmployerSnapshot, type Recipient } from '../../shared/domain/rules/evaluate.js';
import { prepareEmployee } from '../../shared/domain/rules/prepare.js';

const { values } = parseArgs({
  options: { employees: { type: 'string', default: '100000' }, runs: { type: 'string', default: '5' } },
});
const N = Number(values.employees);
const RUNS = Number(values.runs);

let seed = 42;
const rand = (n: number) => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed % n;
};
const day = (from: string, span: number) => formatDay(toDay(from) + rand(span));

function employee(i: number): Employee {
  const start = day('1995-01-01', 11_000);
  const contractStart = day('2024-01-01', 900);
  return {
    employeeId: `x${i}`,
    firstName: 'Anna',
    lastName: `Jansen ${i}`,
    birthDate: day('1958-01-01', 17_000),
    marriageDate: rand(2) ? day('1980-01-01', 16_000) : null,
    departmentId: `d${rand(10)}`,
    employment: { startDate: start, probationEndDate: formatDay(toDay(start) + 60) },
    contracts: [
      {
        contractId: 'c1',
        startDate: contractStart,
        endDate: formatDay(toDay(contractStart) + 180 + rand(400)),
        type: 'fixedTerm',
      },
    ],
    nextPayScaleIncreaseDate: day('2026-06-01', 400),
    idDocumentExpiryDate: day('2026-01-01', 2000),
    absences: rand(20) === 0 ? [{ absenceId: 'a1', startDate: day('2025-06-01', 500), endDate: null }] : [],
  };
}

const employees = Array.from({ length: N }, (_, i) => employee(i));
const types = SIGNAL_TYPES.filter((t) => t !== 'CUSTOM').slice(0, 20);
const recipient: Recipient = {
  recipientId: 'u1',
  settings: types.map((signalType, i) => ({
    signalType,
    daysBefore: i % 2 ? [30, 7] : [14],
    email: i % 3 === 0,
    departmentsOnly: false,
  })),
  departmentIds: new Set(),
};

const t0 = process.cpuUsage();
const prepared = employees.map((e) => prepareEmployee(e));
const prepareMs = (process.cpuUsage(t0).user + process.cpuUsage(t0).system) / 1000;
const snapshot: EmployerSnapshot = { employerId: 'e1', employees: prepared, customSignals: new Map() };

const runDay = toDay('2026-11-28');
let best = Number.POSITIVE_INFINITY;
let signals = 0;
let allocated = 0;
for (let r = 0; r < RUNS; r++) {
  globalThis.gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  const c0 = process.cpuUsage();
  let count = 0;
  dueSignals(snapshot, [recipient], runDay, 7, () => {
    count++;
  });
  const c = process.cpuUsage(c0);
  const ms = (c.user + c.system) / 1000;
  allocated = process.memoryUsage().heapUsed - heap0;
  signals = count;
  best = Math.min(best, ms);
}
console.log(
  `rules bench: ${N} employees x ${recipient.settings.length} settings, run date ${formatDay(runDay)}`,
);
console.log(`  prepare (parse dates once):   ${prepareMs.toFixed(0)} ms CPU`);
console.log(
  `  evaluate (best of ${RUNS}):         ${best.toFixed(0)} ms CPU  -> ${Math.round((N / best) * 1000).toLocaleString('en')} employees/s`,
);
console.log(`  signals due:                  ${signals}`);
console.log(
  `  heap growth during one run:   ${(allocated / 1024 / 1024).toFixed(1)} MiB${globalThis.gc ? '' : ' (run with --expose-gc for a cleaner figure)'}`,
);
