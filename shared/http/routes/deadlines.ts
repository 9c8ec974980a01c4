import * as z from 'zod';
import {
  DEADLINE_STATUSES,
  employerDeadlines,
  providerDeadlines,
} from '../../app/deadlines/deadline-overview.js';
import { ValidationError } from '../../domain/errors.js';
import { listOf } from '../handlers/resource.js';
import { defineRoute } from '../route.js';
import { signalTypeCodeSchema } from '../schemas/catalogue.js';
import { dateSchema, ids, pageOf, pageQuery, pathOf } from '../schemas/common.js';
import { userOfTenantSchema } from '../schemas/signals.js';
import { allowed, grants } from './access.js';

const DEADLINE_EXAMPLE = {
  eventId: 'NOTICE_DEADLINE#emp-1001#contract:c1#2027-02-28',
  signalType: 'NOTICE_DEADLINE',
  employeeId: 'emp-1001',
  employeeName: 'Jan de Boer',
  eventDate: '2027-02-28',
  legalDate: '2027-02-28',
  legalBasis: 'art. 7:668 BW (aanzegplicht)',
  status: 'open',
  recipients: [{ userType: 'employer', userId: 'u-1042' }],
  handled: null,
  escalations: [],
  unescalated: false,
};

const deadlineSchema = z
  .object({
    eventId: z.string().describe('The event: its type, employee, subject and event date (stable).'),
    signalType: signalTypeCodeSchema.describe('The signal type of the event (see `GET /v1/signal-types`).'),
    employeeId: ids.employeeId,
    employeeName: z
      .string()
      .optional()
      .describe(
        'The employee; absent on health events, which name nobody here (the signal list has the details).',
      ),
    eventDate: dateSchema.describe("The signal's event date (the milestone, the notice deadline…)."),
    legalDate: dateSchema.describe('The date the law attaches a consequence to.'),
    legalBasis: z.string().describe('The article or regulation.'),
    status: z
      .enum(DEADLINE_STATUSES)
      .describe(
        '`handled`: somebody with a signal of it handled the event; `escalated`: not handled, and a level of the escalation policy fired (`escalations`); `unassigned`: nobody has this type on for this employee; `open`: none of these; `withdrawn`: the data no longer yields the event (e.g. a contract extended), after it had signals handled or escalated.',
      ),
    recipients: z
      .array(userOfTenantSchema)
      .describe('The users whose settings cover it: they get (or got) its signal when it is due.'),
    handled: z
      .object({
        by: z.string().describe('Who handled it (a `sub`).'),
        at: z.string().describe('When (UTC).'),
        note: z.string().nullable().describe('The note given; null: none.'),
      })
      .nullable()
      .describe('The first handling of the event by anybody with a signal of it; null: not yet.'),
    escalations: z
      .array(
        z.object({
          level: z.int().describe('The level that fired (1: the farthest).'),
          at: z.string().describe('When (UTC).'),
          to: z.array(userOfTenantSchema).describe('Whom it reached.'),
        }),
      )
      .describe('The escalation levels fired for the event, in order; empty: none (yet).'),
    unescalated: z
      .boolean()
      .describe(
        'True when a level was due and no level of the policy had anybody who may see this employee: nobody was escalated to.',
      ),
  })
  .meta({
    title: 'Deadline',
    examples: [DEADLINE_EXAMPLE],
  });

const providerDeadlineSchema = deadlineSchema
  .extend({
    employerId: ids.employerId,
    employerName: z.string().describe("The employer's name.").meta({ example: 'Bakkerij Jansen B.V.' }),
  })
  .meta({
    title: 'ProviderDeadline',
    examples: [{ ...DEADLINE_EXAMPLE, employerId: 'bakkerij-jansen', employerName: 'Bakkerij Jansen B.V.' }],
  });

const deadlinesQuerySchema = z.strictObject({
  ...pageQuery,
  from: dateSchema.optional().describe('The first legal date to show; today (Europe/Amsterdam) when absent.'),
  to: dateSchema
    .optional()
    .describe(
      'The last legal date to show, at most 366 days after `from`; 60 days after `from` when absent.',
    ),
  status: z.enum(DEADLINE_STATUSES).optional().describe('Only deadlines in this state.'),
});

/** A page of a list computed whole: the cursor is the position of the next item. */
function pageOfList<T>(items: readonly T[], limit: number, cursor: string | undefined) {
  const start = cursor === undefined ? 0 : Number(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!Number.isInteger(start) || start < 0 || start > items.length) {
    throw new ValidationError('The cursor is not valid for this list.', [
      { path: 'query.cursor', message: 'not a cursor of this list' },
    ]);
  }
  const next =
    start + limit < items.length ? Buffer.from(String(start + limit)).toString('base64url') : undefined;
  return { items: items.slice(start, start + limit), ...(next ? { nextCursor: next } : {}) };
}

export const deadlineRoutes = [
  defineRoute({
    operationId: 'listEmployerDeadlines',
    method: 'GET',
    path: '/v1/employers/{employerId}/deadlines',
    area: 'signals',
    summary: "The employer's legal deadlines in a window, and who has them",
    description:
      'Every legal deadline of the employer with a legal date in the window, computed from its data by the rule engine (whether or not anyone has a signal of it yet), ordered by legal date: the users set to get it, whether its event was handled (by whom, when, with what note), `escalated` with the levels fired (when, to whom), `unassigned` when nobody has that type on for that employee, or `withdrawn` when the data no longer yields an event that was handled or escalated. `unescalated` says no level of the escalation policy reached anybody. Health events name nobody.',
    access: allowed(grants.employerAdmin, grants.providerUsers),
    params: pathOf('employerId'),
    query: deadlinesQuerySchema,
    response: pageOf(deadlineSchema),
    successStatus: 200,
    problems: { productNotActive: true },
    handler: async ({ params, query }, deps) => {
      const { limit, cursor, ...window } = query;
      const deadlines = await employerDeadlines(deps, params.employerId, window);
      return listOf(pageOfList(deadlines, limit, cursor), (d) => d);
    },
  }),
  defineRoute({
    operationId: 'listProviderDeadlines',
    method: 'GET',
    path: '/v1/providers/{providerId}/deadlines',
    area: 'signals',
    summary: "The legal deadlines across the provider's employers in a window",
    description:
      "The deadlines of `GET /v1/employers/{employerId}/deadlines` across every employer with product 290 that the caller serves (a provider user limited to some employers sees those), each with its employer, ordered by legal date: the payroll office's one list of which employers have open deadlines. Each employer's data is read for it, so a narrow window and `status=open` keep it quick.",
    access: allowed(grants.providerUsers),
    params: pathOf('providerId'),
    query: deadlinesQuerySchema,
    response: pageOf(providerDeadlineSchema),
    successStatus: 200,
    handler: async ({ caller, params, query }, deps) => {
      const { limit, cursor, ...window } = query;
      const deadlines = await providerDeadlines(deps, caller, params.providerId, window);
      return listOf(pageOfList(deadlines, limit, cursor), (d) => d);
    },
  }),
];
