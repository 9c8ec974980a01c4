import openapiTS, { astToString } from 'openapi-typescript';
import { openApiDocument } from '../../shared/http/openapi.js';
import { ROUTES } from '../../shared/http/routes.js';

/** Where the generated types of the API live (committed: a drift is a type error in the tests). */
export const API_TYPES_FILE = 'test/integration/support/api-schema.d.ts';

/** The TypeScript types of the document the API serves, as openapi-typescript writes them. */
export async function generateApiTypes(): Promise<string> {
  const ast = await openapiTS(openApiDocument(ROUTES) as unknown as Parameters<typeof openapiTS>[0]);
  return `// Generated from the served OpenAPI document by \`npm run api:types\`; do not edit.\n${astToString(ast)}`;
}
