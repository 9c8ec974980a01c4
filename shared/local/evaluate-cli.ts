import './quiet-warnings.js';
import { startRun } from '../app/pipeline/dispatch.js';
import { parseDay } from '../domain/dates.js';
import { cliArgs } from './cli-args.js';
import { cliContext } from './cli-context.js';
import { asFunction } from './function-context.js';

/**
 * `npm run evaluate -- [--date YYYY-MM-DD] [--moment NAME]`: one evaluation through the same
 * dispatch, evaluate and deliver code as in AWS, against the running local stack; prints
 * progress on long runs and the run's counts.
 */
async function main() {
  const values = cliArgs('usage: npm run evaluate -- [--date YYYY-MM-DD] [--moment NAME]', {
    date: { type: 'string' },
    moment: { type: 'string' },
  });
  if (values.date !== undefined && parseDay(values.date) === undefined) {
    console.error(`--date must be a calendar date YYYY-MM-DD, not ${values.date}`);
    process.exit(2);
  }
  const { deps, queues, drain } = await cliContext();
  const started = Date.now();
  // What POST /v1/evaluations does, as the operations function.
  const run = await asFunction('operations', () =>
    startRun(deps, { date: values.date, moment: values.moment }),
  );
  console.log(
    `run ${run.runId} (${run.moment}, ${run.date}): ${run.employers.total} employers with product 290`,
  );
  let lastDone = -1;
  const progress = setInterval(async () => {
    const current = await deps.runs.getRun(run.runId);
    const done = (current?.employers.done ?? 0) + (current?.employers.failed ?? 0);
    if (done !== lastDone && run.employers.total >= 20) {
      console.log(
        `  ${done}/${run.employers.total} employers evaluated, ${current?.signalsCreated ?? 0} signals created`,
      );
      lastDone = done;
    }
  }, 1000);
  await drain();
  clearInterval(progress);
  const result = await deps.runs.getRun(run.runId);
  console.log(
    JSON.stringify(
      {
        runId: result?.runId,
        date: result?.date,
        status: result?.status,
        employers: result?.employers,
        signalsCreated: result?.signalsCreated,
        signalsWithdrawn: result?.signalsWithdrawn,
        emailsSent: result?.emailsSent,
        seconds: Number(((Date.now() - started) / 1000).toFixed(1)),
        deadLettered: queues.evaluate.deadLetters.length + queues.deliver.deadLetters.length,
      },
      null,
      2,
    ),
  );
  process.exit(0);
}

await main();
