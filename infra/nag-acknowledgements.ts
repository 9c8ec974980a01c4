import { type Stack, Validations } from 'aws-cdk-lib';
import { CfnRoute } from 'aws-cdk-lib/aws-apigatewayv2';

/**
 * The public routes' finding, acknowledged on each public route (never on the whole stack).
 * Every other accepted finding is acknowledged where its construct is made, with its reason.
 */
export function acknowledgeFindings(stack: Stack) {
  for (const child of stack.node.findAll()) {
    if (child instanceof CfnRoute && child.authorizationType !== 'JWT') {
      Validations.of(child).acknowledge({
        id: 'AwsSolutions-APIG4',
        reason:
          child.routeKey === '$default'
            ? '$default is public by design: it answers what no route matches with a 404 or 405 problem, as the local stack does, and serves no data.'
            : `${child.routeKey} is public by design (health, the OpenAPI document and its reference page, one-click unsubscribe with its signed token); every route that serves tenant data has the JWT authorizer (asserted in test/infra).`,
      });
    }
  }
}
