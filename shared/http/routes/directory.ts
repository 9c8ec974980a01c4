import {
  auditOf,
  batchEmployees,
  getResource,
  getVisibleEmployee,
  listChildren,
  listVisibleEmployees,
  MAX_BATCH_ITEMS,
  putChild,
  putEmployer,
  requireEmployer,
} from '../../app/directory/directory-service.js';
import type { Stored } from '../../app/resource-store.js';
import { PayloadTooLargeError } from '../../domain/errors.js';
import { noContent, preconditionOf, resourceBody, resourceResult } from '../handlers/resource.js';
import { defineRoute } from '../route.js';
import { listQuerySchema, pageOf, pathOf } from '../schemas/common.js';
import {
  departmentBodySchema,
  departmentSchema,
  employeeBatchBodySchema,
  employeeBatchResultSchema,
  employeeBodySchema,
  employeeSchema,
  employerBodySchema,
  employerSchema,
  employerUserBodySchema,
  employerUserSchema,
  providerBodySchema,
  providerSchema,
  providerUserBodySchema,
  providerUserSchema,
} from '../schemas/directory.js';
import { allowed, grants } from './access.js';

const area = 'directory' as const;
const { directoryWrite, providerAdmin, employerAdmin, signalsUse, providerUsers } = grants;

const putStatus = (created: boolean) => (created ? 201 : 200);
const page = <T>(
  items: Stored<T>[],
  nextCursor: string | undefined,
  extra: (s: Stored<T>) => Record<string, unknown> = () => ({}),
) => ({
  status: 200,
  body: {
    items: items.map((s) => resourceBody(s as Stored<object>, extra(s))),
    ...(nextCursor ? { nextCursor } : {}),
  },
});
const employerExtra = (s: Stored<unknown>) => ({ products: s.products ?? [] });

const providerPath = pathOf('providerId');
const providerUserPath = pathOf('providerId', 'userId');
const employerPath = pathOf('employerId');
const departmentPath = pathOf('employerId', 'departmentId');
const employerUserPath = pathOf('employerId', 'userId');
const employeePath = pathOf('employerId', 'employeeId');

