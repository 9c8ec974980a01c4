import type { CustomSignal } from '../../domain/rules/custom-signals.js';
import type { Caller } from '../caller.js';
import type { Deps } from '../deps.js';
import { getVisibleEmployee } from '../directory/employees.js';
import { auditOf, getResource } from '../directory/resources.js';
import type { PageRequest, Precondition } from '../resource-store.js';
import { requireActiveEmployer } from './provider-defaults.js';

/** What custom-signal calls use. */
type CustomSignalDeps = Deps<'store' | 'clock' | 'ids'>;

type CustomSignalBody = Omit<CustomSignal, 'customSignalId' | 'employeeId'>;

/** The employee a custom-signal call is about: product 290 active, the employee visible to the caller. */
async function requireEmployeeFor(
  deps: Deps<'store'>,
  caller: Caller,
  employerId: string,
  employeeId: string,
) {
  await requireActiveEmployer(deps, employerId);
  await getVisibleEmployee(deps, caller, employerId, employeeId);
}

export async function createCustomSignal(
  deps: CustomSignalDeps,
  caller: Caller,
  employerId: string,
  employeeId: string,
  body: CustomSignalBody,
) {
  await requireEmployeeFor(deps, caller, employerId, employeeId);
  const customSignalId = deps.ids.newId('cs');
  const { stored } = await deps.store.put(
    { kind: 'customSignal', employerId, employeeId, customSignalId },
    { customSignalId, employerId, employeeId, ...body },
    auditOf(deps, caller),
    { ifNoneMatch: true },
  );
  return stored;
}

export async function putCustomSignal(
  deps: CustomSignalDeps,
  caller: Caller,
  ids: { employerId: string; employeeId: string; customSignalId: string },
  body: CustomSignalBody,
  precondition: Precondition,
) {
  await requireEmployeeFor(deps, caller, ids.employerId, ids.employeeId);
  await getResource(deps, { kind: 'customSignal', ...ids });
  const { stored } = await deps.store.put(
    { kind: 'customSignal', ...ids },
    { ...ids, ...body },
    auditOf(deps, caller),
    precondition,
  );
  return stored;
}

export async function getCustomSignal(
  deps: CustomSignalDeps,
  caller: Caller,
  ids: { employerId: string; employeeId: string; customSignalId: string },
) {
  await requireEmployeeFor(deps, caller, ids.employerId, ids.employeeId);
  return getResource<CustomSignal>(deps, { kind: 'customSignal', ...ids });
}

export async function deleteCustomSignal(
  deps: CustomSignalDeps,
  caller: Caller,
  ids: { employerId: string; employeeId: string; customSignalId: string },
  precondition: Precondition,
) {
  await requireEmployeeFor(deps, caller, ids.employerId, ids.employeeId);
  await deps.store.delete({ kind: 'customSignal', ...ids }, precondition);
}

export async function listCustomSignals(
  deps: CustomSignalDeps,
  caller: Caller,
  employerId: string,
  employeeId: string,
  page: PageRequest,
) {
  await requireEmployeeFor(deps, caller, employerId, employeeId);
  return deps.store.list<CustomSignal>({ kind: 'customSignals', employerId, employeeId }, page);
}
