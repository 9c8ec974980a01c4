import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { openApiDocument } from '../../../shared/http/openapi.js';
import { ROUTES } from '../../../shared/http/routes.js';

interface Schema {
  description?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  additionalProperties?: Schema | boolean;
}
interface Media {
  schema: Schema;
  example?: unknown;
}
interface Operation {
  operationId: string;
  description?: string;
  parameters: Array<{ name: string; in: string; description?: string }>;
  requestBody?: { content: Record<string, Media> };
  responses: Record<
    string,
    { content?: Record<string, Media>; headers?: Record<string, { required?: boolean }> }
  >;
}

const document = openApiDocument(ROUTES);
const operations = Object.values(document.paths).flatMap((methods) => Object.values(methods) as Operation[]);

/** The dotted paths of every property, at any depth, that has no description. */
function undescribed(schema: Schema | undefined, at: string, out: string[] = []): string[] {
  if (!schema || typeof schema !== 'object') return out;
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    if (!property.description) out.push(`${at}.${name}`);
    undescribed(property, `${at}.${name}`, out);
  }
  undescribed(schema.items, `${at}[]`, out);
  if (typeof schema.additionalProperties === 'object')
    undescribed(schema.additionalProperties, `${at}{}`, out);
  for (const branch of [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])]) {
    undescribed(branch, at, out);
  }
  return out;
}

const jsonBodies = (op: Operation) => [
  ...Object.entries(op.requestBody?.content ?? {})
    .filter(([type]) => type === 'application/json')
    .map(([, media]) => ({ where: `${op.operationId} request`, media })),
  ...Object.entries(op.responses)
    .filter(([status]) => status.startsWith('2'))
    .flatMap(([status, r]) =>
      Object.entries(r.content ?? {})
        .filter(([type]) => type === 'application/json')
        .map(([, media]) => ({ where: `${op.operationId} ${status}`, media })),
    ),
];

describe('The API reference (the served OpenAPI document)', () => {
  it('describes every operation beyond its summary, with who may call it', () => {
    const missing = operations.filter((op) => !op.description?.match(/\*\*(Rights|Access):\*\*/));
    expect(missing.map((op) => op.operationId)).toEqual([]);
    for (const route of ROUTES) expect(route.description.length, route.operationId).toBeGreaterThan(40);
  });

  it('describes every parameter and every property of every body and problem', () => {
    const missing = operations.flatMap((op) => [
      ...op.parameters.filter((p) => !p.description).map((p) => `${op.operationId} ${p.in} ${p.name}`),
      ...jsonBodies(op).flatMap(({ where, media }) => undescribed(media.schema, where)),
    ]);
    missing.push(...undescribed(document.components.schemas.Problem as Schema, 'Problem'));
    expect([...new Set(missing)]).toEqual([]);
  });

  it('gives an example of every JSON request and success body, and each example fits its schema', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    (addFormats as unknown as (a: Ajv2020) => void)(ajv);
    ajv.addSchema({ $id: 'urn:signals:components', $defs: document.components.schemas });
    const problems: string[] = [];
    for (const op of operations) {
      for (const { where, media } of jsonBodies(op)) {
        if (media.example === undefined) {
          problems.push(`${where}: no example`);
          continue;
        }
        const schema = JSON.parse(
          JSON.stringify(media.schema).replaceAll(
            '"#/components/schemas/',
            '"urn:signals:components#/$defs/',
          ),
        ) as object;
        const validate = ajv.compile(schema);
        if (!validate(media.example)) {
          problems.push(`${where}: ${ajv.errorsText(validate.errors)}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('names the headers every answer carries: X-Request-Id always, ETag on a versioned resource', () => {
    for (const op of operations) {
      for (const [status, response] of Object.entries(op.responses)) {
        if (status === '429') continue; // API Gateway's own answer
        expect(response.headers?.['X-Request-Id']?.required, `${op.operationId} ${status}`).toBe(true);
      }
    }
    const versioned = ROUTES.filter((r) => r.etag && r.method !== 'DELETE');
    expect(versioned.length).toBeGreaterThan(10);
    for (const route of versioned) {
      const op = (document.paths[route.path] as Record<string, Operation>)[route.method.toLowerCase()]!;
      expect(op.responses[String(route.successStatus)]?.headers?.ETag?.required, route.operationId).toBe(
        true,
      );
    }
  });
});
