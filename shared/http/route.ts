import type * as z from 'zod';
import type { Access } from '../app/access.js';
import type { Caller } from '../app/caller.js';
import type { AppDeps } from '../app/deps.js';

export type { Access, Grant } from '../app/access.js';

export type HttpMethod = 'GET' | 'PUT' | 'POST' | 'PATCH' | 'DELETE';

/** The media types a route may answer with besides JSON (UTF-8 text). */
export type TextMediaType = 'text/html' | 'text/javascript' | 'text/calendar';

/** The API areas; each is one Lambda function in AWS. */
export const AREAS = ['directory', 'settings', 'signals', 'templates', 'operations'] as const;
export type Area = (typeof AREAS)[number];

export interface RouteRequest<P, Q, B> {
  caller: Caller;
  params: P;
  query: Q;
  body: B;
  headers: Readonly<Record<string, string | undefined>>;
  requestId: string;
}

/** Causes of the problems an operation answers beyond those its shape implies (reference only). */
export interface RouteProblems {
  /** A state conflict (409 `conflict`), by its cause. */
  conflict?: string;
  /** An employer-level call that needs product 290 (409 `product-not-active`). */
  productNotActive?: true;
  /** A well-formed but unusable input (422), by its cause. */
  unprocessable?: string;
}

export interface RouteResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

type Infer<S> = S extends z.ZodType ? z.infer<S> : undefined;

export interface RouteDefinition<
  P extends z.ZodType | undefined,
  Q extends z.ZodType | undefined,
  B extends z.ZodType | undefined,
> {
  operationId: string;
  method: HttpMethod;
  path: string;
  area: Area;
  summary: string;
  /** What the operation does, for the reference: behaviour, effects, what a retry does (Markdown). */
  description: string;
  access: Access;
  params?: P;
  query?: Q;
  body?: B;
  /** Schema of the success body, for the OpenAPI document. */
  response?: z.ZodType;
  successStatus: number;
  /** A PUT that may create: the status it answers when it did (201), beside `successStatus`. */
  createdStatus?: 201;
  /** Whether the route answers with an ETag and honours If-Match / If-None-Match. */
  etag?: boolean;
  /** Checks on the raw body before schema validation (e.g. a batch over 100 items is a 413, not a 400). */
  checkRawBody?: (body: unknown) => void;
  /** The body may also come as an HTML form (application/x-www-form-urlencoded), and may be absent. */
  formBody?: true;
  /** The success body is a page or a script (a string) of this media type, not JSON. */
  mediaType?: TextMediaType;
  /** Also answers 303 See Other (with Location), e.g. a form posted from a page. */
  redirects?: true;
  /** Answers 304 to a GET whose `If-None-Match` holds its current ETag. */
  revalidates?: true;
  /** The state conflicts (409) and unusable inputs (422) it can answer, each with its cause, for the reference. */
  problems?: RouteProblems;
  handler: (req: RouteRequest<Infer<P>, Infer<Q>, Infer<B>>, deps: AppDeps) => Promise<RouteResult>;
}

export interface Route {
  operationId: string;
  method: HttpMethod;
  path: string;
  area: Area;
  summary: string;
  description: string;
  access: Access;
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  response?: z.ZodType;
  successStatus: number;
  createdStatus?: 201;
  etag?: boolean;
  checkRawBody?: (body: unknown) => void;
  formBody?: true;
  mediaType?: TextMediaType;
  redirects?: true;
  revalidates?: true;
  problems?: RouteProblems;
  // biome-ignore lint/suspicious/noExplicitAny: the table holds routes of many shapes; defineRoute typed each one.
  handler: (req: RouteRequest<any, any, any>, deps: AppDeps) => Promise<RouteResult>;
}

/** Declares a route with its handler typed from its schemas. */
export function defineRoute<
  P extends z.ZodType | undefined = undefined,
  Q extends z.ZodType | undefined = undefined,
  B extends z.ZodType | undefined = undefined,
>(def: RouteDefinition<P, Q, B>): Route {
  return def as Route;
}

/** API Gateway's route key for a route, e.g. `PUT /v1/providers/{providerId}`. */
export const routeKey = (route: Pick<Route, 'method' | 'path'>) => `${route.method} ${route.path}`;
