import { ArnFormat, Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import type { TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { StringParameter } from 'aws-cdk-lib/aws-ssm';
import type { Construct } from 'constructs';
import { stageParameters } from '../config/parameters.js';
import { SignalsTable } from '../constructs/signals-table.js';

/** The services that encrypt with the stage key on their own behalf (not through a function's role). */
export const KEY_SERVICES = ['cloudwatch.amazonaws.com', 'ses.amazonaws.com', 'sns.amazonaws.com'] as const;

export interface DataStackProps extends StackProps {
  stage: string;
}

/**
 * The stateful stack: what must survive a redeploy of the application. The stage's
 * customer-managed key (rotated yearly) encrypts the table here and the queues and topics of
 * the other stacks; the table holds sickness data, a special category under the GDPR.
 */
export class DataStack extends Stack {
  readonly table: TableV2;
  readonly key: Key;

  constructor(scope: Construct, id: string, props: DataStackProps) {
    super(scope, id, props);
    this.key = new Key(this, 'DataKey', {
      alias: `alias/signals-${props.stage}`,
      description: `Signals ${props.stage}: the table, queues and topics`,
      enableKeyRotation: true,
      rotationPeriod: Duration.days(365),
      removalPolicy: RemovalPolicy.RETAIN,
    });
    // Services that write what this key encrypts themselves, for this account's resources only:
    // CloudWatch (alarms to the alarm topic), SES (bounce and complaint events to its topic) and SNS
    // (a message it cannot deliver, to a subscription's dead-letter queue).
    this.key.addToResourcePolicy(
      new PolicyStatement({
        sid: 'ServicesThatWriteEncryptedMessages',
        actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
        principals: KEY_SERVICES.map((service) => new ServicePrincipal(service)),
        resources: ['*'],
        conditions: { StringEquals: { 'aws:SourceAccount': this.account } },
      }),
    );
    // CloudWatch Logs encrypts every log group of the stage with it: only this account's log groups.
    this.key.addToResourcePolicy(
      new PolicyStatement({
        sid: 'CloudWatchLogsOfThisAccount',
        actions: ['kms:Encrypt*', 'kms:Decrypt*', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:Describe*'],
        principals: [new ServicePrincipal(`logs.${this.region}.amazonaws.com`)],
        resources: ['*'],
        conditions: {
          ArnLike: {
            'kms:EncryptionContext:aws:logs:arn': this.formatArn({
              service: 'logs',
              resource: 'log-group',
              resourceName: '*',
              arnFormat: ArnFormat.COLON_RESOURCE_NAME,
            }),
          },
        },
      }),
    );
    this.table = new SignalsTable(this, 'Signals', { encryptionKey: this.key }).table;
    const names = stageParameters(props.stage);
    new StringParameter(this, 'TableArnParameter', {
      parameterName: names.tableArn,
      stringValue: this.table.tableArn,
      description: 'Signals table ARN (read by the app stack)',
    });
    new StringParameter(this, 'TableStreamArnParameter', {
      parameterName: names.tableStreamArn,
      stringValue: this.table.tableStreamArn!,
      description: 'Signals table stream ARN (read by the app stack: re-evaluation on changes)',
    });
    new StringParameter(this, 'KeyArnParameter', {
      parameterName: names.keyArn,
      stringValue: this.key.keyArn,
      description: 'Signals data key ARN (read by the app and mail stacks)',
    });
  }
}
