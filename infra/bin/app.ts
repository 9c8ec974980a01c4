import { App, Tags, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { stageConfig } from '../config/stages.js';
import { acknowledgeFindings } from '../nag-acknowledgements.js';
import { AppStack } from '../stacks/app-stack.js';
import { DataStack } from '../stacks/data-stack.js';

const CROSS_STACK_REFERENCES = '@aws-cdk/core:defaultCrossStackReferences';

/** Builds the app for a stage (context `stage`, default `dev`). */
export function buildApp(app = new App()) {
  if (app.node.tryGetContext(CROSS_STACK_REFERENCES) === undefined)
    app.node.setContext(CROSS_STACK_REFERENCES, 'strong');
  const config = stageConfig((app.node.tryGetContext('stage') as string | undefined) ?? 'dev');
  const env = { account: config.account, region: config.region };
  const data = new DataStack(app, `signals-${config.stage}-data`, { env });
  const appStack = new AppStack(app, `signals-${config.stage}-app`, { env, config, table: data.table });
  Tags.of(app).add('service', 'signals');
  Tags.of(app).add('stage', config.stage);
  acknowledgeFindings([data, appStack]);
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { app, data, appStack, config };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  buildApp().app.synth();
}
