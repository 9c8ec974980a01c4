import * as z from 'zod';
import { FIRST_DATE, LAST_DATE, parseDay } from '../../domain/dates.js';

/**
 * Path ids: 1-64 characters of A-Za-z0-9._- (API.md), and not `.` or `..`, which a URL path
 * cannot address (clients and proxies resolve them as path segments).
 */
export const idSchema = z
  .string()
  .regex(/^[A-Za-z0-9._-]{1,64}$/, 'must be 1-64 characters of A-Za-z0-9._-')
  .refine((s) => s !== '.' && s !== '..', 'must not be "." or ".." (a URL path cannot address it)')
  .meta({ example: 'emp-1001', pattern: '^(?!\\.{1,2}$)[A-Za-z0-9._-]{1,64}$' });

/** A real calendar date, YYYY-MM-DD (2026-02-30 is not one), from 1900-01-01 to 2199-12-31. */
export const dateSchema = z
  .string()
  .refine((s) => parseDay(s) !== undefined, 'must be a real calendar date YYYY-MM-DD')
  .refine((s) => s >= FIRST_DATE && s <= LAST_DATE, `must be between ${FIRST_DATE} and ${LAST_DATE}`)
  .meta({ format: 'date', example: '2026-12-15' });

export const timestampSchema = z.string().meta({ format: 'date-time' });

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .meta({ title: 'Problem' });

export const listQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: z.string().min(1).max(2048).optional(),
});

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().optional() });

/** A path schema of the given id parameters. */
export const pathOf = <K extends string>(...names: K[]) =>
  z.strictObject(Object.fromEntries(names.map((n) => [n, idSchema])) as Record<K, typeof idSchema>);
