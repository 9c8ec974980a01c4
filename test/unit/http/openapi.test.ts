import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { SIGNAL_EVENT_TYPES } from '../../../shared/app/events/signal-events.js';
import { DomainError, INTERNAL_PROBLEM_TYPE } from '../../../shared/domain/errors.js';
import { openApiDocument } from '../../../shared/http/openapi.js';
import { PROBLEM_TYPES } from '../../../shared/http/openapi-problems.js';
import { ROUTES } from '../../../shared/http/routes.js';
import { SIGNAL_EVENT_SCHEMAS } from '../../../shared/http/schemas/signal-events.js';

describe('Function: openApiDocument', () => {
  it('validates as OpenAPI 3.1', async () => {
    // Prepare
    const document = openApiDocument(ROUTES);
    // Act
    const result = await new Validator().validate(document as never);
    // Assess
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(document.openapi).toBe('3.1.0');
  });

  it('lists every route of the routes table, once', () => {
    const document = openApiDocument(ROUTES);
    const listed = Object.entries(document.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`),
    );
    expect(listed.sort()).toEqual(ROUTES.map((r) => `${r.method} ${r.path}`).sort());
  });

  it('marks protected routes with bearer security and public ones without', () => {
    const document = openApiDocument(ROUTES);
    for (const route of ROUTES) {
      const op = document.paths[route.path]?.[route.method.toLowerCase()] as { security: unknown[] };
      expect(op.security.length, route.path).toBe(route.access.kind === 'public' ? 0 : 1);
    }
  });

  it('gives no example a copied request would fail with: no If-Match value', () => {
    const document = openApiDocument(ROUTES);
    const ifMatch = Object.values(document.paths)
      .flatMap(
        (ops) => Object.values(ops) as Array<{ parameters: Array<{ name: string; example?: unknown }> }>,
      )
      .flatMap((op) => op.parameters.filter((p) => p.name === 'If-Match'));
    expect(ifMatch.length).toBeGreaterThan(0);
    expect(ifMatch.filter((p) => p.example !== undefined)).toEqual([]);
  });

  it('describes every signal event a webhook gets, with a schema its example satisfies', () => {
    const { webhooks } = openApiDocument(ROUTES) as unknown as {
      webhooks: Record<
        string,
        { post: { requestBody: { content: { 'application/json': { example: unknown } } } } }
      >;
    };
    expect(Object.keys(webhooks).sort()).toEqual([...SIGNAL_EVENT_TYPES, 'ping'].sort());
    for (const [type, { post }] of Object.entries(webhooks)) {
      const example = post.requestBody.content['application/json'].example;
      const schema = SIGNAL_EVENT_SCHEMAS[type as keyof typeof SIGNAL_EVENT_SCHEMAS];
      expect(schema.parse(example), type).toEqual(example);
    }
  });

  it('has unique operation ids', () => {
    const ids = ROUTES.map((r) => r.operationId);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('The problems each operation documents', () => {
  type Op = {
    operationId: string;
    responses: Record<
      string,
      { description: string; content?: Record<string, { example?: { type: string; status: number } }> }
    >;
  };
  const operations = () =>
    Object.values(openApiDocument(ROUTES).paths).flatMap((ops) => Object.values(ops) as Op[]);

  it('are only those it can answer: no precondition, size or media-type problem on a read', () => {
    const read = operations().find((o) => o.operationId === 'listSignalTypes')!;
    expect(Object.keys(read.responses).sort()).toEqual(['200', '401', '403', '429', '500']);
    const put = operations().find((o) => o.operationId === 'putEmployer')!;
    expect(Object.keys(put.responses).sort()).toEqual(
      ['200', '201', '400', '401', '403', '404', '409', '412', '413', '415', '422', '429', '500'].sort(),
    );
  });

  it('each say their cause and show an example of the problem the API sends', () => {
    const types = new Map(PROBLEM_TYPES.map(([type, status]) => [`urn:signals:problem:${type}`, status]));
    for (const op of operations()) {
      for (const [status, response] of Object.entries(op.responses)) {
        if (Number(status) < 400 || status === '429') continue;
        const example = response.content?.['application/problem+json']?.example;
        expect(response.description.length, `${op.operationId} ${status}`).toBeGreaterThan(15);
        expect(example?.status, `${op.operationId} ${status}`).toBe(Number(status));
        expect(types.get(example!.type), `${op.operationId} ${status}: ${example!.type}`).toBe(
          Number(status),
        );
      }
    }
  });

  it('are listed in the reference with cause and fix, every problem type the service has', async () => {
    const errors: Record<string, unknown> = {
      ...(await import('../../../shared/domain/errors.js')),
      ...(await import('../../../shared/http/http-errors.js')),
    };
    const sent = Object.values(errors)
      .filter(
        (e): e is new (m: string) => DomainError =>
          typeof e === 'function' && e.prototype instanceof DomainError,
      )
      .map((E) => new E('x').problemType);
    const listed = PROBLEM_TYPES.map(([type]) => `urn:signals:problem:${type}`);
    expect([...new Set(sent), INTERNAL_PROBLEM_TYPE].sort()).toEqual([...listed].sort());
    const document = openApiDocument(ROUTES);
    const table = document.components.schemas.Problem.description;
    for (const type of listed) expect(table).toContain(`\`${type}\``);
    expect(JSON.stringify(document)).not.toContain('API.md');
  });
});
