import type * as z from 'zod';
import { type ProblemIssue, ValidationError } from '../domain/errors.js';

/** Parses a value with a schema; a failure is a 400 listing every issue, each with its path. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, location: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new ValidationError(`The request ${location} is not valid.`, issuesOf(result.error, location));
}

export function issuesOf(error: z.ZodError, location: string): ProblemIssue[] {
  return error.issues.map((issue) => ({
    path: [location, ...issue.path.map(String)].join('.'),
    message: issue.message,
  }));
}
