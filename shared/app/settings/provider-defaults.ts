import { ProductNotActiveError } from '../../domain/errors.js';
import type { Caller } from '../caller.js';
import type { Deps } from '../deps.js';
import { auditOf, getResource, requireEmployer } from '../directory/resources.js';
import type { Precondition } from '../resource-store.js';
import { normaliseSignals, type StoredProviderDefault } from './user-settings.js';

/** The employer, which must have product 290 for any employer-level signal call. */
export async function requireActiveEmployer(deps: Deps<'store'>, employerId: string) {
  const employer = await requireEmployer(deps, employerId);
  if (!employer.products?.includes('290')) {
    throw new ProductNotActiveError(
      `Employer ${employerId} does not have product 290 (Signaleringen) active.`,
    );
  }
  return employer;
}

/** The provider default ("Signaal AK"); undefined when the provider has none yet. */
export async function getProviderDefault(deps: Deps<'store'>, providerId: string) {
  await getResource(deps, { kind: 'provider', providerId });
  return deps.store.get<StoredProviderDefault>({ kind: 'providerDefaultSettings', providerId });
}

export async function putProviderDefault(
  deps: Deps<'store' | 'clock'>,
  caller: Caller,
  providerId: string,
  signals: Parameters<typeof normaliseSignals>[0],
  precondition: Precondition,
) {
  await getResource(deps, { kind: 'provider', providerId });
  return deps.store.put<StoredProviderDefault>(
    { kind: 'providerDefaultSettings', providerId },
    { providerId, signals: normaliseSignals(signals) },
    auditOf(deps, caller),
    precondition,
  );
}
