import { readFileSync } from 'node:fs';
import { App, Tags, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import { stageConfig } from '../config/stages.js';
import { ControlTowerGuard } from '../guard/control-tower-guard.js';
import { exemptFromControlTower } from '../guard/exemptions.js';
import { acknowledgeFindings } from '../nag-acknowledgements.js';
import { AppStack } from '../stacks/app-stack.js';
import { DataStack } from '../stacks/data-stack.js';
import { MailStack } from '../stacks/mail-stack.js';

const CDK_JSON_CONTEXT = JSON.parse(readFileSync(new URL('../../cdk.json', import.meta.url), 'utf8'))
  .context as Record<string, unknown>;

/**
 * Builds the app for a stage (context `stage`, default `dev`, or a stage file: context
 * `stageFile`): the data stack (table, key) and the mail stack (SES identity) live long; the app stack can be destroyed and redeployed. They
 * share nothing through exports: the long-lived stacks write SSM parameters the others read.
 */
export function buildApp(app = new App()) {
  // The feature flags of cdk.json, also for an App made without the CLI (the tests): one set of templates.
  for (const [key, value] of Object.entries(CDK_JSON_CONTEXT)) {
    if (app.node.tryGetContext(key) === undefined) app.node.setContext(key, value);
  }
  const config = stageConfig({
    stage: app.node.tryGetContext('stage') as string | undefined,
    stageFile: app.node.tryGetContext('stageFile') as string | undefined,
  });
  const env = { account: config.account, region: config.region };
  const stateful = { env, terminationProtection: config.protectStatefulStacks };
  const data = new DataStack(app, `signals-${config.stage}-data`, { ...stateful, stage: config.stage });
  const mail = new MailStack(app, `signals-${config.stage}-mail`, {
    ...stateful,
    stage: config.stage,
    identity: config.sesIdentity,
  });
  mail.addStackDependency(data, 'reads the data key parameter');
  const appStack = new AppStack(app, `signals-${config.stage}-app`, { env, config });
  appStack.addStackDependency(data, 'reads the table and key parameters');
  appStack.addStackDependency(mail, 'reads the configuration set and events topic parameters');
  Tags.of(app).add('service', 'signals');
  Tags.of(app).add('stage', config.stage);
  acknowledgeFindings(appStack);
  for (const stack of [data, mail, appStack]) exemptFromControlTower(stack);
  // The policy checks run at every synth; a test that only reads the templates may leave them out.
  if (app.node.tryGetContext('signals:policyChecks') !== false) {
    Validations.of(app).addPlugins(
      new AwsSolutionsChecks(app),
      new ServerlessChecks(app),
      new ControlTowerGuard(),
    );
  }
  return { app, data, mail, appStack, config };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  buildApp().app.synth();
}
