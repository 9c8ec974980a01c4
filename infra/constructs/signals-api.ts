import { CfnOutput } from 'aws-cdk-lib';
import {
  ApiMapping,
  CfnRoute,
  type CfnStage,
  CorsHttpMethod,
  DomainName,
  HttpApi,
  HttpMethod,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { Certificate, CertificateValidation } from 'aws-cdk-lib/aws-certificatemanager';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import { ARecord, HostedZone, RecordTarget } from 'aws-cdk-lib/aws-route53';
import { ApiGatewayv2DomainProperties } from 'aws-cdk-lib/aws-route53-targets';
import { Construct } from 'constructs';
import type { Area, Route } from '../../shared/http/route.js';

export interface SignalsApiProps {
  routes: readonly Route[];
  /** The function that serves each API area. */
  functions: Record<Area, IFunction>;
  jwt: { issuer: string; audience: string[] };
  logRetention: RetentionDays;
  /** How long the access log (callers' IP addresses) is kept. */
  accessLogRetention: RetentionDays;
  /** The stage key: the access log is encrypted with it. */
  key: IKey;
  /** The API's own domain (the stage config's apiDomain); absent: its execute-api endpoint. */
  domain?: { name: string; hostedZone?: { id: string; name: string } | undefined };
  /** The one origin browsers may call from (the stage's app). */
  allowOrigin: string;
  /** Stage throttling: every route, and starting an evaluation. */
  throttle: {
    api: { rateLimit: number; burstLimit: number };
    evaluations: { rateLimit: number; burstLimit: number };
  };
}

/** The area whose function answers what no route matches (its handler knows every route). */
export const UNMATCHED_ROUTES_AREA: Area = 'operations';

/** The route whose throttle is stricter than the stage's: each call starts a run over every employer. */
export const EVALUATIONS_ROUTE = 'POST /v1/evaluations';

/**
 * The HTTP API: one route per entry of the routes table, each integrated with its area's
 * function, protected by the JWT authorizer unless public. Anything else reaches the `$default`
 * route, without a token as locally: the operations function answers it as the local stack does,
 * a 404 problem, or a 405 problem with `Allow` for a known path asked with another method (API
 * Gateway's own answer would be a plain 404). The stage is throttled, and CORS allows the
 * stage's app origin only (preflights are answered by API Gateway before any route).
 */
export class SignalsApi extends Construct {
  readonly api: HttpApi;
  /** Where the API answers for callers and mail links: `https://<domain>`, or its endpoint. */
  readonly url: string;

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
      defaultIntegration: integrations[UNMATCHED_ROUTES_AREA],
      corsPreflight: {
        allowOrigins: [props.allowOrigin],
        allowHeaders: ['authorization', 'content-type', 'if-match', 'if-none-match', 'x-request-id'],
        allowMethods: [CorsHttpMethod.ANY],
        exposeHeaders: ['etag', 'x-request-id'],
      },
    });
    const accessLogs = new LogGroup(this, 'AccessLogs', {
      retention: props.accessLogRetention,
      encryptionKey: props.key,
    });
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
    // API Gateway refuses a stage whose route settings name a route that does not exist yet:
    // the stage waits for every route its settings name.
    const routes = this.node.findAll().filter((c): c is CfnRoute => c instanceof CfnRoute);
    for (const routeKey of Object.keys(stage.routeSettings as object)) {
      const route = routes.find((r) => r.routeKey === routeKey);
      if (!route) throw new Error(`The stage's route settings name ${routeKey}, which is not a route`);
      stage.node.addDependency(route);
    }
    this.url = props.domain ? this.customDomain(props.domain) : this.api.apiEndpoint;
    new CfnOutput(this, 'ApiUrl', {
      value: this.url,
      description: 'The API (and the unsubscribe links in mails)',
    });
  }

  /**
   * The API's own domain: a regional domain name with an ACM certificate validated by DNS, mapped
   * to the default stage. With a hosted zone, the validation record and an alias record are made
   * there; without one, the validation record must be published while the deploy waits (CloudFormation
   * shows it in the stack events), and the output names the CNAME to publish.
   */
  private customDomain(domain: NonNullable<SignalsApiProps['domain']>): string {
    const zone = domain.hostedZone
      ? HostedZone.fromHostedZoneAttributes(this, 'Zone', {
          hostedZoneId: domain.hostedZone.id,
          zoneName: domain.hostedZone.name,
        })
      : undefined;
    const certificate = new Certificate(this, 'Certificate', {
      domainName: domain.name,
      validation: CertificateValidation.fromDns(zone),
    });
    const domainName = new DomainName(this, 'Domain', { domainName: domain.name, certificate });
    new ApiMapping(this, 'Mapping', { api: this.api, domainName, stage: this.api.defaultStage! });
    if (zone) {
      new ARecord(this, 'Alias', {
        zone,
        recordName: domain.name,
        target: RecordTarget.fromAlias(
          new ApiGatewayv2DomainProperties(domainName.regionalDomainName, domainName.regionalHostedZoneId),
        ),
      });
    } else {
      new CfnOutput(this, 'ApiDomainRecord', {
        description: `The DNS record that points ${domain.name} at the API`,
        value: `${domain.name} CNAME ${domainName.regionalDomainName}`,
      });
    }
    return `https://${domain.name}`;
  }
}
