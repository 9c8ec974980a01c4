import type { Route } from './route.js';

/** Every answer carries the request's id; a problem's `instance` names it too. */
export const REQUEST_ID_HEADER = {
  description:
    "The request's id (the caller's own `X-Request-Id` when it sent a sane one): quote it when asking about an answer.",
  required: true,
  schema: { type: 'string' },
};

/** Every problem type the API answers: its status, what causes it, and what fixes it (the reference's table). */
export const PROBLEM_TYPES = [
  [
    'validation',
    400,
    'Validation failed',
    'Malformed JSON, or a body, query or path field that is not valid; `errors` lists every issue with its `path`.',
    'Correct each field `errors` names and send again.',
  ],
  [
    'unauthenticated',
    401,
    'Unauthenticated',
    'No bearer token, another scheme, or a token that does not verify or has expired (`WWW-Authenticate` says which).',
    'Get a fresh token from the identity provider.',
  ],
  [
    'forbidden',
    403,
    'Forbidden',
    'The token lacks the right the operation needs, addresses another tenant, or names a user who no longer exists or is inactive in the directory (`detail` says which).',
    'Use a token with the right named in `detail`, for your own tenant, of an active user.',
  ],
  [
    'not-found',
    404,
    'Not found',
    "The resource, or the one it lives under, does not exist in the caller's tenant; also an unknown path.",
    'Check the ids in the path; create the parent first.',
  ],
  [
    'method-not-allowed',
    405,
    'Method not allowed',
    'A known path asked with a method it does not answer; `Allow` lists those it does.',
    'Use one of the methods in `Allow`.',
  ],
  [
    'conflict',
    409,
    'Conflict',
    'The state does not allow it: an employer moved to another provider, a signal set still selected, a withdrawn signal handled, a concurrent change.',
    'Read the resource again, resolve what `detail` names, and retry.',
  ],
  [
    'product-not-active',
    409,
    'Product 290 (Signaleringen) is not active',
    'An employer-level signal call for an employer without product 290.',
    'Activate it: `PUT /v1/employers/{employerId}/products/290`.',
  ],
  [
    'precondition-failed',
    412,
    'Precondition failed',
    '`If-Match` names an older version, or `If-None-Match: *` met an existing resource.',
    'GET the resource for its current `ETag`, reapply your change, and send again.',
  ],
  [
    'payload-too-large',
    413,
    'Payload too large',
    'A body over 256 KiB, or a batch of over 100 items.',
    'Split the request.',
  ],
  [
    'unsupported-media-type',
    415,
    'Unsupported media type',
    'A body that is not `application/json`.',
    'Send `Content-Type: application/json` with a JSON body.',
  ],
  [
    'unprocessable',
    422,
    'Unprocessable',
    'Well-formed but unusable: a template that does not compile or uses an unknown variable, a sender domain not allowed, an employer under a provider that does not exist.',
    'Fix what `errors` names.',
  ],
  [
    'internal',
    500,
    'Internal error',
    'Anything else; nothing internal is shown.',
    'Retry later; quote `instance` when reporting it.',
  ],
  [
    'not-ready',
    503,
    'Not ready',
    '`GET /v1/health` of the local stack while it starts.',
    'Wait, and ask again.',
  ],
] as const;

export const problemTable = () =>
  [
    '| type | status | cause | fix |',
    '|---|---|---|---|',
    ...PROBLEM_TYPES.map(
      ([type, status, , cause, fix]) => `| \`urn:signals:problem:${type}\` | ${status} | ${cause} | ${fix} |`,
    ),
  ].join('\n');

