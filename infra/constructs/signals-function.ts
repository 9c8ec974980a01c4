import { join } from 'node:path';
import { Duration } from 'aws-cdk-lib';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { Architecture, LoggingFormat, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import type { EnvName } from '../../functions/runtime/env.js';
import { TABLE_DEFINITION } from '../../shared/adapters/dynamodb/table-definition.js';

const READ_ACTIONS = [
  'dynamodb:GetItem',
  'dynamodb:BatchGetItem',
  'dynamodb:Query',
  'dynamodb:ConditionCheckItem',
];
const WRITE_ACTIONS = [
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:BatchWriteItem',
];

export interface SignalsFunctionProps {
  /** Entry file under functions/. */
  entry: string;
  description: string;
  environment: Partial<Record<EnvName, string>>;
  logRetention: RetentionDays;
  logLevel: string;
  timeout?: Duration;
  memorySize?: number;
  /** Files copied beside the bundle (absolute source path -> file name in the bundle). */
  assets?: Record<string, string>;
}

/**
 * A Lambda function with the project's defaults set once: newest Node.js runtime, arm64, ESM
 * bundle built locally by esbuild, JSON logs with a retained log group, X-Ray tracing.
 */
export class SignalsFunction extends Construct {
  readonly fn: NodejsFunction;
  readonly logGroup: LogGroup;

  constructor(scope: Construct, id: string, props: SignalsFunctionProps) {
    super(scope, id);
    const logGroup = new LogGroup(this, 'Logs', { retention: props.logRetention });
    this.logGroup = logGroup;
    this.fn = new NodejsFunction(this, 'Function', {
      entry: props.entry,
      handler: 'handler',
      description: props.description,
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout ?? Duration.seconds(29),
      tracing: Tracing.ACTIVE,
      loggingFormat: LoggingFormat.JSON,
      logGroup,
      environment: {
        ...props.environment,
        POWERTOOLS_LOG_LEVEL: props.logLevel,
        NODE_OPTIONS: '--enable-source-maps',
      },
      bundling: {
        format: OutputFormat.ESM,
        target: 'node24',
        mainFields: ['module', 'main'],
        sourceMap: true,
        minify: true,
        forceDockerBundling: false,
        banner: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);",
        ...(props.assets
          ? {
              commandHooks: {
                beforeBundling: () => [],
                beforeInstall: () => [],
                afterBundling: (_input: string, output: string) =>
                  Object.entries(props.assets ?? {}).map(
                    ([from, name]) => `cp "${from}" "${join(output, name)}"`,
                  ),
              },
            }
          : {}),
      },
    });
  }

  /**
   * Grants table access on the table and its named indexes only (no `index/*` wildcard):
   * `read` for functions that only read, `readWrite` otherwise.
   */
  bindTable({ table, accessMode }: { table: ITableV2; accessMode: 'read' | 'readWrite' }) {
    const actions = accessMode === 'read' ? READ_ACTIONS : [...READ_ACTIONS, ...WRITE_ACTIONS];
    this.fn.addToRolePolicy(
      new PolicyStatement({
        actions,
        resources: [
          table.tableArn,
          ...TABLE_DEFINITION.globalSecondaryIndexes.map((g) => `${table.tableArn}/index/${g.indexName}`),
        ],
      }),
    );
  }
}
