/**
 * Cold-start size check: synthesizes the app (esbuild bundles exactly as deployed), then for each
 * Lambda function prints its bundle size, the time to import it, and the time of its first
 * invocation (a real request against DynamoDB Local), each the minimum over several fresh Node
 * processes, against the floor: importing the bare DynamoDB client (as the Lambda runtime
 * provides it; the bundles leave @aws-sdk/* to the runtime). Goal: import plus
 * first call at most 1.5x the floor. Prints; asserts nothing about time.
 * Usage: npm run size [-- --runs N] [-- --no-synth]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { ensureTable } from '../../shared/local/create-table.js';
import { startDynamoDbLocal } from '../../shared/local/dynamodb-local.js';
import { freePort } from '../support/free-port.js';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '5' }, 'no-synth': { type: 'boolean', default: false } },
});
const RUNS = Number(values.runs);
const root = resolve(import.meta.dirname, '..', '..');
const out = join(root, 'cdk.out');

/** A first request each function serves, with the claims API Gateway would hand over. */
const platformClaims = { sub: 'size', user_type: 'platform', scope: 'directory:write signals:operate' };
const apiEvent = (method: string, path: string, claims: Record<string, string>) => ({
  version: '2.0',
  routeKey: `${method} ${path}`,
  rawPath: path,
  rawQueryString: '',
  headers: {},
  requestContext: {
    requestId: 'size',
    http: { method, path, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'size' },
    authorizer: { jwt: { claims, scopes: [] } },
  },
  isBase64Encoded: false,
});
const sqsEvent = (body: object) => ({
  Records: [
    {
      messageId: 'm1',
      body: JSON.stringify(body),
      attributes: { ApproximateReceiveCount: '1' },
      eventSource: 'aws:sqs',
    },
  ],
});
const FIRST_CALLS: Record<string, object> = {
  directory: apiEvent('GET', '/v1/providers/size-p', platformClaims),
  settings: apiEvent('GET', '/v1/signal-types', platformClaims),
  signals: apiEvent('GET', '/v1/me/signals', {
    sub: 'u',
    user_type: 'employer',
    provider_id: 'p',
    employer_id: 'e',
    scope: 'signals:use',
  }),
  templates: apiEvent('GET', '/v1/employers/size-e/email-template', platformClaims),
  operations: apiEvent('GET', '/v1/evaluations/size-run', platformClaims),
  dispatch: { moment: 'daily' },
  evaluate: sqsEvent({ runId: 'size-run', employerId: 'size-e', date: '2026-11-28' }),
  deliver: sqsEvent({ runId: 'size-run', recipientKey: 'E:size-e:u' }),
  'ses-events': {
    Records: [{ Sns: { MessageId: 'n1', Message: JSON.stringify({ eventType: 'Delivery' }) } }],
  },
};

/** The harness a fresh process runs: import, then one invocation, timed. */
const HARNESS = `
const t0 = performance.now();
const mod = await import(process.env.BUNDLE);
const t1 = performance.now();
if (process.env.EVENT) {
  try { await mod.handler(JSON.parse(process.env.EVENT), { functionName: 'size', awsRequestId: 'size', getRemainingTimeInMillis: () => 30000 }); }
  catch (e) { console.error(String(e)); }
}
const t2 = performance.now();
console.log(JSON.stringify({ importMs: t1 - t0, callMs: t2 - t1 }));
`;

function measure(bundle: string, env: Record<string, string>, event?: object) {
  const runs: Array<{ importMs: number; callMs: number }> = [];
  for (let i = 0; i < RUNS; i++) {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', HARNESS], {
      env: { ...process.env, ...env, BUNDLE: bundle, ...(event ? { EVENT: JSON.stringify(event) } : {}) },
      encoding: 'utf8',
    });
    const line = r.stdout.trim().split('\n').pop() ?? '';
    if (!line.startsWith('{'))
      throw new Error(`${bundle} printed no timing: ${r.stderr.trim().split('\n').slice(0, 5).join(' | ')}`);
    runs.push(JSON.parse(line));
  }
  return {
    importMs: Math.min(...runs.map((r) => r.importMs)),
    totalMs: Math.min(...runs.map((r) => r.importMs + r.callMs)),
  };
}

