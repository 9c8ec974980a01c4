import { join } from 'node:path';
import { Duration, Validations } from 'aws-cdk-lib';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyDocument, PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { Alias, Architecture, LoggingFormat, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { type EnvName, FUNCTION_ENV } from '../../functions/runtime/env.js';
import { zonePatterns } from '../../shared/adapters/dynamodb/partition-access.js';
import { TABLE_DEFINITION } from '../../shared/adapters/dynamodb/table-definition.js';
import { type FunctionName, serviceNameOf, TABLE_ACCESS } from '../../shared/config/functions.js';

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
/** What reading and writing an item of a table encrypted with a customer-managed key needs of the key. */
const KEY_READ_ACTIONS = ['kms:Decrypt', 'kms:DescribeKey'];
const KEY_WRITE_ACTIONS = ['kms:Encrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*'];

export interface SignalsFunctionProps {
  /** Which function: decides its environment (FUNCTION_ENV) and its table partitions (TABLE_ACCESS). */
  name: FunctionName;
  /** Entry file under functions/. */
  entry: string;
  description: string;
  logRetention: RetentionDays;
  /** The stage key: the function's log group is encrypted with it. */
  key: IKey;
  logLevel: string;
  timeout?: Duration;
  memorySize?: number;
  /** Files copied beside the bundle (absolute source path -> file name in the bundle). */
  assets?: Record<string, string>;
  /**
   * How it is invoked, which decides where a failure goes (for the reference of the findings):
   * `sync` by API Gateway, `queue` by an SQS event source, `async` by Scheduler or SNS.
   */
  invokedBy: 'sync' | 'queue' | 'stream' | 'async';
}

const FAILURE_PATH = {
  sync: 'Invoked synchronously by API Gateway only: the caller gets the error; there is no asynchronous event to keep.',
  queue:
    "Invoked by an SQS event source only: a message that keeps failing goes to the queue's dead-letter queue (redrive policy).",
  stream:
    "Invoked by a DynamoDB stream event source only: a batch that keeps failing goes to the event source's on-failure destination (SQS).",
  async:
    "Invoked asynchronously by Scheduler or SNS: failures go to an on-failure destination (SQS) or the schedule's dead-letter queue, not a function DLQ.",
} as const;

/**
 * A Lambda function with the project's defaults set once: newest Node.js runtime, arm64, ESM
 * bundle built locally by esbuild, JSON logs in its own log group encrypted with the stage key,
 * X-Ray tracing, and a `live` alias that everything invokes (CodeDeploy moves it to a new
 * version, and back on an alarm).
 */
export class SignalsFunction extends Construct {
  readonly name: FunctionName;
  readonly fn: NodejsFunction;
  readonly logGroup: LogGroup;
  /** What every trigger invokes: the version CodeDeploy has made live. */
  readonly live: Alias;

  constructor(scope: Construct, id: string, props: SignalsFunctionProps) {
    super(scope, id);
    this.name = props.name;
    const logGroup = new LogGroup(this, 'Logs', { retention: props.logRetention, encryptionKey: props.key });
    this.logGroup = logGroup;
    // Its own role, which may write its own log group only (not the managed basic role's `*`).
    const role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: props.description,
      inlinePolicies: {
        OwnLogs: new PolicyDocument({
          statements: [
            new PolicyStatement({
              actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
              resources: [logGroup.logGroupArn],
            }),
          ],
        }),
      },
    });
    this.fn = new NodejsFunction(this, 'Function', {
      entry: props.entry,
      handler: 'handler',
      description: props.description,
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout ?? Duration.seconds(29),
      role,
      tracing: Tracing.ACTIVE,
      loggingFormat: LoggingFormat.JSON,
      logGroup,
      // Its own settings come with provideEnvironment, once every resource they name exists.
      environment: {
        POWERTOOLS_SERVICE_NAME: serviceNameOf(props.name),
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
    this.live = new Alias(this, 'Live', { aliasName: 'live', version: this.fn.currentVersion });
    Validations.of(this).acknowledge(
      {
        id: 'AwsSolutions-IAM5[Resource::*]',
        reason:
          'Active tracing: X-Ray PutTraceSegments and PutTelemetryRecords support no resource-level permissions.',
      },
      {
        id: 'AwsSolutions-IAM5[Action::kms:ReEncrypt*]',
        reason: 'The actions DynamoDB and SQS need of the stage data key, on that one key only.',
      },
      {
        id: 'AwsSolutions-IAM5[Action::kms:GenerateDataKey*]',
        reason: 'The actions DynamoDB and SQS need of the stage data key, on that one key only.',
      },
      { id: 'Serverless-LambdaDLQ', reason: FAILURE_PATH[props.invokedBy] },
    );
  }

  /**
   * Gives the function exactly the settings it reads (FUNCTION_ENV), from the stage's values; a
   * setting it reads that the stage does not provide fails the synth.
   */
  provideEnvironment(values: Partial<Record<EnvName, string>>) {
    for (const name of FUNCTION_ENV[this.name]) {
      const value = values[name];
      if (value === undefined)
        throw new Error(`${this.name} reads ${name}, which the app stack does not provide`);
      this.fn.addEnvironment(name, value);
    }
  }

  /**
   * Grants table access on the table and its named indexes only (no `index/*` wildcard), and
   * only in the partitions the function uses (TABLE_ACCESS, as `dynamodb:LeadingKeys`): reads
   * in every zone it is granted, writes in those it may write.
   */
  bindTable({ table, key }: { table: ITableV2; key: IKey }) {
    const access = TABLE_ACCESS[this.name];
    const writes = zonePatterns(access, 'write');
    this.fn.addToRolePolicy(
      new PolicyStatement({
        actions: writes.length > 0 ? [...KEY_READ_ACTIONS, ...KEY_WRITE_ACTIONS] : KEY_READ_ACTIONS,
        resources: [key.keyArn],
      }),
    );
    const resources = [
      table.tableArn,
      ...TABLE_DEFINITION.globalSecondaryIndexes.map((g) => `${table.tableArn}/index/${g.indexName}`),
    ];
    const within = (patterns: string[]) => ({
      'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': patterns },
    });
    this.fn.addToRolePolicy(
      new PolicyStatement({
        actions: READ_ACTIONS,
        resources,
        conditions: within(zonePatterns(access, 'read')),
      }),
    );
    if (writes.length > 0) {
      this.fn.addToRolePolicy(
        new PolicyStatement({
          actions: WRITE_ACTIONS,
          resources: [table.tableArn],
          conditions: within(writes),
        }),
      );
    }
  }
}
