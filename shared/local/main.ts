import './quiet-warnings.js';
import { resolve } from 'node:path';
import * as z from 'zod';
import { JavaMissingError } from './dynamodb-local.js';
import { DEMO, demoTenantExists, demoTokens, seedDemoTenant } from './seed.js';
import { PortInUseError, startLocalStack } from './stack.js';

const envSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  SES_PORT: z.coerce.number().int().min(1).max(65535).default(8005),
  DYNAMODB_PORT: z.coerce.number().int().min(1).max(65535).default(8000),
  DYNAMODB_ENDPOINT: z.url().optional(),
  DATA_DIR: z.string().default('.local'),
  LOG_LEVEL: z.enum(['DEBUG', 'INFO', 'WARN', 'ERROR', 'SILENT']).default('WARN'),
  APP_URL: z.url().default('http://localhost:5173'),
  SENDER_DOMAINS: z.string().default(''),
});

async function main() {
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    console.error(`Invalid environment: ${z.prettifyError(parsed.error).replaceAll('\n', ' ')}`);
    process.exit(2);
  }
  const env = parsed.data;
  const inMemory = process.argv.includes('--in-memory');
  const started = Date.now();
  const stack = await startLocalStack({
    port: env.PORT,
    sesPort: env.SES_PORT,
    dynamodbPort: env.DYNAMODB_PORT,
    ...(env.DYNAMODB_ENDPOINT ? { dynamodbEndpoint: env.DYNAMODB_ENDPOINT } : {}),
    dataDir: resolve(env.DATA_DIR),
    inMemory,
    logLevel: env.LOG_LEVEL,
    scheduler: true,
    streams: true,
    notReadyUntilMarked: true,
    config: {
      appUrl: env.APP_URL,
      senderDomains: env.SENDER_DOMAINS.split(',')
        .map((d) => d.trim())
        .filter(Boolean),
    },
  });

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping the local stack...`);
    await stack.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  let seeded = '';
  let tokens: Awaited<ReturnType<typeof demoTokens>>;
  try {
    if (!(await demoTenantExists(stack.deps))) {
      const { employees } = await seedDemoTenant(stack.deps, stack.deps.clock.today());
      seeded = ` (demo tenant seeded: ${employees} employees)`;
    }
    tokens = await demoTokens((c) => stack.keys.sign(c));
    stack.markReady();
  } catch (error) {
    await stack.stop();
    throw error;
  }
  const token = tokens.platform;
  console.log(
    [
      `Signals local stack ready in ${((Date.now() - started) / 1000).toFixed(1)} s${inMemory ? ' (in memory)' : ` (data in ${env.DATA_DIR})`}${seeded}`,
      `  API          ${stack.urls.api}/v1/health`,
      `  OpenAPI      ${stack.urls.api}/v1/openapi.json  (to read: ${stack.urls.api}/docs)`,
      `  SES mails    ${stack.urls.ses}  (GET ${stack.urls.ses}/store; kept in memory: gone on restart)`,
      `  DynamoDB     ${stack.urls.dynamodb}  (table ${stack.tableName})`,
      '',
      'Tokens of the demo tenant (valid one hour; npm run token -- --help for the scopes, and others):',
      ...[
        ['directory sync (platform)', token],
        [`provider admin ${DEMO.providerAdmin}`, tokens.providerAdmin],
        [`payroll clerk ${DEMO.payrollClerk} (provider user)`, tokens.payrollClerk],
        [`employer admin ${DEMO.employerAdmin} (${DEMO.bakery})`, tokens.employerAdmin],
        [`department manager ${DEMO.manager}`, tokens.manager],
        [`employer user ${DEMO.plainUser}`, tokens.employerUser],
      ].map(([who, t]) => `  ${`${who}:`.padEnd(44)}${t}`),
      '',
      'Try:',
      `  TOKEN=${token}`,
      `  curl -s -X POST -H "authorization: Bearer $TOKEN" -H "content-type: application/json" -d '{}' ${stack.urls.api}/v1/evaluations`,
      `  MANAGER=${tokens.manager}`,
      `  curl -s -H "authorization: Bearer $MANAGER" ${stack.urls.api}/v1/me/signals`,
      "  npm run evaluate -- --date 2026-12-01     (time travel: that day's run)",
      '',
      'Ctrl-C stops everything.',
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  if (error instanceof JavaMissingError || error instanceof PortInUseError) console.error(error.message);
  else console.error(`The local stack could not start: ${(error as Error).message}`);
  process.exit(1);
});