async function main() {
  if (!values['no-synth']) {
    console.log('synthesizing (esbuild bundles as deployed)...');
    execFileSync('npx', ['cdk', 'synth', '--quiet'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const templateFile = readdirSync(out).find((f) => f.endsWith('-app.template.json'));
  if (!templateFile) throw new Error('no app template in cdk.out: run without --no-synth');
  const template = JSON.parse(readFileSync(join(out, templateFile), 'utf8')) as {
    Resources: Record<
      string,
      { Type: string; Metadata?: Record<string, string>; Properties: { Description?: string } }
    >;
  };
  const functions = Object.values(template.Resources)
    .filter((r) => r.Type === 'AWS::Lambda::Function' && r.Metadata?.['aws:asset:path'])
    .map((r) => {
      const dir = join(out, r.Metadata!['aws:asset:path']!);
      const file = readdirSync(dir).find((f) => f.endsWith('.mjs'))!;
      const description = r.Properties.Description ?? '';
      const name =
        /API: (\w+) routes/.exec(description)?.[1] ??
        /pipeline: (\w+)/.exec(description)?.[1]?.toLowerCase() ??
        (description.includes('bounce') ? 'ses-events' : description);
      return { name, bundle: join(dir, file) };
    })
    .filter((f) => existsSync(f.bundle));

  // The floor: importing the bare DynamoDB client as the Lambda runtime provides it (the bundles
  // leave @aws-sdk/* to the runtime, as NodejsFunction does on Node.js 24), from a file beside them.
  const floorDir = mkdtempSync(join(out, 'size-floor-'));
  writeFileSync(join(floorDir, 'floor.mjs'), "export { DynamoDBClient } from '@aws-sdk/client-dynamodb';\n");

  const port = await freePort();
  const db = await startDynamoDbLocal({ port, inMemory: true });
  try {
    const tableName = 'signals-size';
    await ensureTable(
      new DynamoDBClient({
        endpoint: db.endpoint,
        region: 'eu-west-1',
        credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
      }),
      tableName,
    );
    const env = {
      TABLE_NAME: tableName,
      DYNAMODB_ENDPOINT: db.endpoint,
      APP_URL: 'https://app.example.nl',
      API_URL: 'https://api.example.nl',
      EVALUATE_QUEUE_URL: 'https://sqs.eu-west-1.amazonaws.com/000000000000/evaluate',
      DELIVER_QUEUE_URL: 'https://sqs.eu-west-1.amazonaws.com/000000000000/deliver',
      DEFAULT_SENDER_ADDRESS: 'signalen@example.nl',
      DEFAULT_SENDER_NAME: 'Signaleringen',
      SES_CONFIGURATION_SET: 'signals-bench',
      SENDER_DOMAINS: 'example.nl',
      CATCH_UP_DAYS: '7',
      SCHEDULE_GROUP: 'signals-bench',
      DISPATCH_FUNCTION_ARN: 'arn:aws:lambda:eu-west-1:000000000000:function:dispatch',
      SCHEDULER_ROLE_ARN: 'arn:aws:iam::000000000000:role/scheduler',
      SCHEDULE_DLQ_ARN: 'arn:aws:sqs:eu-west-1:000000000000:schedule-dlq',
      AWS_REGION: 'eu-west-1',
      AWS_ACCESS_KEY_ID: 'local',
      AWS_SECRET_ACCESS_KEY: 'local',
      POWERTOOLS_LOG_LEVEL: 'SILENT',
    };
    const floor = measure(join(floorDir, 'floor.mjs'), env).importMs;
    rmSync(floorDir, { recursive: true, force: true });
    console.log(
      `\nfloor: importing the bare DynamoDB client: ${floor.toFixed(1)} ms (min of ${RUNS} fresh processes)\n`,
    );
    console.log('function      bundle KB   import ms   import+first call ms   x floor');
    for (const f of functions.sort((a, b) => a.name.localeCompare(b.name))) {
      const m = measure(f.bundle, env, FIRST_CALLS[f.name]);
      const kb = statSync(f.bundle).size / 1024;
      console.log(
        `${f.name.padEnd(13)} ${kb.toFixed(0).padStart(9)} ${m.importMs.toFixed(1).padStart(11)} ${m.totalMs.toFixed(1).padStart(22)} ${(m.totalMs / floor).toFixed(2).padStart(9)}`,
      );
    }
    measureImports(env, floor);
  } finally {
    await db.stop();
  }
}

/**
 * What each library the functions share costs to import on its own, bundled as the functions are
 * (esbuild, ESM, minified, @aws-sdk/* left to the runtime), beside the floor: the numbers behind
 * what a function keeps.
 */
const IMPORTS: Record<string, string> = {
  'Logger (Powertools)': "import { Logger } from '@aws-lambda-powertools/logger'; new Logger();",
  'Metrics (Powertools)':
    "import { Metrics } from '@aws-lambda-powertools/metrics'; new Metrics({ namespace: 'n' });",
  'Tracer (Powertools, X-Ray SDK)': "import { Tracer } from '@aws-lambda-powertools/tracer'; new Tracer();",
  'Batch (Powertools)':
    "import { BatchProcessor, EventType } from '@aws-lambda-powertools/batch'; new BatchProcessor(EventType.SQS);",
  middy: "import middy from '@middy/core'; middy();",
  zod: "import * as z from 'zod'; z.object({ a: z.string() }).parse({ a: 'x' });",
  'lib-dynamodb (document client)':
    "import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb'; import { DynamoDBClient } from '@aws-sdk/client-dynamodb'; DynamoDBDocumentClient.from(new DynamoDBClient({}));",
  handlebars: "import Handlebars from 'handlebars'; Handlebars.compile('{{a}}')({ a: 1 });",
};

function measureImports(env: Record<string, string>, floor: number) {
  const dir = mkdtempSync(join(out, 'size-imports-'));
  try {
    console.log('\nimport (bundled alone)           bundle KB   import ms   share of the floor');
    for (const [name, source] of Object.entries(IMPORTS)) {
      const entry = join(dir, 'entry.mjs');
      const bundle = join(dir, `${name.replace(/\W+/g, '-')}.mjs`);
      writeFileSync(entry, `${source}\n`);
      execFileSync(
        join(root, 'node_modules', '.bin', 'esbuild'),
        [
          entry,
          '--bundle',
          '--platform=node',
          '--format=esm',
          '--target=node24',
          '--minify',
          '--main-fields=module,main',
          '--external:@aws-sdk/*',
          `--banner:js=import { createRequire } from 'module'; const require = createRequire(import.meta.url);`,
          `--outfile=${bundle}`,
          '--log-level=error',
        ],
        { cwd: root },
      );
      const m = measure(bundle, env);
      const kb = statSync(bundle).size / 1024;
      console.log(
        `${name.padEnd(32)} ${kb.toFixed(0).padStart(9)} ${m.importMs.toFixed(1).padStart(11)} ${(m.importMs / floor).toFixed(2).padStart(20)}`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
