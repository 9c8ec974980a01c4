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
  await put(`/v1/providers/${providerId}`, { name: 'Salarisbureau Jansen' });
  await put(`/v1/employers/${employerId}`, { providerId, name: 'Bakkerij De Korenbloem' });
  if (options.product290 ?? true) await put(`/v1/employers/${employerId}/products/290`);
  return {
    platform,
    providerId,
    employerId,
    put,
    providerAdmin: (sub = uid('pa')) =>
      tokenFor({
        sub,
        user_type: 'provider',
        provider_id: providerId,
        scope: 'signals:provider-admin signals:use',
      }),
    employerAdmin: (sub = uid('ea')) =>
      tokenFor({
        sub,
        user_type: 'employer',
        provider_id: providerId,
        employer_id: employerId,
        scope: 'signals:employer-admin signals:use',
      }),
    employerUser: (sub = uid('eu')) =>
      tokenFor({
        sub,
        user_type: 'employer',
        provider_id: providerId,
        employer_id: employerId,
        scope: 'signals:use',
      }),
  };
}
