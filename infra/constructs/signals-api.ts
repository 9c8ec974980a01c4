import { CfnOutput } from 'aws-cdk-lib';
import { type CfnStage, CorsHttpMethod, HttpApi, HttpMethod } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import type { Area, Route } from '../../shared/http/route.js';

export interface SignalsApiProps {
  routes: readonly Route[];
  /** The function that serves each API area. */
  functions: Record<Area, IFunction>;
  jwt: { issuer: string; audience: string[] };
  logRetention: RetentionDays;
  /** The one origin browsers may call from (the stage's app). */
  allowOrigin: string;
  /** Stage throttling: every route, and starting an evaluation. */
  throttle: {
    api: { rateLimit: number; burstLimit: number };
    evaluations: { rateLimit: number; burstLimit: number };
  };
}

/** The route whose throttle is stricter than the stage's: each call starts a run over every employer. */
export const EVALUATIONS_ROUTE = 'POST /v1/evaluations';

/**
 * The HTTP API: one route per entry of the routes table, each integrated with its area's
 * function, protected by the JWT authorizer unless public. There is no `$default` route: API
 * Gateway answers an unknown route itself (404), without invoking anything. The stage is
 * throttled, and CORS allows the stage's app origin only.
 */
export class SignalsApi extends Construct {
  readonly api: HttpApi;

  constructor(scope: Construct, id: string, props: SignalsApiProps) {
    super(scope, id);
    const integrations = Object.fromEntries(
      Object.entries(props.functions).map(([area, fn]) => [
        area,
        // One invoke permission per function, not one per route.
        new HttpLambdaIntegration(`${area}Integration`, fn, { scopePermissionToRoute: false }),
      ]),
    ) as Record<Area, HttpLambdaIntegration>;
    const authorizer = new HttpJwtAuthorizer('JwtAuthorizer', props.jwt.issuer, {
      jwtAudience: props.jwt.audience,
      identitySource: ['$request.header.Authorization'],
    });
    this.api = new HttpApi(this, 'HttpApi', {
      description: 'Signals API (Signaleringen)',
      corsPreflight: {
        allowOrigins: [props.allowOrigin],
        allowHeaders: ['authorization', 'content-type', 'if-match', 'if-none-match', 'x-request-id'],
        allowMethods: [CorsHttpMethod.ANY],
        exposeHeaders: ['etag', 'x-request-id'],
      },
    });
    const accessLogs = new LogGroup(this, 'AccessLogs', { retention: props.logRetention });
    const stage = this.api.defaultStage?.node.defaultChild as CfnStage;
    stage.defaultRouteSettings = {
      throttlingRateLimit: props.throttle.api.rateLimit,
      throttlingBurstLimit: props.throttle.api.burstLimit,
    };
    // A JSON map, passed to CloudFormation as it is: its keys are CloudFormation's own.
    stage.routeSettings = {
      [EVALUATIONS_ROUTE]: {
        ThrottlingRateLimit: props.throttle.evaluations.rateLimit,
        ThrottlingBurstLimit: props.throttle.evaluations.burstLimit,
      },
    };
    stage.accessLogSettings = {
      destinationArn: accessLogs.logGroupArn,
      format: JSON.stringify({
        requestId: '$context.requestId',
        ip: '$context.identity.sourceIp',
        routeKey: '$context.routeKey',
        status: '$context.status',
        latencyMs: '$context.responseLatency',
        authorizerError: '$context.authorizer.error',
      }),
    };
    for (const route of props.routes) {
      this.api.addRoutes({
        path: route.path,
        methods: [HttpMethod[route.method]],
        integration: integrations[route.area],
        ...(route.access.kind === 'public' ? {} : { authorizer }),
      });
    }
    new CfnOutput(this, 'ApiUrl', { value: this.api.apiEndpoint });
  }
}
