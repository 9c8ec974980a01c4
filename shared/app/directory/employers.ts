import { UnprocessableError } from '../../domain/errors.js';
import type { Caller } from '../caller.js';
import type { Deps } from '../deps.js';
import type { PageRequest, Precondition } from '../resource-store.js';
import { auditOf, getResource } from './resources.js';

/**
 * Creates or replaces an employer. Its provider must exist (422 otherwise) and an employer never
 * moves to another provider (409).
 */
export async function putEmployer(
  deps: Deps<'store' | 'clock'>,
  caller: Caller,
  employerId: string,
  body: { providerId: string; name: string },
  precondition: Precondition,
) {
  const provider = await deps.store.get({ kind: 'provider', providerId: body.providerId });
  if (!provider) {
    throw new UnprocessableError(`Provider ${body.providerId} does not exist.`, [
      { path: 'body.providerId', message: 'unknown provider' },
    ]);
  }
  return deps.store.put(
    { kind: 'employer', employerId },
    { employerId, ...body },
    auditOf(deps, caller),
    precondition,
    {
      providerId: body.providerId,
    },
  );
}

/** Deletes an employer with everything in its partition. */
export const deleteEmployer = (deps: Deps<'store'>, employerId: string, precondition: Precondition) =>
  deps.store.deleteEmployerCascade(employerId, precondition);

/** Deletes a provider with its users, settings and every employer of it. */
export const deleteProvider = (deps: Deps<'store'>, providerId: string, precondition: Precondition) =>
  deps.store.deleteProviderCascade(providerId, precondition);

/**
 * A page of a provider's employers. A provider user whose record lists `employerIds` sees only
 * those; the filter runs in the query, so every page but the last is full.
 */
export async function listProviderEmployers(
  deps: Deps<'store' | 'tenants'>,
  caller: Caller,
  providerId: string,
  page: PageRequest,
) {
  await getResource(deps, { kind: 'provider', providerId });
  const only =
    caller.userType === 'provider' ? (await deps.tenants.callerUser(caller))?.employerIds : undefined;
  return deps.store.list<object>({ kind: 'providerEmployers', providerId, only }, page);
}

/** Activates or deactivates product 290 (Signaleringen) for an employer; data is kept either way. */
export const setProduct290 = (
  deps: Deps<'store' | 'clock'>,
  caller: Caller,
  employerId: string,
  active: boolean,
) => deps.store.setProduct290(employerId, active, auditOf(deps, caller));
