import * as z from 'zod';
import type { Employee } from '../../domain/employee.js';
import { audit, dateSchema, idSchema, ids } from './common.js';

const name = z.string().trim().min(1).max(200).describe('Display name, 1-200 characters (trimmed).');
const email = z
  .email()
  .max(254)
  .describe('Where the digest e-mails go.')
  .meta({ example: 'p.devries@example.nl' });
const locale = z
  .enum(['nl', 'en'])
  .describe('Language of e-mails and signal names for this user; `nl` when absent.');
const admin = z
  .boolean()
  .default(false)
  .describe(
    "Grants nothing (rights come from the token): it says whom escalations to `employerAdmins` and notices to the provider's admins reach. `false` when absent.",
  );
const active = z
  .boolean()
  .default(true)
  .describe('An inactive user gets no signals and no e-mail (its settings are kept); `true` when absent.');

const AUDIT_EXAMPLE = {
  createdAt: '2026-01-05T09:12:44.000Z',
  updatedAt: '2026-11-02T14:03:10.000Z',
  updatedBy: 'u-1042',
};

export const providerBodySchema = z
  .strictObject({ name: name.meta({ example: 'Acme Accountants' }) })
  .meta({ examples: [{ name: 'Acme Accountants' }] });
export const providerSchema = z.object({ providerId: ids.providerId, name, ...audit }).meta({
  title: 'Provider',
  examples: [{ providerId: 'acme', name: 'Acme Accountants', ...AUDIT_EXAMPLE }],
});

const PROVIDER_USER_EXAMPLE = {
  email: 'p.devries@acme.example',
  name: 'Petra de Vries',
  locale: 'nl',
  employerIds: ['bakkerij-jansen'],
  admin: false,
  active: true,
};
export const providerUserBodySchema = z
  .strictObject({
    email,
    name,
    locale: locale.default('nl'),
    employerIds: z
      .array(ids.employerId)
      .max(1000)
      .optional()
      .describe(
        "The employers this user works for: they get signals of these employers only. Absent: all the provider's employers.",
      ),
    admin,
    active,
  })
  .meta({ examples: [PROVIDER_USER_EXAMPLE] });
export const providerUserSchema = providerUserBodySchema
  .extend({ providerId: ids.providerId, userId: ids.userId, ...audit })
  .meta({
    title: 'ProviderUser',
    examples: [{ ...PROVIDER_USER_EXAMPLE, providerId: 'acme', userId: 'u-1042', ...AUDIT_EXAMPLE }],
  });

export const employerBodySchema = z
  .strictObject({
    providerId: ids.providerId.describe('The provider this employer is a client of; cannot change once set.'),
    name,
  })
  .meta({ examples: [{ providerId: 'acme', name: 'Bakkerij Jansen B.V.' }] });
export const employerSchema = z
  .object({
    employerId: ids.employerId,
    providerId: ids.providerId,
    name,
    products: z
      .array(z.literal('290'))
      .describe('Active products; `290` (Signaleringen) must be active for the employer to be evaluated.'),
    ...audit,
  })
  .meta({
    title: 'Employer',
    examples: [
      {
        employerId: 'bakkerij-jansen',
        providerId: 'acme',
        name: 'Bakkerij Jansen B.V.',
        products: ['290'],
        ...AUDIT_EXAMPLE,
      },
    ],
  });

export const departmentBodySchema = z.strictObject({ name }).meta({ examples: [{ name: 'Verkoop' }] });
export const departmentSchema = z
  .object({ employerId: ids.employerId, departmentId: ids.departmentId, name, ...audit })
  .meta({
    title: 'Department',
    examples: [{ employerId: 'bakkerij-jansen', departmentId: 'sales', name: 'Verkoop', ...AUDIT_EXAMPLE }],
  });

