import type { Page, Precondition, Stored } from '../../app/resource-store.js';
import type { RouteResult } from '../route.js';

/** The ETag of a stored version. */
export const etagOf = (version: number) => `"${version}"`;

/**
 * Reads If-Match / If-None-Match. An If-Match that is not one of our ETags can never hold, so it
 * becomes a version no resource has (a 412 follows).
 */
export function preconditionOf(headers: Readonly<Record<string, string | undefined>>): Precondition {
  const ifNoneMatch = headers['if-none-match']?.trim();
  const ifMatch = headers['if-match']?.trim();
  const precondition: Precondition = {};
  if (ifNoneMatch === '*') precondition.ifNoneMatch = true;
  if (ifMatch !== undefined && ifMatch !== '*') {
    const m = /^(?:W\/)?"(\d{1,15})"$/.exec(ifMatch);
    precondition.ifMatch = m ? Number(m[1]) : -1;
  }
  return precondition;
}

/** A stored resource as the API answers it: its data (with its ids) and audit fields, with its ETag. */
export function resourceResult(
  stored: Stored<object>,
  status = 200,
  extra: Record<string, unknown> = {},
): RouteResult {
  return {
    status,
    headers: { etag: etagOf(stored.version) },
    body: {
      ...stored.data,
      ...extra,
      createdAt: stored.createdAt,
      updatedAt: stored.updatedAt,
      updatedBy: stored.updatedBy,
    },
  };
}

export const resourceBody = (stored: Stored<object>, extra: Record<string, unknown> = {}) =>
  resourceResult(stored, 200, extra).body as Record<string, unknown>;

export const noContent: RouteResult = { status: 204 };

/** A PUT that may create: 201 when it did, 200 when it replaced. */
export const putStatus = (created: boolean) => (created ? 201 : 200);

/** A page of stored resources as lists answer it: `{items, nextCursor}`, the cursor only when there is more. */
export function listResult<T extends object>(
  page: Page<Stored<T>>,
  extra: (s: Stored<T>) => Record<string, unknown> = () => ({}),
): RouteResult {
  return listOf(page, (s) => resourceBody(s, extra(s)));
}

/** Any page as lists answer it, each item shaped by `shape`. */
export function listOf<T>(page: Page<T>, shape: (item: T) => unknown): RouteResult {
  return {
    status: 200,
    body: { items: page.items.map(shape), ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) },
  };
}
