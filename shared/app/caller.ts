import * as z from 'zod';
import { UnauthenticatedError } from '../domain/errors.js';

/** The rights (OAuth scopes) of API.md. */
export const RIGHTS = [
  'directory:write',
  'signals:provider-admin',
  'signals:employer-admin',
  'signals:use',
  'signals:operate',
] as const;
export type Right = (typeof RIGHTS)[number];

export const USER_TYPES = ['platform', 'provider', 'employer'] as const;
export type UserType = (typeof USER_TYPES)[number];

/** Who is calling, as the handlers see it: typed, validated, never the raw claims. */
export type Caller =
  /** A public route's caller: no token, no rights, no tenant; no rule can take it for the platform. */
  | { userType: 'anonymous'; sub: 'anonymous'; rights: ReadonlySet<Right> }
  | { userType: 'platform'; sub: string; rights: ReadonlySet<Right> }
  | { userType: 'provider'; sub: string; providerId: string; rights: ReadonlySet<Right> }
  | { userType: 'employer'; sub: string; providerId: string; employerId: string; rights: ReadonlySet<Right> };

const claimsSchema = z.object({
  sub: z.string().min(1),
  user_type: z.enum(USER_TYPES),
  provider_id: z.string().min(1).optional(),
  employer_id: z.string().min(1).optional(),
  scope: z.string().default(''),
});

/**
 * Turns JWT claims (as API Gateway's JWT authorizer hands them over: every value a string) into a
 * typed caller. Unknown scopes are ignored; a token that lacks the tenant claims its user type
 * needs is not a valid caller.
 */
export function callerFromClaims(claims: Record<string, unknown> | undefined): Caller {
  const parsed = claimsSchema.safeParse(claims ?? {});
  if (!parsed.success) throw new UnauthenticatedError('The token does not carry valid caller claims.');
  const { sub, user_type, provider_id, employer_id, scope } = parsed.data;
  const rights = new Set(
    scope.split(/\s+/).filter((s): s is Right => (RIGHTS as readonly string[]).includes(s)),
  );
  switch (user_type) {
    case 'platform':
      return { userType: 'platform', sub, rights };
    case 'provider':
      if (!provider_id) throw new UnauthenticatedError('A provider token needs provider_id.');
      return { userType: 'provider', sub, providerId: provider_id, rights };
    case 'employer':
      if (!provider_id || !employer_id)
        throw new UnauthenticatedError('An employer token needs provider_id and employer_id.');
      return { userType: 'employer', sub, providerId: provider_id, employerId: employer_id, rights };
  }
}

/** The caller of a public route. */
export const ANONYMOUS: Caller = { userType: 'anonymous', sub: 'anonymous', rights: new Set() };

export function hasAnyRight(caller: Caller, rights: readonly Right[]): boolean {
  return rights.some((r) => caller.rights.has(r));
}
