import * as z from 'zod';
import { ValidationError } from '../domain/errors.js';
import { issuesOf } from '../http/validate.js';
import type { LocalKeys } from './local-keys.js';

const tokenRequestSchema = z.strictObject({
  sub: z.string().min(1),
  user_type: z.enum(['platform', 'provider', 'employer']),
  provider_id: z.string().min(1).optional(),
  employer_id: z.string().min(1).optional(),
  scope: z.string().default(''),
  exp: z.number().int().positive().optional(),
});

/**
 * The endpoints only the local server has: `GET /local/jwks.json` and `POST /local/token`.
 * Answers the JSON body of a matched endpoint, or undefined when the request is not one of them;
 * a bad token request throws a ValidationError (400).
 */
export async function localEndpoint(
  keys: LocalKeys,
  method: string,
  pathname: string,
  body: Buffer,
): Promise<unknown | undefined> {
  if (pathname === '/local/jwks.json' && method === 'GET') return keys.jwks;
  if (pathname !== '/local/token' || method !== 'POST') return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8') || '{}');
  } catch {
    throw new ValidationError('The body is not well-formed JSON.');
  }
  const claims = tokenRequestSchema.safeParse(parsed);
  if (!claims.success) throw new ValidationError('Invalid token request.', issuesOf(claims.error, 'body'));
  return { token: await keys.sign(claims.data) };
}
