import { RemovalPolicy } from 'aws-cdk-lib';
import {
  AttributeType,
  Billing,
  ProjectionType,
  StreamViewType,
  TableEncryptionV2,
  TableV2,
} from 'aws-cdk-lib/aws-dynamodb';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
import { TABLE_DEFINITION } from '../../shared/adapters/dynamodb/table-definition.js';

export interface SignalsTableProps {
  /** Physical table name; generated when absent. */
  tableName?: string;
  /** The customer-managed key the table is encrypted with. */
  encryptionKey: IKey;
}

/**
 * The single table, built from the same definition the local stack uses: PITR, TTL, deletion
 * protection, the stage's customer-managed key, and Contributor Insights (the hottest keys).
 */
export class SignalsTable extends Construct {
  readonly table: TableV2;

  constructor(scope: Construct, id: string, props: SignalsTableProps) {
    super(scope, id);
    const t = TABLE_DEFINITION;
    this.table = new TableV2(this, 'Table', {
      ...(props.tableName ? { tableName: props.tableName } : {}),
      partitionKey: { name: t.partitionKey, type: AttributeType.STRING },
      sortKey: { name: t.sortKey, type: AttributeType.STRING },
      billing: Billing.onDemand(),
      timeToLiveAttribute: t.timeToLiveAttribute,
      dynamoStream: StreamViewType[t.stream],
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      encryption: TableEncryptionV2.customerManagedKey(props.encryptionKey),
      contributorInsightsSpecification: { enabled: true },
      removalPolicy: RemovalPolicy.RETAIN,
      globalSecondaryIndexes: t.globalSecondaryIndexes.map((g) => ({
        indexName: g.indexName,
        partitionKey: { name: g.partitionKey, type: AttributeType.STRING },
        sortKey: { name: g.sortKey, type: AttributeType.STRING },
        projectionType: ProjectionType[g.projection],
      })),
    });
  }
}
