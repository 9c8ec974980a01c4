import { Alarm, ComparisonOperator, type IMetric, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import type { Construct } from 'constructs';

/**
 * An alarm on the first occurrence: the metric reaches 1 in one period (a message in a DLQ, a
 * function error, a run closed by the sweeper). No data means nothing happened.
 */
export const alarmOnAny = (scope: Construct, id: string, alarmDescription: string, metric: IMetric) =>
  new Alarm(scope, id, {
    alarmDescription,
    metric,
    threshold: 1,
    evaluationPeriods: 1,
    comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
    treatMissingData: TreatMissingData.NOT_BREACHING,
  });
