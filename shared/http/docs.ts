import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The name the Lambda bundle carries Scalar's standalone script under (infra copies it there). */
export const SCALAR_BUNDLE_FILE = 'scalar-standalone.js';

/** Scalar's standalone script as the package ships it: one file, no CDN, no further chunks. */
export function scalarSourcePath(): string {
  const packageMain = createRequire(import.meta.url).resolve('@scalar/api-reference');
  return join(dirname(packageMain), 'browser', 'standalone.js');
}

/**
 * The reference page's policy: scripts only from this API (no inline script, no eval), styles
 * from this API plus the ones Scalar's Vue components inject, data only from this API.
 */
export const DOCS_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The page: a mount point and the one script, which loads `/v1/openapi.json` from this API. */
export const DOCS_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Signals API reference</title></head>
<body><div id="signals-reference"></div><script src="/docs/scalar.js"></script></body></html>`;

/**
 * Mounts the reference (appended to Scalar's script: a strict CSP allows no inline script). The
 * mount point is not `#api-reference`, which Scalar's script would also mount by itself, with its
 * defaults (web fonts from its CDN among them).
 */
const INIT = `
;Scalar.createApiReference('#signals-reference', {
  url: '/v1/openapi.json',
  withDefaultFonts: false,
  hideClientButton: true,
  telemetry: false,
  defaultOpenAllTags: true,
  showDeveloperTools: 'never',
  showToolbar: 'never',
  agent: { disabled: true },
  mcp: { disabled: true },
});
`;

let script: string | undefined;

/**
 * Scalar's script with the mount call, read once: from beside the Lambda bundle when deployed,
 * from the package locally.
 */
export function docsScript(): string {
  if (script === undefined) {
    const here = dirname(fileURLToPath(import.meta.url));
    const bundled = join(here, SCALAR_BUNDLE_FILE);
    script = readFileSync(existsSync(bundled) ? bundled : scalarSourcePath(), 'utf8') + INIT;
  }
  return script;
}
