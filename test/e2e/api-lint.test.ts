import { describe, expect, it } from 'vitest';
import { lintApi } from '../support/lint-api.js';

describe('The served OpenAPI document under Redocly CLI', () => {
  it('passes the recommended rules with every warning an error (redocly.yaml): 0 errors, 0 warnings', () => {
    // Act
    const { status, output } = lintApi();
    // Assess
    expect(status, output).toBe(0);
    expect(output).toContain('Your API description is valid');
    expect(output).not.toMatch(/\d+:\d+\s+(error|warning)\s/);
  });
});
