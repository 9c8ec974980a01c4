import './quiet-warnings.js';
import { resolve } from 'node:path';
import * as z from 'zod';
import { RIGHTS } from '../app/caller.js';
import { RIGHT_ALLOWS, ROLES } from '../app/roles.js';
import { cliArgs } from './cli-args.js';
import { loadLocalKeys } from './local-keys.js';

const usage = [
  'usage: npm run token -- --type platform|provider|employer [--sub ID] [--provider ID] [--employer ID] --scope "RIGHTS" [--exp EPOCH_SECONDS]',
  '',
  'Scopes (--scope, space-separated):',
  ...RIGHTS.map((r) => `  ${r.padEnd(24)}${RIGHT_ALLOWS[r]}`),
  '',
  'Who carries what:',
  ...ROLES.map((r) => `  ${r.name}: --type ${r.userType} --scope "${r.scopes.join(' ')}"`),
  '',
  'A provider or employer user must exist in the directory and be active, or its token reaches nothing (403).',
].join('\n');

const argsSchema = z
  .object({
    type: z.enum(['platform', 'provider', 'employer']),
    sub: z.string().min(1).optional(),
    provider: z.string().min(1).optional(),
    employer: z.string().min(1).optional(),
    scope: z.string().default(''),
    exp: z.coerce.number().int().positive().optional(),
  })
  .refine((a) => a.type === 'platform' || a.provider, {
    message: '--provider is required for provider and employer tokens',
  })
  .refine((a) => a.type !== 'employer' || a.employer, {
    message: '--employer is required for employer tokens',
  });

/** Prints a JWT signed by the local key, the one a running local stack verifies. */
async function main() {
  const values = cliArgs(usage, {
    type: { type: 'string' },
    sub: { type: 'string' },
    provider: { type: 'string' },
    employer: { type: 'string' },
    scope: { type: 'string' },
    exp: { type: 'string' },
  });
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) {
    console.error(`${z.prettifyError(parsed.error).replaceAll('\n', ' ')}\n${usage.split('\n')[0]}`);
    process.exit(2);
  }
  const a = parsed.data;
  const keys = await loadLocalKeys(resolve(process.env.DATA_DIR ?? '.local'));
  const token = await keys.sign({
    sub: a.sub ?? `${a.type}-user`,
    user_type: a.type,
    ...(a.provider ? { provider_id: a.provider } : {}),
    ...(a.employer ? { employer_id: a.employer } : {}),
    scope: a.scope,
    ...(a.exp ? { exp: a.exp } : {}),
  });
  console.log(token);
}

await main();
