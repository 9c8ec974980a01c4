import {
  ForbiddenError,
  NotFoundError,
  PayloadTooLargeError,
  UnprocessableError,
  ValidationError,
} from '../../domain/errors.js';
import type { Caller } from '../caller.js';
import type { AppDeps } from '../deps.js';
import type { Audit, ListRef, PageRequest, Precondition, ResourceRef, Stored } from '../resource-store.js';

export const MAX_BATCH_ITEMS = 100;

export const auditOf = (deps: AppDeps, caller: Caller): Audit => ({
  by: caller.sub,
  at: deps.clock.now().toISOString(),
});

export async function getResource<T>(deps: AppDeps, ref: ResourceRef): Promise<Stored<T>> {
  const stored = await deps.store.get<T>(ref);
  if (!stored) throw new NotFoundError(`The ${ref.kind} does not exist.`);
  return stored;
}

/** The employer a request addresses; 404 when it does not exist. */
export const requireEmployer = (deps: AppDeps, employerId: string) =>
  getResource<{ employerId: string; providerId: string; name: string }>(deps, {
    kind: 'employer',
    employerId,
  });

/**
 * Creates or replaces a resource under an existing parent (a provider or an employer): the
 * parent is checked first, so nothing is written under a parent that does not exist.
 */
export async function putChild<T extends object>(
  deps: AppDeps,
  caller: Caller,
  parent: ResourceRef,
  ref: ResourceRef,
  data: T,
  precondition: Precondition,
) {
  await getResource(deps, parent);
  return deps.store.put(ref, data, auditOf(deps, caller), precondition);
}

export async function listChildren<T>(deps: AppDeps, parent: ResourceRef, list: ListRef, page: PageRequest) {
  await getResource(deps, parent);
  return deps.store.list<T>(list, page);
}

/**
 * Creates or replaces an employer. Its provider must exist (422 otherwise) and an employer never
 * moves to another provider (409).
 */
export async function putEmployer(
  deps: AppDeps,
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

interface EmployerUserData {
  departmentIds: string[];
  isDepartmentManager: boolean;
}

/**
 * Which employees of an employer a caller may see: all, or (an employer user with only
 * `signals:use` who is a department manager) those of the own departments.
 */
export async function employeeFilterFor(
  deps: AppDeps,
  caller: Caller,
  employerId: string,
): Promise<(employee: { departmentId?: string | null }) => boolean> {
  if (caller.userType !== 'employer') return () => true;
  if (caller.rights.has('signals:employer-admin') || caller.rights.has('directory:write')) return () => true;
  const user = await deps.store.get<EmployerUserData>({
    kind: 'employerUser',
    employerId,
    userId: caller.sub,
  });
  if (!user?.data.isDepartmentManager) return () => true;
  const own = new Set(user.data.departmentIds);
  return (employee) => !!employee.departmentId && own.has(employee.departmentId);
}

export async function getVisibleEmployee<T extends { departmentId?: string | null }>(
  deps: AppDeps,
  caller: Caller,
  employerId: string,
  employeeId: string,
) {
  const stored = await getResource<T>(deps, { kind: 'employee', employerId, employeeId });
  const visible = await employeeFilterFor(deps, caller, employerId);
  if (!visible(stored.data))
    throw new ForbiddenError('This employee is outside the departments the caller manages.');
  return stored;
}

export async function listVisibleEmployees<T extends { departmentId?: string | null }>(
  deps: AppDeps,
  caller: Caller,
  employerId: string,
  page: PageRequest,
) {
  await requireEmployer(deps, employerId);
  const visible = await employeeFilterFor(deps, caller, employerId);
  const result = await deps.store.list<T>({ kind: 'employees', employerId }, page);
  return { ...result, items: result.items.filter((e) => visible(e.data)) };
}

/**
 * Applies a batch of employee upserts and deletes all or nothing: checked whole before any
 * write, then written in one transaction.
 */
export async function batchEmployees(
  deps: AppDeps,
  caller: Caller,
  employerId: string,
  body: { upsert: Array<{ employeeId: string } & object>; delete: string[] },
) {
  const total = body.upsert.length + body.delete.length;
  if (total > MAX_BATCH_ITEMS) {
    throw new PayloadTooLargeError(`A batch takes at most ${MAX_BATCH_ITEMS} items; this one has ${total}.`);
  }
  const seen = new Map<string, string>();
  const issues: { path: string; message: string }[] = [];
  body.upsert.forEach((u, i) => {
    if (seen.has(u.employeeId))
      issues.push({ path: `body.upsert.${i}.employeeId`, message: `duplicate of ${seen.get(u.employeeId)}` });
    seen.set(u.employeeId, `upsert.${i}`);
  });
  body.delete.forEach((id, i) => {
    if (seen.has(id)) issues.push({ path: `body.delete.${i}`, message: `duplicate of ${seen.get(id)}` });
    seen.set(id, `delete.${i}`);
  });
  if (issues.length > 0)
    throw new ValidationError('An employee appears more than once in the batch.', issues);
  await requireEmployer(deps, employerId);
  return deps.store.batchEmployees(
    employerId,
    body.upsert.map((u) => ({ employeeId: u.employeeId, data: { employerId, ...u } })),
    body.delete,
    auditOf(deps, caller),
  );
}
