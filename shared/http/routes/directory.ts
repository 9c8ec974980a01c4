import type * as z from 'zod';
import {
  deleteEmployer,
  deleteProvider,
  listProviderEmployers,
  putEmployer,
  setProduct290,
} from '../../app/directory/employers.js';
import {
  deleteResource,
  getResource,
  listChildren,
  putChild,
  putProvider,
  requireEmployer,
} from '../../app/directory/resources.js';
import type { ListRef, ResourceRef, Stored } from '../../app/resource-store.js';
import { listResult, noContent, preconditionOf, putStatus, resourceResult } from '../handlers/resource.js';
import { type Access, defineRoute } from '../route.js';
import { listQuerySchema, pageOf, pathOf } from '../schemas/common.js';
import {
  departmentBodySchema,
  departmentSchema,
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
import { employeeRoutes } from './employees.js';

const area = 'directory' as const;
const { directoryWrite, providerAdmin, providerUsers } = grants;

const USER_ON_DELETE =
  'Their signal settings go with them, and within seconds their signal list, e-mail preferences and collected digests; from that moment no mail goes to them, and their token reaches nothing (403).';

const employerExtra = (s: Stored<unknown>) => ({ products: s.products ?? [] });

const providerPath = pathOf('providerId');
const providerUserPath = pathOf('providerId', 'userId');
const employerPath = pathOf('employerId');
const departmentPath = pathOf('employerId', 'departmentId');
const employerUserPath = pathOf('employerId', 'userId');

interface ChildSpec {
  /** The operation ids, spelled out so a search finds them. */
  ids: { put: string; get: string; delete: string; list: string };
  /** What a list is of, for its summary, e.g. `departments`. */
  listOf: string;
  what: string;
  /** The parent it lives under, e.g. `employer`. */
  parentName: string;
  /** What else a delete removes or changes, for the reference. */
  onDelete: string;
  path: string;
  params: z.ZodType<Record<string, string>>;
  listParams: z.ZodType<Record<string, string>>;
  body: z.ZodType<object>;
  response: z.ZodType;
  listAccess: Access;
  parent: (p: Params) => ResourceRef;
  ref: (p: Params) => ResourceRef;
  list: (p: Params) => ListRef;
}
type Params = Record<string, string | undefined>;

/**
 * PUT, GET, DELETE and list of a directory resource under a parent that must exist: the
 * resources with nothing special (provider users, departments, employer users).
 */
function childRoutes(spec: ChildSpec) {
  const listPath = spec.path.slice(0, spec.path.lastIndexOf('/'));
  return [
    defineRoute({
      operationId: spec.ids.put,
      method: 'PUT',
      path: spec.path,
      area,
      summary: `Create or replace ${spec.what}`,
      description: `Creates ${spec.what} (201) or replaces it (200) with the body; absent optional fields take their defaults. The ${spec.parentName} must exist (404). The same body twice leaves the same resource, so a retry is safe. Answers the stored resource with its ETag.`,
      access: allowed(directoryWrite),
      params: spec.params,
      body: spec.body,
      response: spec.response,
      successStatus: 200,
      createdStatus: 201,
      etag: true,
      handler: async ({ caller, params, body, headers }, deps) => {
        const { stored, created } = await putChild(
          deps,
          caller,
          spec.parent(params),
          spec.ref(params),
          { ...params, ...body },
          preconditionOf(headers),
        );
        return resourceResult(stored, putStatus(created));
      },
    }),
    defineRoute({
      operationId: spec.ids.get,
      method: 'GET',
      path: spec.path,
      area,
      summary: `Read ${spec.what}`,
      description: `Answers ${spec.what} with its ETag; 404 when it does not exist in the caller's tenant.`,
      access: allowed(directoryWrite),
      params: spec.params,
      response: spec.response,
      successStatus: 200,
      etag: true,
      handler: async ({ params }, deps) => resourceResult(await getResource(deps, spec.ref(params))),
    }),
    defineRoute({
      operationId: spec.ids.delete,
      method: 'DELETE',
      path: spec.path,
      area,
      summary: `Delete ${spec.what}`,
      description: `Deletes ${spec.what}. ${spec.onDelete} 404 when it does not exist.`,
      access: allowed(directoryWrite),
      params: spec.params,
      successStatus: 204,
      etag: true,
      handler: async ({ params, headers }, deps) => {
        await deleteResource(deps, spec.ref(params), preconditionOf(headers));
        return noContent;
      },
    }),
    defineRoute({
      operationId: spec.ids.list,
      method: 'GET',
      path: listPath,
      area,
      summary: `List ${spec.listOf}`,
      description: `A page of the ${spec.parentName}'s ${spec.listOf}, by id.`,
      access: spec.listAccess,
      params: spec.listParams,
      query: listQuerySchema,
      response: pageOf(spec.response),
      successStatus: 200,
      handler: async ({ params, query }, deps) => {
        return listResult(await listChildren<object>(deps, spec.parent(params), spec.list(params), query));
      },
    }),
  ];
}

/** The directory area: providers, employers, products, departments, users, and the employees (routes/employees.ts). */
export const directoryRoutes = [
  // Providers
  defineRoute({
    operationId: 'putProvider',
    method: 'PUT',
    path: '/v1/providers/{providerId}',
    area,
    summary: 'Create or replace a provider',
    description:
      "Creates the provider (201) or renames it (200). The platform's directory sync calls it; the same body twice leaves the same provider, so a retry is safe. Answers the provider with its ETag.",
    access: allowed(directoryWrite),
    params: providerPath,
    body: providerBodySchema,
    response: providerSchema,
    successStatus: 200,
    createdStatus: 201,
    etag: true,
    handler: async ({ caller, params, body, headers }, deps) => {
      const { stored, created } = await putProvider(
        deps,
        caller,
        params.providerId,
        body,
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
    description: 'Answers the provider with its ETag. Provider users may read their own provider.',
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
    description:
      'Deletes the provider and, in one cascade, its users, settings, signal sets, moments, template, and every employer with all that belongs to it (employees, users, signals). Its evaluation schedules are removed. 404 when it does not exist.',
    access: allowed(directoryWrite),
    params: providerPath,
    successStatus: 204,
    etag: true,
    handler: async ({ params, headers }, deps) => {
      await deleteProvider(deps, params.providerId, preconditionOf(headers));
      return noContent;
    },
  }),

  ...childRoutes({
    ids: {
      put: 'putProviderUser',
      get: 'getProviderUser',
      delete: 'deleteProviderUser',
      list: 'listProviderUsers',
    },
    listOf: 'provider users',
    what: 'a provider user',
    parentName: 'provider',
    onDelete: USER_ON_DELETE,
    path: '/v1/providers/{providerId}/users/{userId}',
    params: providerUserPath,
    listParams: providerPath,
    body: providerUserBodySchema,
    response: providerUserSchema,
    listAccess: allowed(directoryWrite, providerAdmin),
    parent: (p) => ({ kind: 'provider', providerId: p.providerId! }),
    ref: (p) => ({ kind: 'providerUser', providerId: p.providerId!, userId: p.userId! }),
    list: (p) => ({ kind: 'providerUsers', providerId: p.providerId! }),
  }),
  defineRoute({
    operationId: 'putEmployer',
    method: 'PUT',
    path: '/v1/employers/{employerId}',
    area,
    summary: 'Create or replace an employer (its provider cannot change)',
    description:
      'Creates the employer (201) under its provider, which must exist, or renames it (200). An employer never moves to another provider: a different `providerId` is 409. Products are switched with `PUT`/`DELETE /v1/employers/{employerId}/products/290`, not here.',
    access: allowed(directoryWrite),
    params: employerPath,
    body: employerBodySchema,
    response: employerSchema,
    successStatus: 200,
    createdStatus: 201,
    etag: true,
    problems: {
      conflict: 'The employer exists under another provider: `providerId` cannot change.',
      unprocessable: 'The provider in `providerId` does not exist.',
    },
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
    description: 'Answers the employer with its active products and its ETag.',
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
    description:
      'Deletes the employer and everything that belongs to it: departments, users, employees, custom signals, settings, moments, template and signals. 404 when it does not exist.',
    access: allowed(directoryWrite),
    params: employerPath,
    successStatus: 204,
    etag: true,
    handler: async ({ params, headers }, deps) => {
      await deleteEmployer(deps, params.employerId, preconditionOf(headers));
      return noContent;
    },
  }),
  defineRoute({
    operationId: 'listProviderEmployers',
    method: 'GET',
    path: '/v1/providers/{providerId}/employers',
    area,
    summary: "List a provider's employers",
    description:
      "A page of the provider's employers, by id. A provider user whose record lists `employerIds` sees only those.",
    access: allowed(directoryWrite, providerAdmin),
    params: providerPath,
    query: listQuerySchema,
    response: pageOf(employerSchema),
    successStatus: 200,
    handler: async ({ caller, params, query }, deps) =>
      listResult(await listProviderEmployers(deps, caller, params.providerId, query), employerExtra),
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
      description:
        method === 'PUT'
          ? 'Switches Signaleringen on for the employer: it is evaluated from the next moment. Safe to repeat. Answers the employer with its products.'
          : 'Switches Signaleringen off: the employer is no longer evaluated and its users get no new signals or e-mail, but every setting and signal is kept, so activating again resumes where it stopped. Safe to repeat.',
      access: allowed(directoryWrite, providerAdmin),
      params: employerPath,
      response: employerSchema,
      successStatus: 200,
      handler: async ({ caller, params }, deps) => {
        const stored = await setProduct290(deps, caller, params.employerId, method === 'PUT');
        return resourceResult(stored, 200, employerExtra(stored));
      },
    }),
  ),

  ...childRoutes({
    ids: { put: 'putDepartment', get: 'getDepartment', delete: 'deleteDepartment', list: 'listDepartments' },
    listOf: 'departments',
    what: 'a department',
    parentName: 'employer',
    onDelete: 'Employees that name it keep their `departmentId` (the host system moves them).',
    path: '/v1/employers/{employerId}/departments/{departmentId}',
    params: departmentPath,
    listParams: employerPath,
    body: departmentBodySchema,
    response: departmentSchema,
    listAccess: allowed(directoryWrite),
    parent: (p) => ({ kind: 'employer', employerId: p.employerId! }),
    ref: (p) => ({ kind: 'department', employerId: p.employerId!, departmentId: p.departmentId! }),
    list: (p) => ({ kind: 'departments', employerId: p.employerId! }),
  }),
  ...childRoutes({
    ids: {
      put: 'putEmployerUser',
      get: 'getEmployerUser',
      delete: 'deleteEmployerUser',
      list: 'listEmployerUsers',
    },
    listOf: 'employer users',
    what: 'an employer user',
    parentName: 'employer',
    onDelete: USER_ON_DELETE,
    path: '/v1/employers/{employerId}/users/{userId}',
    params: employerUserPath,
    listParams: employerPath,
    body: employerUserBodySchema,
    response: employerUserSchema,
    listAccess: allowed(directoryWrite),
    parent: (p) => ({ kind: 'employer', employerId: p.employerId! }),
    ref: (p) => ({ kind: 'employerUser', employerId: p.employerId!, userId: p.userId! }),
    list: (p) => ({ kind: 'employerUsers', employerId: p.employerId! }),
  }),
  ...employeeRoutes,
];
