import { type Stack, Validations } from 'aws-cdk-lib';

/** cdk-nag findings we accept, each with the reason it is acceptable. */
export function acknowledgeFindings(stacks: Stack[]) {
  for (const stack of stacks) {
    const v = Validations.of(stack);
    v.acknowledge({
      id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      reason: 'Only lets a function write its own logs (CreateLogStream/PutLogEvents); no data access.',
    });
    v.acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: 'X-Ray PutTraceSegments/PutTelemetryRecords support no resource-level permissions.',
    });
    v.acknowledge({
      id: 'AwsSolutions-APIG4',
      reason:
        'Only GET /v1/health, GET /v1/openapi.json and the $default route (a problem+json 404) are public by design; every route of the routes table that serves data has the JWT authorizer (asserted in test/infra).',
    });
  }
}
