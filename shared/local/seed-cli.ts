import './quiet-warnings.js';
import { cliArgs } from './cli-args.js';
import { cliContext } from './cli-context.js';
import { loadLocalKeys } from './local-keys.js';
import { DEMO, demoTokens, seedDemoTenant } from './seed.js';

/** `npm run seed`: (re)seeds the demo tenant into the running local stack and prints tokens. */
async function main() {
  cliArgs('usage: npm run seed   (seeds the demo tenant into the running local stack again)', {});
  const { deps, dataDir } = await cliContext();
  const { employees } = await seedDemoTenant(deps, deps.clock.today());
  const keys = await loadLocalKeys(dataDir);
  const tokens = await demoTokens((c) => keys.sign(c));
  console.log(
    `demo tenant seeded: provider ${DEMO.providerId}, employers ${DEMO.bakery} (product 290) and ${DEMO.garage}, ${employees} employees`,
  );
  for (const [who, token] of Object.entries(tokens)) console.log(`${who}: ${token}`);
  process.exit(0);
}

await main();