export const directoryRoutes = [
  // Providers
  defineRoute({
    operationId: 'putProvider',
    method: 'PUT',
    path: '/v1/providers/{providerId}',
    area,
    summary: 'Create or replace a provider',
    access: allowed(directoryWrite),
    params: providerPath,
    body: providerBodySchema,
    response: providerSchema,
    successStatus: 200,
    etag: true,
    handler: async ({ caller, params, body, headers }, deps) => {
      const { stored, created } = await deps.store.put(
        { kind: 'provider', providerId: params.providerId },
        { providerId: params.providerId, ...body },
        auditOf(deps, caller),
        preconditionOf(headers),
      );
      return resourceResult(stored, putStatus(created));
    },
  }),
  defineRoute({
    operationId: 'getProvider',
    method: 'GET',
    path: '/v1/providers/{providerId}',
    area,
    summary: 'Read a provider',
    access: allowed(directoryWrite, providerUsers),
    params: providerPath,
    response: providerSchema,
    successStatus: 200,
    etag: true,
    handler: async ({ params }, deps) =>
      resourceResult(await getResource(deps, { kind: 'provider', ...params })),
  }),
  defineRoute({
    operationId: 'deleteProvider',
    method: 'DELETE',
    path: '/v1/providers/{providerId}',
    area,
    summary: 'Delete a provider with its users, settings and employers',
    access: allowed(directoryWrite),
    params: providerPath,
    successStatus: 204,
    etag: true,
    handler: async ({ params, headers }, deps) => {
      await deps.store.deleteProviderCascade(params.providerId, preconditionOf(headers));
      return noContent;
    },
  }),

  // Provider users
  defineRoute({
    operationId: 'putProviderUser',
    method: 'PUT',
    path: '/v1/providers/{providerId}/users/{userId}',
    area,
    summary: 'Create or replace a provider user',
    access: allowed(directoryWrite),
    params: providerUserPath,
    body: providerUserBodySchema,
    response: providerUserSchema,
    successStatus: 200,
    etag: true,
    handler: async ({ caller, params, body, headers }, deps) => {
      const { stored, created } = await putChild(
        deps,
        caller,
        { kind: 'provider', providerId: params.providerId },
        { kind: 'providerUser', ...params },
        { ...params, ...body },
        preconditionOf(headers),
      );
      return resourceResult(stored, putStatus(created));
    },
  }),
  defineRoute({
    operationId: 'getProviderUser',
    method: 'GET',
    path: '/v1/providers/{providerId}/users/{userId}',
    area,
    summary: 'Read a provider user',
    access: allowed(directoryWrite),
    params: providerUserPath,
    response: providerUserSchema,
    successStatus: 200,
    etag: true,
    handler: async ({ params }, deps) =>
      resourceResult(await getResource(deps, { kind: 'providerUser', ...params })),
  }),
  defineRoute({
    operationId: 'deleteProviderUser',
    method: 'DELETE',
    path: '/v1/providers/{providerId}/users/{userId}',
    area,
    summary: 'Delete a provider user',
    access: allowed(directoryWrite),
    params: providerUserPath,
    successStatus: 204,
    etag: true,
    handler: async ({ params, headers }, deps) => {
      await deps.store.delete({ kind: 'providerUser', ...params }, preconditionOf(headers));
      return noContent;
    },
  }),
  defineRoute({
    operationId: 'listProviderUsers',
    method: 'GET',
    path: '/v1/providers/{providerId}/users',
    area,
    summary: "List a provider's users",
    access: allowed(directoryWrite, providerAdmin),
    params: providerPath,
    query: listQuerySchema,
    response: pageOf(providerUserSchema),
    successStatus: 200,
    handler: async ({ params, query }, deps) => {
      const result = await listChildren(
        deps,
        { kind: 'provider', ...params },
        { kind: 'providerUsers', ...params },
        query,
      );
      return page(result.items, result.nextCursor);
    },
  }),

  // Employers
  defineRoute({
    operationId: 'putEmployer',
    method: 'PUT',
    path: '/v1/employers/{employerId}',
    area,
    summary: 'Create or replace an employer (its provider cannot change)',
    access: allowed(directoryWrite),
    params: employerPath,
    body: employerBodySchema,
    response: employerSchema,
    successStatus: 200,
    etag: true,
    handler: async ({ caller, params, body, headers }, deps) => {
      const { stored, created } = await putEmployer(
        deps,
        caller,
        params.employerId,
        body,
        preconditionOf(headers),
      );
      return resourceResult(stored, putStatus(created), employerExtra(stored));
    },
  }),
  defineRoute({
    operationId: 'getEmployer',
    method: 'GET',
    path: '/v1/employers/{employerId}',
    area,
    summary: 'Read an employer, with its active products',
    access: allowed(directoryWrite),
    params: employerPath,
    response: employerSchema,
    successStatus: 200,
    etag: true,
    handler: async ({ params }, deps) => {
      const stored = await requireEmployer(deps, params.employerId);
      return resourceResult(stored, 200, employerExtra(stored));
    },
  }),
  defineRoute({
    operationId: 'deleteEmployer',
    method: 'DELETE',
    path: '/v1/employers/{employerId}',
    area,
    summary: 'Delete an employer with everything that belongs to it',
    access: allowed(directoryWrite),
    params: employerPath,
    successStatus: 204,
    etag: true,
    handler: async ({ params, headers }, deps) => {
      await deps.store.deleteEmployerCascade(params.employerId, preconditionOf(headers));
      return noContent;
    },
  }),
  defineRoute({
    operationId: 'listProviderEmployers',
    method: 'GET',
    path: '/v1/providers/{providerId}/employers',
    area,
    summary: "List a provider's employers",
    access: allowed(directoryWrite, providerAdmin),
    params: providerPath,
    query: listQuerySchema,
    response: pageOf(employerSchema),
    successStatus: 200,
    handler: async ({ caller, params, query }, deps) => {
      const result = await listChildren(
        deps,
        { kind: 'provider', ...params },
        { kind: 'providerEmployers', ...params },
        query,
      );
      // A provider user limited to some employers sees only those.
      const limitedTo =
        caller.userType === 'provider'
          ? await deps.tenants.providerUserEmployerIds(caller.providerId, caller.sub)
          : undefined;
      const items = limitedTo
        ? result.items.filter((e) => limitedTo.includes((e.data as { employerId: string }).employerId))
        : result.items;
      return page(items, result.nextCursor, employerExtra);
    },
  }),
  ...(['PUT', 'DELETE'] as const).map((method) =>
    defineRoute({
      operationId: method === 'PUT' ? 'activateProduct290' : 'deactivateProduct290',
      method,
      path: '/v1/employers/{employerId}/products/290',
      area,
      summary:
        method === 'PUT'
          ? 'Activate product 290 (Signaleringen) for an employer'
          : 'Deactivate product 290 (keeps all data; reactivating resumes)',
      access: allowed(directoryWrite, providerAdmin),
      params: employerPath,
      response: employerSchema,
      successStatus: 200,
      handler: async ({ caller, params }, deps) => {
        const stored = await deps.store.setProduct290(
          params.employerId,
          method === 'PUT',
          auditOf(deps, caller),
        );
        return resourceResult(stored, 200, employerExtra(stored));
      },
    }),
  ),

  // Departments
  defineRoute({
    operationId: 'putDepartment',
    method: 'PUT',
    path: '/v1/employers/{employerId}/departments/{departmentId}',
    area,
    summary: 'Create or replace a department',
    access: allowed(directoryWrite),
    params: departmentPath,
    body: departmentBodySchema,
    response: departmentSchema,
    successStatus: 200,
    etag: true,
    handler: async ({ caller, params, body, headers }, deps) => {
      const { stored, created } = await putChild(
        deps,
        caller,
        { kind: 'employer', employerId: params.employerId },
        { kind: 'department', ...params },
        { ...params, ...body },
        preconditionOf(headers),
      );
      return resourceResult(stored, putStatus(created));
    },
  }),
  defineRoute({
    operationId: 'getDepartment',
    method: 'GET',
    path: '/v1/employers/{employerId}/departments/{departmentId}',
    area,
    summary: 'Read a department',
    access: allowed(directoryWrite),
    params: departmentPath,
    response: departmentSchema,
    successStatus: 200,
    etag: true,
    handler: async ({ params }, deps) =>
      resourceResult(await getResource(deps, { kind: 'department', ...params })),
  }),
  defineRoute({
    operationId: 'deleteDepartment',
    method: 'DELETE',
    path: '/v1/employers/{employerId}/departments/{departmentId}',
    area,
    summary: 'Delete a department',
    access: allowed(directoryWrite),
    params: departmentPath,
    successStatus: 204,
    etag: true,
    handler: async ({ params, headers }, deps) => {
      await deps.store.delete({ kind: 'department', ...params }, preconditionOf(headers));
      return noContent;
    },
  }),
  defineRoute({
    operationId: 'listDepartments',
    method: 'GET',
    path: '/v1/employers/{employerId}/departments',
    area,
    summary: "List an employer's departments",
    access: allowed(directoryWrite),
    params: employerPath,
    query: listQuerySchema,
    response: pageOf(departmentSchema),
    successStatus: 200,
    handler: async ({ params, query }, deps) => {
      const result = await listChildren(
        deps,
        { kind: 'employer', ...params },
        { kind: 'departments', ...params },
        query,
      );
      return page(result.items, result.nextCursor);
    },
  }),

  // Employer users
  defineRoute({
    operationId: 'putEmployerUser',
    method: 'PUT',
    path: '/v1/employers/{employerId}/users/{userId}',
    area,
    summary: 'Create or replace an employer user',
    access: allowed(directoryWrite),
    params: employerUserPath,
    body: employerUserBodySchema,
    response: employerUserSchema,
    successStatus: 200,
    etag: true,
    handler: async ({ caller, params, body, headers }, deps) => {
      const { stored, created } = await putChild(
        deps,
        caller,
        { kind: 'employer', employerId: params.employerId },
        { kind: 'employerUser', ...params },
        { ...params, ...body },
        preconditionOf(headers),
      );
      return resourceResult(stored, putStatus(created));
    },
  }),
  defineRoute({
    operationId: 'getEmployerUser',
    method: 'GET',
    path: '/v1/employers/{employerId}/users/{userId}',
    area,
    summary: 'Read an employer user',
    access: allowed(directoryWrite),
    params: employerUserPath,
    response: employerUserSchema,
    successStatus: 200,
    etag: true,
    handler: async ({ params }, deps) =>
      resourceResult(await getResource(deps, { kind: 'employerUser', ...params })),
  }),
  defineRoute({
    operationId: 'deleteEmployerUser',
    method: 'DELETE',
    path: '/v1/employers/{employerId}/users/{userId}',
    area,
    summary: 'Delete an employer user',
    access: allowed(directoryWrite),
    params: employerUserPath,
    successStatus: 204,
    etag: true,
    handler: async ({ params, headers }, deps) => {
      await deps.store.delete({ kind: 'employerUser', ...params }, preconditionOf(headers));
      return noContent;
    },
  }),
  defineRoute({
    operationId: 'listEmployerUsers',
    method: 'GET',
    path: '/v1/employers/{employerId}/users',
    area,
    summary: "List an employer's users",
    access: allowed(directoryWrite),
    params: employerPath,
    query: listQuerySchema,
    response: pageOf(employerUserSchema),
    successStatus: 200,
    handler: async ({ params, query }, deps) => {
      const result = await listChildren(
        deps,
        { kind: 'employer', ...params },
        { kind: 'employerUsers', ...params },
        query,
      );
      return page(result.items, result.nextCursor);
    },
  }),

  // Employees
  defineRoute({
    operationId: 'putEmployee',
    method: 'PUT',
    path: '/v1/employers/{employerId}/employees/{employeeId}',
    area,
    summary: 'Create or replace an employee',
    access: allowed(directoryWrite),
    params: employeePath,
    body: employeeBodySchema,
    response: employeeSchema,
    successStatus: 200,
    etag: true,
    handler: async ({ caller, params, body, headers }, deps) => {
      const { stored, created } = await putChild(
        deps,
        caller,
        { kind: 'employer', employerId: params.employerId },
        { kind: 'employee', ...params },
        { ...params, ...body },
        preconditionOf(headers),
      );
      return resourceResult(stored, putStatus(created));
    },
  }),
  defineRoute({
    operationId: 'getEmployee',
    method: 'GET',
    path: '/v1/employers/{employerId}/employees/{employeeId}',
    area,
    summary: 'Read an employee (department managers: own departments only)',
    access: allowed(directoryWrite, providerAdmin, employerAdmin, signalsUse),
    params: employeePath,
    response: employeeSchema,
    successStatus: 200,
    etag: true,
    handler: async ({ caller, params }, deps) =>
      resourceResult(await getVisibleEmployee(deps, caller, params.employerId, params.employeeId)),
  }),
  defineRoute({
    operationId: 'deleteEmployee',
    method: 'DELETE',
    path: '/v1/employers/{employerId}/employees/{employeeId}',
    area,
    summary: 'Delete an employee',
    access: allowed(directoryWrite),
    params: employeePath,
    successStatus: 204,
    etag: true,
    handler: async ({ params, headers }, deps) => {
      await deps.store.delete({ kind: 'employee', ...params }, preconditionOf(headers));
      return noContent;
    },
  }),
  defineRoute({
    operationId: 'listEmployees',
    method: 'GET',
    path: '/v1/employers/{employerId}/employees',
    area,
    summary: "List an employer's employees (signals:use sees only what it may see)",
    access: allowed(directoryWrite, providerAdmin, employerAdmin, signalsUse),
    params: employerPath,
    query: listQuerySchema,
    response: pageOf(employeeSchema),
    successStatus: 200,
    handler: async ({ caller, params, query }, deps) => {
      const result = await listVisibleEmployees(deps, caller, params.employerId, query);
      return page(result.items, result.nextCursor);
    },
  }),
  defineRoute({
    operationId: 'batchEmployees',
    method: 'POST',
    path: '/v1/employers/{employerId}/employees:batch',
    area,
    summary: 'Upsert and delete up to 100 employees, all or nothing',
    access: allowed(directoryWrite),
    params: employerPath,
    body: employeeBatchBodySchema,
    response: employeeBatchResultSchema,
    successStatus: 200,
    checkRawBody: (raw) => {
      const body = (raw ?? {}) as { upsert?: unknown; delete?: unknown };
      const count =
        (Array.isArray(body.upsert) ? body.upsert.length : 0) +
        (Array.isArray(body.delete) ? body.delete.length : 0);
      if (count > MAX_BATCH_ITEMS) {
        throw new PayloadTooLargeError(
          `A batch takes at most ${MAX_BATCH_ITEMS} items; this one has ${count}.`,
        );
      }
    },
    handler: async ({ caller, params, body }, deps) => ({
      status: 200,
      body: { items: await batchEmployees(deps, caller, params.employerId, body) },
    }),
  }),
];
