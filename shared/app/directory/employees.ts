import { ForbiddenError, ValidationError } from '../../domain/errors.js';
import type { Caller } from '../caller.js';
import type { Deps } from '../deps.js';
import type { PageRequest, Precondition } from '../resource-store.js';
import { auditOf, getResource, requireEmployer } from './resources.js';

/** The most employees one batch may upsert and delete together. */
export const MAX_BATCH_ITEMS = 100;

interface EmployerUserData {
  departmentIds: string[];
  isDepartmentManager: boolean;
}

/**
 * Which employees of an employer a caller may see: all, or (an employer user with only
 * `signals:use` who is a department manager) those of the own departments.
 */
export async function employeeFilterFor(
  deps: Deps<'store'>,
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
  deps: Deps<'store'>,
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
  deps: Deps<'store'>,
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
  deps: Deps<'store' | 'clock'>,
  caller: Caller,
  employerId: string,
  body: { upsert: Array<{ employeeId: string } & object>; delete: string[] },
) {
  const total = body.upsert.length + body.delete.length;
  if (total > MAX_BATCH_ITEMS) {
    // The route answers 413 before this (an HTTP matter); called otherwise, it is still refused.
    throw new ValidationError(`A batch takes at most ${MAX_BATCH_ITEMS} items; this one has ${total}.`, [
      { path: 'body', message: `at most ${MAX_BATCH_ITEMS} items` },
    ]);
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

/** Deletes an employee (404 when absent, 412 when the If-Match is stale). */
export const deleteEmployee = (
  deps: Deps<'store'>,
  ids: { employerId: string; employeeId: string },
  precondition: Precondition,
) => deps.store.delete({ kind: 'employee', ...ids }, precondition);
