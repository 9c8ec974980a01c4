import { CfnResource, type Stack } from 'aws-cdk-lib';
import { CfnRoute } from 'aws-cdk-lib/aws-apigatewayv2';
import { CfnKey } from 'aws-cdk-lib/aws-kms';
import { CfnFunction, CfnPermission } from 'aws-cdk-lib/aws-lambda';
import { CfnLogGroup } from 'aws-cdk-lib/aws-logs';
import { CfnQueue } from 'aws-cdk-lib/aws-sqs';
import { exemptFromGuard } from './control-tower-guard.js';

/** A key that the stage's resources name through an SSM parameter (it lives in the data stack). */
const KEY_FROM_DATA_STACK =
  "Encrypted with the stage's customer-managed key, whose ARN this stack reads from its SSM parameter: the rule cannot resolve a parameter, test/infra/invariants.test.ts asserts the key is set.";

/**
 * The Control Tower rules these stacks do not meet by design, each exempted on the resource it
 * concerns, with the reason (in the resource's metadata). Anything else a rule finds fails the synth.
 */
export function exemptFromControlTower(stack: Stack) {
  for (const child of stack.node.findAll()) {
    if (!(child instanceof CfnResource)) continue;
    if (child instanceof CfnRoute && child.authorizationType !== 'JWT') {
      exemptFromGuard(
        child,
        'api_gw_v2_authorization_type_configured_check',
        `${child.routeKey} is public by design (health, the OpenAPI document and its page, one-click unsubscribe with its signed token).`,
      );
    }
    if (child instanceof CfnLogGroup) {
      exemptFromGuard(child, 'cloudwatch_log_group_encrypted_check', KEY_FROM_DATA_STACK);
      const days = child.retentionInDays ?? 0;
      if (days < 365) {
        exemptFromGuard(
          child,
          'cloudwatch_log_group_retention_period_check',
          `Kept ${days} days, as the stage config says (logRetentionDays; the access log holds callers' IP addresses, kept no longer than needed: accessLogRetentionDays).`,
        );
      }
    }
    if (child instanceof CfnQueue) {
      exemptFromGuard(child, 'sqs_queue_encrypted_check', KEY_FROM_DATA_STACK);
      if (!child.redrivePolicy) {
        exemptFromGuard(
          child,
          'sqs_dlq_check',
          'A dead-letter queue (with an alarm on its first message): it needs no dead-letter queue of its own.',
        );
      }
    }
    if (child instanceof CfnFunction) {
      exemptFromGuard(
        child,
        'lambda_inside_vpc_check',
        'Reaches only AWS APIs (DynamoDB, SQS, SES, Scheduler) over TLS with IAM; there is no private resource to reach, and a VPC would add NAT or endpoints for nothing.',
      );
    }
    if (child instanceof CfnPermission) {
      exemptFromGuard(
        child,
        'lambda_function_public_access_prohibited_check',
        `Granted to ${child.principal} of this stack's own API or topic only (SourceArn).`,
      );
    }
    if (child instanceof CfnKey) {
      exemptFromGuard(
        child,
        'kms_create_grant_aws_service_check',
        "The account root's statement is CDK's default key policy (the key's use is decided by IAM policies); no policy of the stage grants kms:CreateGrant.",
      );
    }
  }
}
