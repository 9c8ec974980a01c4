import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import { loadLocalKeys, type TokenClaims } from '../../../shared/local/local-keys.js';
import { ContractChecker } from './contract.js';

export interface ApiResponse<T = any> {
  status: number;
  headers: Headers;
  json: T;
  text: string;
}

let contract: Promise<ContractChecker> | undefined;

/** The checker of the document the running API serves (read once per test file). */
export function servedContract(): Promise<ContractChecker> {
  contract ??= fetch(`${inject('apiUrl')}/v1/openapi.json`)
    .then((r) => r.json())
    .then((doc) => new ContractChecker(doc as ConstructorParameters<typeof ContractChecker>[0]));
  return contract;
}

/**
 * Calls the embedded stack's API. Every response is checked against the served OpenAPI document:
 * a response the document does not describe fails the test that received it.
 */
export async function api<T = any>(
  method: string,
  path: string,
  options: { token?: string; body?: unknown; raw?: string; headers?: Record<string, string> } = {},
): Promise<ApiResponse<T>> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let body: string | undefined;
  if (options.raw !== undefined) body = options.raw;
  else if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['content-type'] ??= 'application/json';
  }
  const response = await fetch(inject('apiUrl') + path, { method, headers, body, redirect: 'manual' });
  const text = await response.text();
  const problems = (await servedContract()).check(method, path, response.status, response.headers, text);
  if (problems.length > 0) throw new Error(`Response off the contract:\n${problems.join('\n')}`);
  let json: T;
  try {
    json = JSON.parse(text) as T;
  } catch {
    json = undefined as T;
  }
  return { status: response.status, headers: response.headers, json, text };
}

let keys: Awaited<ReturnType<typeof loadLocalKeys>> | undefined;

/** Signs a token with the stack's local key. */
export async function tokenFor(claims: TokenClaims): Promise<string> {
  keys ??= await loadLocalKeys(inject('dataDir'));
  return keys.sign(claims);
}

/** A unique id per test, so tests never see each other's data. */
export const uid = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;

export const platformToken = () =>
  tokenFor({ sub: uid('svc'), user_type: 'platform', scope: 'directory:write signals:operate' });

export const PROBLEM = (type: string) => `urn:signals:problem:${type}`;

export function expectProblem(response: ApiResponse, status: number, type: string) {
  const contentType = response.headers.get('content-type') ?? '';
  if (
    response.status !== status ||
    !contentType.includes('application/problem+json') ||
    response.json?.type !== PROBLEM(type)
  ) {
    throw new Error(
      `expected ${status} ${type}, got ${response.status} ${contentType} ${response.text.slice(0, 300)}`,
    );
  }
  const requestId = response.headers.get('x-request-id');
  if (!requestId || !String(response.json.instance).includes(requestId)) {
    throw new Error(`problem instance ${response.json.instance} does not carry x-request-id ${requestId}`);
  }
}
