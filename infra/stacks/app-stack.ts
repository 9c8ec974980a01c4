import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Stack, type StackProps } from 'aws-cdk-lib';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { AREAS, type Area } from '../../shared/http/route.js';
import { ROUTES } from '../../shared/http/routes.js';
import type { StageConfig } from '../config/stages.js';
import { SignalsApi } from '../constructs/signals-api.js';
import { SignalsFunction } from '../constructs/signals-function.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** API areas that never write. */
const READ_ONLY_AREAS: ReadonlySet<Area> = new Set(['operations']);

export interface AppStackProps extends StackProps {
  config: StageConfig;
  table: ITableV2;
}

/** The stateless stack: API, functions and (later) the evaluation pipeline. */
export class AppStack extends Stack {
  readonly api: SignalsApi;

  constructor(scope: Construct, id: string, props: AppStackProps) {
    super(scope, id, props);
    const { config, table } = props;
    const environment = {
      TABLE_NAME: table.tableName,
      APP_URL: config.appUrl,
      SENDER_DOMAINS: config.senderDomains.join(','),
    };
    const functions = {} as Record<Area, IFunction>;
    for (const area of AREAS) {
      const f = new SignalsFunction(this, `${area}Api`, {
        entry: join(root, 'functions', 'api', `${area}.ts`),
        description: `Signals API: ${area} routes`,
        environment,
        logLevel: config.logLevel,
        logRetention: config.logRetentionDays as RetentionDays,
      });
      f.bindTable({ table, accessMode: READ_ONLY_AREAS.has(area) ? 'read' : 'readWrite' });
      functions[area] = f.fn;
    }
    this.api = new SignalsApi(this, 'Api', {
      routes: ROUTES,
      functions,
      jwt: config.jwt,
      logRetention: config.logRetentionDays as RetentionDays,
    });
  }
}
