import * as z from 'zod';
import type { Employee } from '../../domain/employee.js';
import { dateSchema, idSchema, timestampSchema } from './common.js';

const name = z.string().trim().min(1).max(200);
const locale = z.enum(['nl', 'en']);

/** Fields every stored resource answers with. */
const audit = { createdAt: timestampSchema, updatedAt: timestampSchema, updatedBy: z.string() };

export const providerBodySchema = z.strictObject({ name });
export const providerSchema = z.object({ providerId: idSchema, name, ...audit }).meta({ title: 'Provider' });

export const providerUserBodySchema = z.strictObject({
  email: z.email().max(254),
  name,
  locale: locale.default('nl'),
  employerIds: z.array(idSchema).max(1000).optional(),
  active: z.boolean().default(true),
});
export const providerUserSchema = providerUserBodySchema
  .extend({ providerId: idSchema, userId: idSchema, ...audit })
  .meta({ title: 'ProviderUser' });

export const employerBodySchema = z.strictObject({ providerId: idSchema, name });
export const employerSchema = z
  .object({ employerId: idSchema, providerId: idSchema, name, products: z.array(z.literal('290')), ...audit })
  .meta({ title: 'Employer' });

export const departmentBodySchema = z.strictObject({ name });
export const departmentSchema = z
  .object({ employerId: idSchema, departmentId: idSchema, name, ...audit })
  .meta({ title: 'Department' });

export const employerUserBodySchema = z.strictObject({
  email: z.email().max(254),
  name,
  locale: locale.default('nl'),
  departmentIds: z.array(idSchema).max(500).default([]),
  isDepartmentManager: z.boolean().default(false),
  active: z.boolean().default(true),
});
export const employerUserSchema = employerUserBodySchema
  .extend({ employerId: idSchema, userId: idSchema, ...audit })
  .meta({ title: 'EmployerUser' });

const optionalDate = dateSchema.nullable().optional();

/** An end date may not lie before its start date (both YYYY-MM-DD, so strings compare as dates). */
const endNotBeforeStart = (start: string | null | undefined, end: string | null | undefined) =>
  !start || !end || end >= start;

const uniqueBy =
  <T>(field: keyof T) =>
  (items: T[] | undefined) =>
    !items || new Set(items.map((i) => i[field])).size === items.length;

const contractSchema = z
  .strictObject({
    contractId: idSchema,
    startDate: dateSchema,
    endDate: optionalDate,
    type: z.enum(['fixedTerm', 'permanent']),
  })
  .refine((c) => endNotBeforeStart(c.startDate, c.endDate), {
    message: 'endDate is before startDate',
    path: ['endDate'],
  });

const absenceSchema = z
  .strictObject({
    absenceId: idSchema,
    startDate: dateSchema.describe('The first sick day.'),
    endDate: optionalDate.describe(
      'The recovery date: the first day the employee is no longer sick (so the last sick day is the day before). Null or absent while the absence is open. Overlapping records count as one period: a day is a sick day at most once.',
    ),
  })
  .refine((a) => endNotBeforeStart(a.startDate, a.endDate), {
    message: 'endDate is before startDate',
    path: ['endDate'],
  });

const employeeShape = {
  employeeNumber: z.string().trim().min(1).max(32).optional(),
  firstName: z.string().trim().max(100).default(''),
  lastName: z.string().trim().min(1).max(100),
  birthDate: dateSchema,
  deceasedDate: optionalDate,
  marriageDate: optionalDate,
  departmentId: idSchema.nullable().optional(),
  employment: z
    .strictObject({
      startDate: dateSchema,
      historicalStartDate: optionalDate,
      endDate: optionalDate,
      probationEndDate: optionalDate,
    })
    .refine((e) => endNotBeforeStart(e.startDate, e.endDate), {
      message: 'endDate is before startDate',
      path: ['endDate'],
    })
    .refine((e) => endNotBeforeStart(e.historicalStartDate, e.startDate), {
      message: 'historicalStartDate is after startDate',
      path: ['historicalStartDate'],
    })
    .refine((e) => endNotBeforeStart(e.startDate, e.probationEndDate), {
      message: 'probationEndDate is before startDate',
      path: ['probationEndDate'],
    }),
  contracts: z
    .array(contractSchema)
    .max(50)
    .default([])
    .refine(uniqueBy('contractId'), 'contractId must be unique'),
  nextPayScaleIncreaseDate: optionalDate,
  idDocumentExpiryDate: optionalDate,
  residencePermitExpiryDate: optionalDate,
  absences: z
    .array(absenceSchema)
    .max(50)
    .default([])
    .refine(uniqueBy('absenceId'), 'absenceId must be unique'),
};

const deceasedAfterBirth = (e: { birthDate: string; deceasedDate?: string | null }) =>
  endNotBeforeStart(e.birthDate, e.deceasedDate);
const deceasedIssue = { message: 'deceasedDate is before birthDate', path: ['deceasedDate'] };

export const employeeBodySchema = z.strictObject(employeeShape).refine(deceasedAfterBirth, deceasedIssue);

/** A batch item: the employee body with its id. */
export const employeeBatchItemSchema = z
  .strictObject({ employeeId: idSchema, ...employeeShape })
  .refine(deceasedAfterBirth, deceasedIssue);

export type EmployeeBody = z.infer<typeof employeeBodySchema>;

export const employeeSchema = z
  .object({ employerId: idSchema, employeeId: idSchema, ...audit, ...employeeShape })
  .meta({ title: 'Employee' });

// The stored employee is what the rules read: the schema must produce one.
export type StoredEmployee = EmployeeBody & { employeeId: string };
const employeeFitsDomain = (e: StoredEmployee): Employee => e;
void employeeFitsDomain;

export const employeeBatchBodySchema = z.strictObject({
  upsert: z.array(employeeBatchItemSchema).default([]),
  delete: z.array(idSchema).default([]),
});

export const employeeBatchResultSchema = z.object({
  items: z.array(
    z.object({
      employeeId: idSchema,
      operation: z.enum(['upsert', 'delete']),
      result: z.enum(['created', 'updated', 'deleted', 'absent']),
    }),
  ),
});