const EMPLOYER_USER_EXAMPLE = {
  email: 'k.jansen@bakkerij-jansen.example',
  name: 'Karin Jansen',
  locale: 'nl',
  departmentIds: ['sales'],
  isDepartmentManager: true,
  admin: false,
  active: true,
};
export const employerUserBodySchema = z
  .strictObject({
    email,
    name,
    locale: locale.default('nl'),
    departmentIds: z
      .array(ids.departmentId)
      .max(500)
      .default([])
      .describe('The departments this user manages (for settings with `departmentsOnly`); `[]` when absent.'),
    isDepartmentManager: z
      .boolean()
      .default(false)
      .describe(
        'A department manager sees only the employees of `departmentIds` (in lists and signals); `false` when absent.',
      ),
    admin,
    active,
  })
  .meta({ examples: [EMPLOYER_USER_EXAMPLE] });
export const employerUserSchema = employerUserBodySchema
  .extend({ employerId: ids.employerId, userId: ids.userId, ...audit })
  .meta({
    title: 'EmployerUser',
    examples: [
      { ...EMPLOYER_USER_EXAMPLE, employerId: 'bakkerij-jansen', userId: 'u-2001', ...AUDIT_EXAMPLE },
    ],
  });

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
    contractId: idSchema.describe('The contract, unique within the employee.').meta({ example: 'c-2026' }),
    startDate: dateSchema.describe('The first day of the contract.'),
    endDate: optionalDate.describe(
      'The last day of the contract (inclusive). Null or absent: no end date (permanent, or not yet known).',
    ),
    type: z
      .enum(['fixedTerm', 'permanent'])
      .describe('`fixedTerm` (bepaalde tijd) or `permanent` (onbepaalde tijd).'),
  })
  .refine((c) => endNotBeforeStart(c.startDate, c.endDate), {
    message: 'endDate is before startDate',
    path: ['endDate'],
  });

