import { Stack, type StackProps } from 'aws-cdk-lib';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import type { Construct } from 'constructs';
import { SignalsTable } from '../constructs/signals-table.js';

/** The stateful stack: what must survive a redeploy of the application. */
export class DataStack extends Stack {
  readonly table: ITableV2;

  constructor(scope: Construct, id: string, props: StackProps) {
    super(scope, id, props);
    this.table = new SignalsTable(this, 'Signals').table;
  }
}
