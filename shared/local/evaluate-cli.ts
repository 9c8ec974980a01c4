import './quiet-warnings.js';
import { resolve } from 'node:path';
import * as z from 'zod';
import type { Run } from '../app/pipeline/ports.js';
import { addDays, formatDay, parseDay, toDay } from '../domain/dates.js';
import { DEFAULT_CATCH_UP_DAYS } from '../domain/rules/evaluate.js';
import { cliArgs } from './cli-args.js';
import { loadLocalKeys } from './local-keys.js';

const usage =
  'usage: npm run evaluate -- [--date YYYY-MM-DD] [--moment NAME] [--employer ID]...  (PORT and DATA_DIR as for npm start)';

const envSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  DATA_DIR: z.string().default('.local'),
});

/** How long a run may take to be evaluated and delivered before the command gives up on it. */
const FOLLOW_MS = 15 * 60_000;

/**
 * The events a jump from the last run's date to `date` leaves unsignalled: those more than
 * `catchUpDays` before `date` whose signal date came after the last run. Undefined when none.
 */
export function catchUpGap(lastRunDate: string | undefined, date: string, catchUpDays: number) {
  if (!lastRunDate) return undefined;
  const from = toDay(lastRunDate) + 1;
  const to = addDays(toDay(date), -catchUpDays - 1);
  return to >= from ? { from: formatDay(from), to: formatDay(to) } : undefined;
}

/** Whether a run went wholly well: every employer evaluated and every digest delivered. */
export function runFailures(run: Run): string[] {
  return [
    ...(run.status === 'failed'
      ? [`the run failed (${run.employersMissing ?? 0} employers never counted)`]
      : []),
    ...(run.employers.failed > 0 ? [`${run.employers.failed} employers could not be evaluated`] : []),
    ...(run.digests.failed > 0 ? [`${run.digests.failed} digests could not be delivered`] : []),
  ];
}

const finished = (run: Run) =>
  run.status !== 'running' &&
  run.deliveryQueuedAt !== null &&
  run.digests.done + run.digests.failed >= run.digests.queued;

/**
 * `npm run evaluate`: one evaluation through the running local stack's API, as an operator
 * would start it in AWS (`POST /v1/evaluations`), followed until it is evaluated and its
 * digests are delivered. Exits 1 when anything failed, or when no stack answers on PORT.
 */
async function main() {
  const values = cliArgs(usage, {
    date: { type: 'string' },
    moment: { type: 'string' },
    employer: { type: 'string', multiple: true },
  });
  if (values.date !== undefined && parseDay(values.date) === undefined) {
    console.error(`--date must be a calendar date YYYY-MM-DD, not ${values.date}`);
    process.exit(2);
  }
  const env = envSchema.parse(process.env);
  const base = `http://127.0.0.1:${env.PORT}`;
  const keys = await loadLocalKeys(resolve(env.DATA_DIR));
  const token = await keys.sign({ sub: 'evaluate-cli', user_type: 'platform', scope: 'signals:operate' });
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    }).catch(() => {
      console.error(
        `No local stack answers on port ${env.PORT}: start it first (npm start), or set PORT as for npm start.`,
      );
      process.exit(1);
    });
    const json: unknown = await response.json();
    if (response.status >= 400) {
      const problem = json as { title?: string; detail?: string };
      console.error(`${method} ${path}: ${response.status} ${problem.detail ?? problem.title}`);
      process.exit(1);
    }
    return json as T;
  };

  const date = values.date;
  if (date) {
    const [last] = (await call<{ items: Run[] }>('GET', '/v1/evaluations?limit=1')).items;
    const gap = catchUpGap(last?.date, date, DEFAULT_CATCH_UP_DAYS);
    if (gap) {
      console.log(
        `note: the last run was on ${last!.date}; events from ${gap.from} to ${gap.to} are more than ${DEFAULT_CATCH_UP_DAYS} days (catchUpDays) before ${date} and get no signal. Run the days between to catch them.`,
      );
    }
  }
  const started = Date.now();
  const run = await call<Run>('POST', '/v1/evaluations', {
    ...(date ? { date } : {}),
    ...(values.moment ? { moment: values.moment } : {}),
    ...(values.employer ? { employerIds: values.employer } : {}),
  });
  console.log(
    `run ${run.runId} (${run.moment}, ${run.date}): ${run.employers.total} employers with product 290`,
  );
  for (const s of run.skipped ?? []) console.log(`  skipped ${s.employerId}: ${s.reason}`);

  let current = run;
  let lastDone = -1;
  while (!finished(current)) {
    if (Date.now() - started > FOLLOW_MS) {
      console.error(
        `run ${run.runId} not finished after ${FOLLOW_MS / 60_000} minutes: see GET /v1/evaluations/${run.runId}`,
      );
      process.exit(1);
    }
    await new Promise((r) => setTimeout(r, 250));
    current = await call<Run>('GET', `/v1/evaluations/${run.runId}`);
    const done = current.employers.done + current.employers.failed;
    if (done !== lastDone && current.employers.total >= 20) {
      console.log(
        `  ${done}/${current.employers.total} employers evaluated, ${current.signalsCreated} signals created`,
      );
      lastDone = done;
    }
  }
  const { runId, status, employers, signalsCreated, signalsWithdrawn, emailsSent, digests } = current;
  const seconds = Number(((Date.now() - started) / 1000).toFixed(1));
  console.log(
    JSON.stringify(
      {
        runId,
        date: current.date,
        status,
        employers,
        signalsCreated,
        signalsWithdrawn,
        emailsSent,
        digests,
        seconds,
      },
      null,
      2,
    ),
  );
  const failures = runFailures(current);
  for (const f of failures) console.error(`failed: ${f}`);
  process.exit(failures.length > 0 ? 1 : 0);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
