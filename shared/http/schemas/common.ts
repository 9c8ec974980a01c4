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

export const timestampSchema = z.string().meta({ format: 'date-time', example: '2026-11-28T06:00:04.512Z' });

/** The ids of the API, each with what it names (path parameters and body fields alike). */
export const ids = {
  providerId: idSchema
    .describe('The provider (accountancy firm): the tenant its employers and provider users belong to.')
    .meta({ example: 'acme' }),
  employerId: idSchema
    .describe("The employer, a client of the provider; unique on the platform (the host system's id).")
    .meta({ example: 'bakkerij-jansen' }),
  userId: idSchema
    .describe("The user, as the identity provider names them (the token's `sub`).")
    .meta({ example: 'u-1042' }),
  departmentId: idSchema.describe('The department, unique within its employer.').meta({ example: 'sales' }),
  employeeId: idSchema
    .describe("The employee, unique within the employer (the host system's id).")
    .meta({ example: 'emp-1001' }),
  setId: idSchema.describe('The signal set, unique within its provider.').meta({ example: 'standard' }),
  signalId: idSchema
    .describe('The signal, unique within the user’s list.')
    .meta({ example: 'c1b7a3e09f2d4c55' }),
  customSignalId: idSchema
    .describe('The custom signal (given by the API when created).')
    .meta({ example: 'cs-8Gq2mT' }),
  runId: idSchema
    .describe('The evaluation run (given by the API when started).')
    .meta({ example: 'run-3FzK9w' }),
  webhookId: idSchema
    .describe('The webhook endpoint (given by the API when made).')
    .meta({ example: 'wh-3b9f0c2a7d1e4f5a6b7c' }),
  deliveryId: idSchema
    .describe('The delivery: its time, then a digest of the event and the endpoint.')
    .meta({ example: '20270225T060004512-9Qx2Lk7dWm3pR8sT' }),
} as const;
export type IdName = keyof typeof ids;

/** Who last wrote a resource and when: fields every stored resource answers with. */
export const audit = {
  createdAt: timestampSchema.describe('When the resource was created (UTC).'),
  updatedAt: timestampSchema.describe('When the resource was last written (UTC).'),
  updatedBy: z
    .string()
    .describe("Who last wrote it: the caller's `sub`, or `system` for the platform's own writes.")
    .meta({ example: 'u-1042' }),
};

export const problemSchema = z
  .object({
    type: z
      .string()
      .describe(
        'A URN naming the kind of problem, `urn:signals:problem:<kind>`; stable, for programs to test. The introduction lists every kind with its cause and fix.',
      )
      .meta({ example: 'urn:signals:problem:validation' }),
    title: z
      .string()
      .describe('A short, fixed summary of the kind of problem.')
      .meta({ example: 'Validation failed' }),
    status: z.number().int().describe('The HTTP status, repeated.').meta({ example: 400 }),
    detail: z
      .string()
      .describe('What is wrong with this request, in words a person can act on.')
      .meta({ example: 'The request body is not valid.' }),
    instance: z
      .string()
      .describe('The request id: quote it when asking about this answer (it is in the logs).')
      .meta({ example: 'urn:request:9f1c2a4e-5d0b-4c3e-8a57-6f1d2e3b4c5d' }),
    errors: z
      .array(
        z.object({
          path: z
            .string()
            .describe(
              'Where: `body`, `query`, `path` or `header`, then the field, e.g. `body.contracts.0.endDate`.',
            ),
          message: z.string().describe('What is wrong there.'),
        }),
      )
      .optional()
      .describe('On a 400 (and a 422): every problem found, one per field (all are reported at once).'),
  })
  .meta({ title: 'Problem' });

const limit = z.coerce
  .number()
  .int()
  .min(1)
  .max(100)
  .default(50)
  .describe('Items per page, 1-100; 50 when absent.');
const cursor = z
  .string()
  .min(1)
  .max(2048)
  .optional()
  .describe("The previous page's `nextCursor`, to read the next page. Opaque; absent for the first page.");

export const listQuerySchema = z.strictObject({ limit, cursor });

/** The page fields of every list query (`limit`, `cursor`), to extend with filters. */
export const pageQuery = { limit, cursor };

/** A page of a list; its example is one page holding the item's first example. */
export const pageOf = <T extends z.ZodType>(item: T) => {
  const examples = z.globalRegistry.get(item)?.examples as unknown[] | undefined;
  const example = examples?.[0];
  return z
    .object({
      items: z.array(item).describe('This page of the list, in its documented order.'),
      nextCursor: z
        .string()
        .optional()
        .describe('Pass as `cursor` to read the next page; absent on the last page.'),
    })
    .meta(example === undefined ? {} : { examples: [{ items: [example], nextCursor: 'eyJwayI6IjEifQ' }] });
};

/** A path schema of the given id parameters. */
export const pathOf = <K extends IdName>(...names: K[]) =>
  z.strictObject(Object.fromEntries(names.map((n) => [n, ids[n]])) as { [N in K]: (typeof ids)[N] });
