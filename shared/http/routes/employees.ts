import {
  batchEmployees,
  deleteEmployee,
  getVisibleEmployee,
  listVisibleEmployees,
  MAX_BATCH_ITEMS,
} from '../../app/directory/employees.js';
import { putChild } from '../../app/directory/resources.js';
import { listResult, noContent, preconditionOf, putStatus, resourceResult } from '../handlers/resource.js';
import { PayloadTooLargeError } from '../http-errors.js';
import { defineRoute } from '../route.js';
import { listQuerySchema, pageOf, pathOf } from '../schemas/common.js';
import {
  employeeBatchBodySchema,
  employeeBatchResultSchema,
  employeeBodySchema,
  employeeSchema,
} from '../schemas/directory.js';
import { allowed, grants } from './access.js';

const area = 'directory' as const;
const { directoryWrite, providerAdmin, employerAdmin, signalsUse } = grants;
const employerPath = pathOf('employerId');
const employeePath = pathOf('employerId', 'employeeId');

/** The directory's employee routes: the data signals are computed from. */
export const employeeRoutes = [
  defineRoute({
    operationId: 'putEmployee',
    method: 'PUT',
    path: '/v1/employers/{employerId}/employees/{employeeId}',
    area,
    summary: 'Create or replace an employee',
    description:
      'Creates the employee (201) or replaces it (200) with the body; absent optional fields take their defaults. The employer must exist. Within seconds (the change is followed; at the latest at the next run) the signals this data yields are made or withdrawn. Answers the stored employee with its ETag.',
    access: allowed(directoryWrite),
    params: employeePath,
    body: employeeBodySchema,
    response: employeeSchema,
    successStatus: 200,
    createdStatus: 201,
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
    description:
      'Answers the employee with its ETag. A department manager (`signals:use` with `isDepartmentManager`) reads only employees of their own departments: any other is 404, as if it did not exist.',
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
    description:
      'Deletes the employee; the open signals about it are withdrawn within seconds (the change is followed; at the latest at the next run). 404 when it does not exist.',
    access: allowed(directoryWrite),
    params: employeePath,
    successStatus: 204,
    etag: true,
    handler: async ({ params, headers }, deps) => {
      await deleteEmployee(deps, params, preconditionOf(headers));
      return noContent;
    },
  }),
  defineRoute({
    operationId: 'listEmployees',
    method: 'GET',
    path: '/v1/employers/{employerId}/employees',
    area,
    summary: "List an employer's employees (signals:use sees only what it may see)",
    description:
      "A page of the employer's employees, by id. With `signals:use` only, a department manager sees only the employees of their own departments.",
    access: allowed(directoryWrite, providerAdmin, employerAdmin, signalsUse),
    params: employerPath,
    query: listQuerySchema,
    response: pageOf(employeeSchema),
    successStatus: 200,
    handler: async ({ caller, params, query }, deps) => {
      return listResult(await listVisibleEmployees(deps, caller, params.employerId, query));
    },
  }),
  defineRoute({
    operationId: 'batchEmployees',
    method: 'POST',
    path: '/v1/employers/{employerId}/employees:batch',
    area,
    summary: 'Upsert and delete up to 100 employees, all or nothing',
    description:
      'Upserts and deletes up to 100 employees in one transaction: all of them are applied, or none (a concurrent write to one of them is 409, and nothing changed). Every item is validated first and every problem is reported in one 400. A retry of the same batch gives the same employees.',
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
    problems: {
      conflict: 'Another write changed one of the employees at the same moment: send the batch again.',
    },
    handler: async ({ caller, params, body }, deps) => ({
      status: 200,
      body: { items: await batchEmployees(deps, caller, params.employerId, body) },
    }),
  }),
];
