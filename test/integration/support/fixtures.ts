import type { TokenClaims } from '../../../shared/local/local-keys.js';
import { api, platformToken, tokenFor, uid } from './api.js';

/** An employee body with sensible defaults; override what the test is about. */
export function anEmployee(overrides: Record<string, unknown> = {}) {
  return {
    employeeNumber: '1001',
    firstName: 'Anna',
    lastName: 'de Vries',
    birthDate: '1961-03-05',
    employment: { startDate: '2020-01-01' },
    ...overrides,
  };
}

/** An employer user body, mailed at `<userId>@example.nl`; override what the test is about. */
export function anEmployerUser(userId: string, overrides: Record<string, unknown> = {}) {
  return {
    email: `${userId}@example.nl`,
    name: `Gebruiker ${userId}`,
    locale: 'nl',
    departmentIds: [],
    isDepartmentManager: false,
    active: true,
    ...overrides,
  };
}

/** A provider with one employer (product 290 active), made through the API. */
export async function aTenant(options: { product290?: boolean } = {}) {
  const platform = await platformToken();
  const providerId = uid('p');
  const employerId = uid('e');
  const put = async (path: string, body?: unknown) => {
    const r = await api('PUT', path, { token: platform, ...(body === undefined ? {} : { body }) });
    if (r.status >= 300) throw new Error(`PUT ${path}: ${r.status} ${r.text}`);
    return r;
  };
  /** A user's token; the user is added to the directory first unless it exists (a token of an unknown user reaches nothing). */
  const tokenOfUser = async (path: string, body: object, claims: TokenClaims) => {
    const r = await api('PUT', path, { token: platform, body, headers: { 'if-none-match': '*' } });
    if (r.status >= 300 && r.status !== 412) throw new Error(`PUT ${path}: ${r.status} ${r.text}`);
    return { token: await tokenFor(claims), created: r.status === 201 };
  };
  /** A provider admin made here configures and receives nothing (settings `none`), so it adds to no count. */
  const providerUser = async (sub: string, scope: string) => {
    const { token, created } = await tokenOfUser(
      `/v1/providers/${providerId}/users/${sub}`,
      { email: `${sub}@example.nl`, name: `Gebruiker ${sub}`, locale: 'nl', active: true },
      { sub, user_type: 'provider', provider_id: providerId, scope },
    );
    if (created) {
      const path = `/v1/providers/${providerId}/users/${sub}/signal-settings`;
      const r = await api('PUT', path, { token, body: { mode: 'none' } });
      if (r.status >= 300) throw new Error(`PUT ${path}: ${r.status} ${r.text}`);
    }
    return token;
  };
  const employerUser = async (sub: string, scope: string) =>
    (
      await tokenOfUser(`/v1/employers/${employerId}/users/${sub}`, anEmployerUser(sub), {
        sub,
        user_type: 'employer',
        provider_id: providerId,
        employer_id: employerId,
        scope,
      })
    ).token;
  /**
   * An employer user (`anEmployerUser` with `overrides`) whose own settings are these signals, set
   * by the provider admin whose token is given, and the user's token.
   */
  const userWith = async (
    adminToken: string,
    signals: ReadonlyArray<Record<string, unknown>>,
    overrides: Record<string, unknown> = {},
    userId = uid('u'),
  ) => {
    await put(`/v1/employers/${employerId}/users/${userId}`, anEmployerUser(userId, overrides));
    const path = `/v1/employers/${employerId}/users/${userId}/signal-settings`;
    const r = await api('PUT', path, { token: adminToken, body: { mode: 'custom', signals } });
    if (r.status >= 300) throw new Error(`PUT ${path}: ${r.status} ${r.text}`);
    return { userId, token: await employerUser(userId, 'signals:use') };
  };
  await put(`/v1/providers/${providerId}`, { name: 'Salarisbureau Jansen' });
  await put(`/v1/employers/${employerId}`, { providerId, name: 'Bakkerij De Korenbloem' });
  if (options.product290 ?? true) await put(`/v1/employers/${employerId}/products/290`);
  return {
    platform,
    providerId,
    employerId,
    put,
    /** Tokens of the tenant's users, each added to the directory unless it exists. */
    providerAdmin: (sub = uid('pa')) => providerUser(sub, 'signals:provider-admin signals:use'),
    employerAdmin: (sub = uid('ea')) => employerUser(sub, 'signals:employer-admin signals:use'),
    employerUser: (sub = uid('eu')) => employerUser(sub, 'signals:use'),
    userWith,
  };
}