const absenceSchema = z
  .strictObject({
    absenceId: idSchema
      .describe('The sickness absence, unique within the employee.')
      .meta({ example: 'ab-1' }),
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
  employeeNumber: z
    .string()
    .trim()
    .min(1)
    .max(32)
    .optional()
    .describe("The payroll's personnel number, shown beside the name.")
    .meta({ example: '1001' }),
  firstName: z
    .string()
    .trim()
    .max(100)
    .default('')
    .describe("First name; '' when absent.")
    .meta({ example: 'Jan' }),
  lastName: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .describe('Last name, with any prefix (tussenvoegsel).')
    .meta({ example: 'de Boer' }),
  birthDate: dateSchema.describe(
    'Date of birth: birthdays, jubilee ages and the state-pension age follow from it.',
  ),
  deceasedDate: optionalDate.describe(
    'Date of death; null or absent while alive. No signals are made for days after it.',
  ),
  marriageDate: optionalDate.describe(
    'Date of marriage, for the wedding-anniversary signal; null or absent: none.',
  ),
  departmentId: ids.departmentId
    .nullable()
    .optional()
    .describe(
      'The department the employee works in; null or absent: none (department managers do not see them).',
    ),
  employment: z
    .strictObject({
      startDate: dateSchema.describe('The first day of the current employment.'),
      historicalStartDate: optionalDate.describe(
        'The first day of service counted for jubilees when it lies before `startDate` (an earlier employment that counts); null or absent: `startDate`.',
      ),
      endDate: optionalDate.describe('The last day of employment (inclusive); null or absent: open-ended.'),
      probationEndDate: optionalDate.describe('The last day of the probation period; null or absent: none.'),
    })
    .describe('The employment (dienstverband): the dates its signals count from.')
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
    .refine(uniqueBy('contractId'), 'contractId must be unique')
    .describe(
      'The contracts, up to 50 with distinct ids; `[]` when absent. Contract-end and notice signals follow the fixed-term ones.',
    ),
  nextPayScaleIncreaseDate: optionalDate.describe(
    'When the next pay-scale step (periodiek) is due; null or absent: none.',
  ),
  idDocumentExpiryDate: optionalDate.describe(
    'When the identity document expires; null or absent: not recorded.',
  ),
  residencePermitExpiryDate: optionalDate.describe(
    'When the residence permit expires; null or absent: none needed or not recorded.',
  ),
  absences: z
    .array(absenceSchema)
    .max(50)
    .default([])
    .refine(uniqueBy('absenceId'), 'absenceId must be unique')
    .describe(
      'Sickness absences, up to 50 with distinct ids; `[]` when absent. The Wet Poortwachter milestones count from the first sick day of a period.',
    ),
};

const EMPLOYEE_EXAMPLE = {
  employeeNumber: '1001',
  firstName: 'Jan',
  lastName: 'de Boer',
  birthDate: '1961-03-14',
  deceasedDate: null,
  marriageDate: '1990-06-01',
  departmentId: 'sales',
  employment: {
    startDate: '2024-01-01',
    historicalStartDate: null,
    endDate: null,
    probationEndDate: '2024-01-31',
  },
  contracts: [{ contractId: 'c-2026', startDate: '2026-01-01', endDate: '2026-12-31', type: 'fixedTerm' }],
  nextPayScaleIncreaseDate: '2027-01-01',
  idDocumentExpiryDate: '2029-05-20',
  residencePermitExpiryDate: null,
  absences: [{ absenceId: 'ab-1', startDate: '2026-10-12', endDate: null }],
};

const deceasedAfterBirth = (e: { birthDate: string; deceasedDate?: string | null }) =>
  endNotBeforeStart(e.birthDate, e.deceasedDate);
const deceasedIssue = { message: 'deceasedDate is before birthDate', path: ['deceasedDate'] };

export const employeeBodySchema = z
  .strictObject(employeeShape)
  .refine(deceasedAfterBirth, deceasedIssue)
  .meta({ examples: [EMPLOYEE_EXAMPLE] });

/** A batch item: the employee body with its id. */
export const employeeBatchItemSchema = z
  .strictObject({ employeeId: ids.employeeId, ...employeeShape })
  .refine(deceasedAfterBirth, deceasedIssue);

export type EmployeeBody = z.infer<typeof employeeBodySchema>;

export const employeeSchema = z
  .object({ employerId: ids.employerId, employeeId: ids.employeeId, ...audit, ...employeeShape })
  .meta({
    title: 'Employee',
    examples: [
      { employerId: 'bakkerij-jansen', employeeId: 'emp-1001', ...AUDIT_EXAMPLE, ...EMPLOYEE_EXAMPLE },
    ],
  });

// The stored employee is what the rules read: the schema must produce one.
export type StoredEmployee = EmployeeBody & { employeeId: string };
const employeeFitsDomain = (e: StoredEmployee): Employee => e;
void employeeFitsDomain;

export const employeeBatchBodySchema = z
  .strictObject({
    upsert: z
      .array(employeeBatchItemSchema)
      .default([])
      .describe('Employees to create or replace, each with its `employeeId`; `[]` when absent.'),
    delete: z
      .array(ids.employeeId)
      .default([])
      .describe('Employees to delete; one that does not exist is reported `absent`. `[]` when absent.'),
  })
  .meta({ examples: [{ upsert: [{ employeeId: 'emp-1001', ...EMPLOYEE_EXAMPLE }], delete: ['emp-0999'] }] });

export const employeeBatchResultSchema = z
  .object({
    items: z
      .array(
        z.object({
          employeeId: ids.employeeId,
          operation: z.enum(['upsert', 'delete']).describe('What the batch asked for this employee.'),
          result: z
            .enum(['created', 'updated', 'deleted', 'absent'])
            .describe('What it did: `absent` is a delete of an employee that did not exist.'),
        }),
      )
      .describe('One item per employee of the batch, upserts first, in the order given.'),
  })
  .meta({
    examples: [
      {
        items: [
          { employeeId: 'emp-1001', operation: 'upsert', result: 'updated' },
          { employeeId: 'emp-0999', operation: 'delete', result: 'absent' },
        ],
      },
    ],
  });
