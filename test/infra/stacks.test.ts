import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../infra/bin/app.js';
import { TABLE_DEFINITION } from '../../shared/adapters/dynamodb/table-definition.js';
import { ROUTES } from '../../shared/http/routes.js';

let data: Template;
let app: Template;

beforeAll(() => {
  // Skip esbuild bundling: these tests assert the template, not the bundles.
  const built = buildApp(new App({ context: { 'aws:cdk:bundling-stacks': [] } }));
  data = Template.fromStack(built.data);
  app = Template.fromStack(built.appStack);
});

describe('Stack: data', () => {
  it('creates the one table from the table definition, with PITR, TTL and deletion protection', () => {
    data.resourceCountIs('AWS::DynamoDB::GlobalTable', 1);
    data.hasResourceProperties('AWS::DynamoDB::GlobalTable', {
      KeySchema: [
        { AttributeName: TABLE_DEFINITION.partitionKey, KeyType: 'HASH' },
        { AttributeName: TABLE_DEFINITION.sortKey, KeyType: 'RANGE' },
      ],
      TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
      Replicas: [
        Match.objectLike({
          PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
          DeletionProtectionEnabled: true,
        }),
      ],
      GlobalSecondaryIndexes: TABLE_DEFINITION.globalSecondaryIndexes.map((g) =>
        Match.objectLike({
          IndexName: g.indexName,
          KeySchema: [
            { AttributeName: g.partitionKey, KeyType: 'HASH' },
            { AttributeName: g.sortKey, KeyType: 'RANGE' },
          ],
        }),
      ),
    });
  });
});

describe('Stack: app', () => {
  it('creates a JWT authorizer with the stage issuer and audience', () => {
    app.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      AuthorizerType: 'JWT',
      IdentitySource: ['$request.header.Authorization'],
      JwtConfiguration: { Issuer: 'https://auth.dev.example.nl/', Audience: ['signals-api'] },
    });
  });

  it('creates exactly the routes of the routes table (plus $default), protected unless public', () => {
    const routes = app.findResources('AWS::ApiGatewayV2::Route');
    const byKey = new Map(
      Object.values(routes).map((r) => [
        r.Properties.RouteKey as string,
        r.Properties as Record<string, unknown>,
      ]),
    );
    expect([...byKey.keys()].sort()).toEqual(
      [...ROUTES.map((r) => `${r.method} ${r.path}`), '$default'].sort(),
    );
    for (const route of ROUTES) {
      const props = byKey.get(`${route.method} ${route.path}`)!;
      expect(props.AuthorizationType ?? 'NONE', route.path).toBe(
        route.access.kind === 'public' ? 'NONE' : 'JWT',
      );
    }
  });

  it('runs every function on the newest Node.js runtime, arm64', () => {
    const functions = Object.values(app.findResources('AWS::Lambda::Function'));
    expect(functions.length).toBeGreaterThanOrEqual(5);
    for (const f of functions) {
      expect(f.Properties.Runtime).toBe('nodejs24.x');
      expect(f.Properties.Architectures).toEqual(['arm64']);
    }
  });

  it('grants table access on named ARNs only, never a wildcard resource', () => {
    const policies = Object.values(app.findResources('AWS::IAM::Policy'));
    for (const p of policies) {
      for (const statement of p.Properties.PolicyDocument.Statement) {
        const actions = [statement.Action].flat() as string[];
        if (actions.some((a) => a.startsWith('dynamodb:'))) {
          expect(JSON.stringify(statement.Resource)).not.toContain('index/*');
          expect(statement.Resource).not.toBe('*');
        }
      }
    }
  });
});
