import { makeDocumentClient } from '../../shared/adapters/dynamodb/client.js';
import { cliArgs } from '../../shared/local/cli-args.js';
import { stageConfig } from '../config/stages.js';
import { awsClients, runSmoke } from './smoke.js';

const usage = `Usage: npm run smoke -- --stage <stage> [--stage-file path.json]

After a deploy, with AWS credentials for the stage's account: checks that the API answers (health,
the OpenAPI document), sends a mail to SES's bounce simulator and waits until ses-events records
the bounce, sets one alarm to ALARM and back (the on-call mailbox gets both), and checks that every
stored moment has its schedule. Prints each check; exits 1 if one failed.`;

const values = cliArgs(usage, { stage: { type: 'string' }, 'stage-file': { type: 'string' } });
if (!values.stage && !values['stage-file']) {
  console.error(`--stage is required\n${usage}`);
  process.exit(2);
}
const config = stageConfig({ stage: values.stage, stageFile: values['stage-file'] });
const checks = await runSmoke(
  awsClients(config.region, makeDocumentClient({ region: config.region })),
  config.stage,
);
for (const c of checks) console.log(`${c.ok ? 'ok  ' : 'FAIL'} ${c.name}: ${c.detail}`);
process.exit(checks.every((c) => c.ok) ? 0 : 1);
