import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

interface Operation {
  operationId: string;
  responses: Record<
    string,
    { content?: Record<string, { schema: object }>; headers?: Record<string, { required?: boolean }> }
  >;
}
type Document = {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, object> };
};

/**
 * Checks every response the API gives against the OpenAPI document the API serves: the status is
 * one the operation documents, a body has a documented media type and matches its schema (no
 * undocumented field either: output schemas close their objects). Requests to paths the document
 * does not describe (the local-only endpoints, an unknown route) are not operations and pass.
 */
export class ContractChecker {
  private readonly ajv = new Ajv2020({ strict: false, allErrors: true });
  private readonly templates: Array<{ pattern: RegExp; path: string }>;
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(private readonly doc: Document) {
    (addFormats as unknown as (ajv: Ajv2020) => void)(this.ajv);
    this.ajv.addSchema({ $id: 'urn:signals:components', $defs: doc.components.schemas });
    this.templates = Object.keys(doc.paths).map((path) => ({
      path,
      pattern: new RegExp(`^${path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\w+\}/g, '[^/]+')}$`),
    }));
  }

  /**
   * The problems with one response; empty when it is what the document says: a documented
   * status, the headers it calls required, a documented media type and a body of its schema.
   */
  check(method: string, url: string, status: number, headers: Headers, text: string): string[] {
    const contentType = headers.get('content-type') ?? '';
    const pathname = new URL(url, 'http://x').pathname;
    // A literal segment wins over a template (`/signals/read-all` over `/signals/{signalId}`).
    const matches = this.templates.filter((t) => t.pattern.test(pathname) && this.doc.paths[t.path]);
    matches.sort((a, b) => (a.path.match(/\{/g)?.length ?? 0) - (b.path.match(/\{/g)?.length ?? 0));
    const path = matches.find((m) => this.doc.paths[m.path]?.[method.toLowerCase()])?.path;
    if (!path) return [];
    const operation = this.doc.paths[path]![method.toLowerCase()]!;
    const where = `${method} ${pathname} (${operation.operationId}) answered ${status}`;
    const response = operation.responses[String(status)];
    if (!response)
      return [`${where}: the document lists only ${Object.keys(operation.responses).join(', ')}`];
    const missing = Object.entries(response.headers ?? {})
      .filter(([name, h]) => h.required && !headers.has(name))
      .map(([name]) => `${where} without the header ${name} the document requires`);
    if (missing.length > 0) return missing;
    if (text === '') {
      return response.content ? [`${where} without a body; the document gives one`] : [];
    }
    if (!response.content) return [`${where} with a body; the document gives none`];
    const mediaType = contentType.split(';')[0]!.trim();
    const media = response.content[mediaType];
    if (!media)
      return [`${where} as ${mediaType}; the document gives ${Object.keys(response.content).join(', ')}`];
    const validate = this.validatorFor(`${path} ${method} ${status} ${mediaType}`, media.schema);
    const isJson = mediaType === 'application/json' || mediaType.endsWith('+json');
    if (validate(isJson ? JSON.parse(text) : text)) return [];
    return (validate.errors ?? []).map(
      (e) => `${where}: ${e.instancePath || '(body)'} ${e.message} ${JSON.stringify(e.params)}`,
    );
  }

  private validatorFor(key: string, schema: object): ValidateFunction {
    let validate = this.compiled.get(key);
    if (!validate) {
      const rebased = JSON.parse(
        JSON.stringify(schema).replaceAll('"#/components/schemas/', '"urn:signals:components#/$defs/'),
      ) as object;
      validate = this.ajv.compile(rebased);
      this.compiled.set(key, validate);
    }
    return validate;
  }
}