/** A problem response: when it comes, and an example body. */
function problemResponse(
  type: (typeof PROBLEM_TYPES)[number][0],
  cause: string,
  detail: string,
  extraHeaders: Record<string, unknown> = {},
) {
  const [, status, title] = PROBLEM_TYPES.find(([t]) => t === type)!;
  const example = {
    type: `urn:signals:problem:${type}`,
    title,
    status,
    detail,
    instance: 'urn:request:9f1c2a4e-5d0b-4c3e-8a57-6f1d2e3b4c5d',
    ...(type === 'validation'
      ? { errors: [{ path: 'body.name', message: 'Invalid input: expected string' }] }
      : {}),
  };
  return {
    description: cause,
    headers: { 'X-Request-Id': REQUEST_ID_HEADER, ...extraHeaders },
    content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' }, example } },
  };
}

const WWW_AUTHENTICATE = {
  description:
    'The bearer challenge (RFC 6750): no `error` when no token was sent, `error="invalid_token"` with a description telling an expired token from an invalid one.',
  required: true,
  schema: { type: 'string' },
  example: 'Bearer realm="signals", error="invalid_token", error_description="The token has expired."',
};

/**
 * The problems an operation can answer, from its shape (input: 400, 413, 415; a token: 401,
 * 403; ids in the path: 404; an ETag on a write: 412) and its declared conflicts (409) and
 * unusable inputs (422), each with its cause and an example.
 */
export function problemsOf(route: Route): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const hasInput = Boolean(route.params || route.query || route.body || route.checkRawBody);
  if (hasInput) {
    out['400'] = problemResponse(
      'validation',
      'The path, query or body is not valid (or the JSON is malformed): `errors` lists every issue, and nothing was written.',
      'The request body is not valid.',
    );
  }
  if (route.access.kind !== 'public') {
    out['401'] = problemResponse(
      'unauthenticated',
      'No bearer token, or one that does not verify or has expired.',
      'The token has expired.',
      { 'WWW-Authenticate': WWW_AUTHENTICATE },
    );
    out['403'] = problemResponse(
      'forbidden',
      'The token lacks the right (see Rights), addresses another tenant, or is of a user deleted or made inactive in the directory.',
      'The caller may not call this operation: it needs one of signals:provider-admin.',
    );
  }
  if (route.path.includes('{')) {
    out['404'] = problemResponse(
      'not-found',
      "What the path names (or what it lives under) does not exist in the caller's tenant.",
      'The employer does not exist.',
    );
  }
  const { conflict, productNotActive, unprocessable } = route.problems ?? {};
  if (conflict || productNotActive) {
    const causes = [
      ...(conflict ? [conflict] : []),
      ...(productNotActive ? ['Product 290 is not active for the employer (`product-not-active`).'] : []),
    ];
    out['409'] = conflict
      ? problemResponse('conflict', causes.join(' '), conflict)
      : problemResponse(
          'product-not-active',
          causes.join(' '),
          'Product 290 (Signaleringen) is not active for this employer.',
        );
  }
  if (route.etag && (route.method === 'PUT' || route.method === 'DELETE')) {
    out['412'] = problemResponse(
      'precondition-failed',
      '`If-Match` names an older version than the stored one, or `If-None-Match: *` met an existing resource.',
      'The resource changed since (If-Match).',
    );
  }
  if (route.body) {
    out['413'] = problemResponse(
      'payload-too-large',
      route.checkRawBody ? 'A body over 256 KiB, or over 100 items.' : 'A body over 256 KiB.',
      'The body is over 256 KiB.',
    );
    out['415'] = problemResponse(
      'unsupported-media-type',
      route.formBody ? 'A body that is neither JSON nor a form.' : 'A body that is not `application/json`.',
      'Send the body as application/json.',
    );
  }
  if (unprocessable) out['422'] = problemResponse('unprocessable', unprocessable, unprocessable);
  out['500'] = problemResponse(
    'internal',
    'Anything unforeseen; quote `instance` when reporting it.',
    'The request could not be completed. Quote the request id when reporting this.',
  );
  if (route.operationId === 'getHealth') {
    out['503'] = problemResponse(
      'not-ready',
      'Not ready yet (the local stack while it starts); try again shortly.',
      'The stack is starting; try again shortly.',
    );
  }
  return out;
}
