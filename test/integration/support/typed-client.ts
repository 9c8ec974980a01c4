import createClient, { type Middleware } from 'openapi-fetch';
import { inject } from 'vitest';
import { servedContract } from './api.js';
import type { components, paths } from './api-schema.js';

/** Checks every response against the served document, as `api()` does. */
const contractCheck: Middleware = {
  async onResponse({ request, response }) {
    const url = new URL(request.url);
    const problems = (await servedContract()).check(
      request.method,
      url.pathname + url.search,
      response.status,
      response.headers,
      await response.clone().text(),
    );
    if (problems.length > 0) throw new Error(`Response off the contract:\n${problems.join('\n')}`);
    return response;
  },
};

/**
 * The API through a client typed by the served document (openapi-typescript + openapi-fetch): a
 * path, parameter or body the document does not have is a type error in the test, and every
 * response is checked against the document at run time too.
 */
export function typedApi(token?: string, baseUrl = inject('apiUrl')) {
  const client = createClient<paths>({
    baseUrl,
    redirect: 'manual',
    ...(token ? { headers: { authorization: `Bearer ${token}` } } : {}),
  });
  client.use(contractCheck);
  return client;
}

type Problem = components['schemas']['Problem'];

/** The problem document of a refused call; fails the test when the answer is not one. */
export function problemOf(result: { error?: unknown }): Problem {
  const error = result.error as Partial<Problem> | undefined;
  if (typeof error?.type !== 'string')
    throw new Error(`Expected a problem document, got ${JSON.stringify(error)}`);
  return error as Problem;
}

/** Fails unless a call through the typed client was refused with this status and problem type. */
export function expectRefused(result: { response: Response; error?: unknown }, status: number, type: string) {
  const problem = problemOf(result);
  if (result.response.status !== status || problem.type !== `urn:signals:problem:${type}`) {
    throw new Error(`expected ${status} ${type}, got ${result.response.status} ${JSON.stringify(problem)}`);
  }
  return problem;
}
