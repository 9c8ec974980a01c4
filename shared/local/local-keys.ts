import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  createLocalJWKSet,
  exportJWK,
  generateKeyPair,
  importJWK,
  type JWK,
  errors as joseErrors,
  jwtVerify,
  SignJWT,
} from 'jose';

/** Issuer and audience of local tokens; AWS stages configure their own (infra/config). */
export const LOCAL_ISSUER = 'urn:signals:local';
export const LOCAL_AUDIENCE = 'signals-api';

export interface TokenClaims {
  sub: string;
  user_type: 'platform' | 'provider' | 'employer';
  provider_id?: string;
  employer_id?: string;
  scope: string;
  /** Expiry in epoch seconds; one hour from now when absent. */
  exp?: number;
  /** Issued-at in epoch seconds; now when absent. */
  iat?: number;
}

/** How far in the future a token's `iat` may be (clocks of issuer and API differ a little). */
export const IAT_CLOCK_SKEW_SECONDS = 60;

interface StoredKey {
  privateJwk: JWK;
  publicJwk: JWK;
}

/**
 * The local ES256 key pair, kept in `<dataDir>/keys/` so that `npm run token` and a running
 * stack agree. Made on first use; for local use only (AWS verifies with the real issuer's JWKS).
 */
export async function loadLocalKeys(dataDir: string) {
  const dir = join(dataDir, 'keys');
  const file = join(dir, 'local-es256.json');
  let stored: StoredKey;
  if (existsSync(file)) {
    stored = JSON.parse(readFileSync(file, 'utf8')) as StoredKey;
  } else {
    const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
    const kid = `local-${Date.now().toString(36)}`;
    stored = {
      privateJwk: { ...(await exportJWK(privateKey)), kid, alg: 'ES256' },
      publicJwk: { ...(await exportJWK(publicKey)), kid, alg: 'ES256', use: 'sig' },
    };
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, JSON.stringify(stored), { mode: 0o600 });
  }
  const privateKey = await importJWK(stored.privateJwk, 'ES256');
  const jwks = { keys: [stored.publicJwk] };
  const keySet = createLocalJWKSet(jwks);

  return {
    jwks,
    async sign(claims: TokenClaims): Promise<string> {
      const { exp, iat, sub, ...rest } = claims;
      const jwt = new SignJWT({ ...rest })
        .setProtectedHeader({ alg: 'ES256', kid: stored.publicJwk.kid ?? 'local', typ: 'JWT' })
        .setSubject(sub)
        .setIssuer(LOCAL_ISSUER)
        .setAudience(LOCAL_AUDIENCE)
        .setIssuedAt(iat);
      jwt.setExpirationTime(exp ?? Math.floor(Date.now() / 1000) + 3600);
      return jwt.sign(privateKey);
    },
    /**
     * Verifies as API Gateway's JWT authorizer does (signature, issuer, audience, `exp`,
     * `nbf`, and an `iat` not in the future beyond a small clock skew) and answers the claims
     * flattened to strings, as the authorizer hands them to Lambda.
     */
    async verify(token: string, now: Date = new Date()): Promise<Record<string, string>> {
      const { payload } = await jwtVerify(token, keySet, {
        issuer: LOCAL_ISSUER,
        audience: LOCAL_AUDIENCE,
        algorithms: ['ES256'],
        requiredClaims: ['exp', 'sub'],
        currentDate: now,
      });
      if (payload.iat !== undefined && payload.iat > now.getTime() / 1000 + IAT_CLOCK_SKEW_SECONDS) {
        throw new joseErrors.JWTClaimValidationFailed(
          '"iat" claim is in the future',
          payload,
          'iat',
          'check_failed',
        );
      }
      return Object.fromEntries(
        Object.entries(payload).map(([k, v]) => [
          k,
          typeof v === 'string' ? v : Array.isArray(v) ? `[${v.join(' ')}]` : String(v),
        ]),
      );
    },
  };
}

export type LocalKeys = Awaited<ReturnType<typeof loadLocalKeys>>;
