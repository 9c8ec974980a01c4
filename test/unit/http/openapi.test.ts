import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { openApiDocument } from '../../../shared/http/openapi.js';
import { ROUTES } from '../../../shared/http/routes.js';

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

  it('has unique operation ids', () => {
    const ids = ROUTES.map((r) => r.operationId);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
