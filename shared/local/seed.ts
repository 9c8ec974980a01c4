import type { AppDeps } from '../app/deps.js';
import { SIGNAL_TYPES, type SignalType } from '../domain/catalogue.js';
import { addMonths, type Day, formatDay, toDay } from '../domain/dates.js';
import type { Employee } from '../domain/employee.js';
import { stateAgeDate } from '../domain/rules/event-rules.js';
import { withDefaults } from '../domain/settings.js';

/** The demo tenant's fixed ids: seeding again replaces it, it never doubles. */
export const DEMO = {
  providerId: 'demo-ak',
  bakery: 'demo-bakkerij',
  garage: 'demo-garage',
  providerAdmin: 'ak-beheer',
  /** The payroll office's clerk for the bakery: no signals of its own, reached by escalations. */
  payrollClerk: 'ak-salaris',
  employerAdmin: 'wg-beheer',
  manager: 'wg-manager',
  plainUser: 'wg-medewerker',
  optOut: 'wg-geen-signalen',
} as const;

const SEED_USER = 'seed';

/** A birth date whose AOW date falls `inDays` from today (the table decides 67 or 67 and 3 months). */
function birthForAowIn(today: Day, inDays: number): string {
  const target = today + inDays;
  for (const months of [67 * 12, 67 * 12 + 3]) {
    const birth = addMonths(target, -months);
    if (stateAgeDate(birth) === target) return formatDay(birth);
  }
  return formatDay(addMonths(target, -67 * 12));
}

/** Employees whose dates make every signal type appear within the coming weeks. */
function demoEmployees(today: Day): Employee[] {
  const d = (n: number) => formatDay(today + n);
  const yearsAgo = (n: number, plusDays: number) => formatDay(addMonths(today + plusDays, -12 * n));
  const base = (i: number, dept: string): Employee => ({
    employeeId: `w${String(i).padStart(3, '0')}`,
    employeeNumber: String(1000 + i),
    firstName: ['Anna', 'Bram', 'Chantal', 'Daan', 'Eva', 'Fatima', 'Gijs', 'Hanna', 'Ibrahim', 'Julia'][
      i % 10
    ]!,
    lastName: [
      'de Vries',
      'Jansen',
      'Bakker',
      'Visser',
      'Smit',
      'Meijer',
      'de Boer',
      'Mulder',
      'de Groot',
      'Bos',
    ][(i * 3) % 10]!,
    birthDate: yearsAgo(30 + (i % 25), 90 + i * 7),
    departmentId: dept,
    employment: { startDate: yearsAgo(3 + (i % 8), -40 - i) },
  });
  const list: Employee[] = [
    { ...base(1, 'verkoop'), birthDate: yearsAgo(35, 5) },
    { ...base(2, 'productie'), birthDate: yearsAgo(50, 10) },
    { ...base(3, 'verkoop'), birthDate: yearsAgo(18, 12) },
    { ...base(4, 'productie'), birthDate: birthForAowIn(today, 20) },
    { ...base(5, 'verkoop'), marriageDate: yearsAgo(25, 15) },
    { ...base(6, 'productie'), employment: { startDate: d(14) } },
    { ...base(7, 'verkoop'), employment: { startDate: yearsAgo(4, 0), endDate: d(25) } },
    {
      ...base(8, 'productie'),
      employment: { startDate: yearsAgo(10, 0), historicalStartDate: yearsAgo(25, 20) },
    },
    { ...base(9, 'verkoop'), employment: { startDate: d(-40), probationEndDate: d(20) } },
    {
      ...base(10, 'productie'),
      contracts: [
        { contractId: 'c1', startDate: formatDay(addMonths(today, -7)), endDate: d(50), type: 'fixedTerm' },
      ],
    },
    {
      ...base(11, 'verkoop'),
      employment: { startDate: formatDay(addMonths(today, -30)) },
      contracts: [
        {
          contractId: 'c1',
          startDate: formatDay(addMonths(today, -30)),
          endDate: formatDay(addMonths(today, -18) - 1),
          type: 'fixedTerm',
        },
        {
          contractId: 'c2',
          startDate: formatDay(addMonths(today, -18)),
          endDate: formatDay(addMonths(today, -6) - 1),
          type: 'fixedTerm',
        },
        { contractId: 'c3', startDate: formatDay(addMonths(today, -6)), endDate: d(40), type: 'fixedTerm' },
      ],
    },
    { ...base(12, 'productie'), nextPayScaleIncreaseDate: d(20) },
    { ...base(13, 'verkoop'), idDocumentExpiryDate: d(25) },
    { ...base(14, 'productie'), residencePermitExpiryDate: d(45) },
    { ...base(15, 'verkoop'), absences: [{ absenceId: 'a1', startDate: d(-33), endDate: null }] },
    { ...base(16, 'productie'), absences: [{ absenceId: 'a1', startDate: d(-47), endDate: null }] },
    { ...base(17, 'verkoop'), absences: [{ absenceId: 'a1', startDate: d(-41 * 7 + 10), endDate: null }] },
    { ...base(18, 'productie'), absences: [{ absenceId: 'a1', startDate: d(-51 * 7 + 12), endDate: null }] },
    { ...base(19, 'verkoop'), absences: [{ absenceId: 'a1', startDate: d(-87 * 7 + 14), endDate: null }] },
    { ...base(20, 'productie'), absences: [{ absenceId: 'a1', startDate: d(-90 * 7 + 16), endDate: null }] },
    { ...base(21, 'verkoop'), absences: [{ absenceId: 'a1', startDate: d(-103 * 7 + 18), endDate: null }] },
  ];
  for (let i = 22; i <= 36; i++) list.push(base(i, i % 2 ? 'verkoop' : 'productie'));
  return list;
}

/**
 * Seeds (or replaces) the demo tenant: a provider with an admin, a bakery with product 290 and a
 * garage without, departments, three dozen employees whose dates make every signal type appear
 * in the coming weeks, and employer users of each kind with settings. Idempotent.
 */
export async function seedDemoTenant(deps: AppDeps, today: string) {
  const t = toDay(today);
  const audit = { by: SEED_USER, at: deps.clock.now().toISOString() };
  const put = <T extends object>(ref: Parameters<AppDeps['store']['put']>[0], data: T) =>
    deps.store.put(ref, data, audit, {});
  const { providerId, bakery, garage } = DEMO;

  await put({ kind: 'provider', providerId }, { providerId, name: 'Salarisbureau Jansen' });
  await put(
    { kind: 'providerUser', providerId, userId: DEMO.providerAdmin },
    {
      providerId,
      userId: DEMO.providerAdmin,
      email: 'beheer@jansen-salaris.nl',
      name: 'Petra Jansen',
      locale: 'nl',
      active: true,
    },
  );
  await put(
    { kind: 'providerUser', providerId, userId: DEMO.payrollClerk },
    {
      providerId,
      userId: DEMO.payrollClerk,
      email: 'salaris@jansen-salaris.nl',
      name: 'Ahmed Salaris',
      locale: 'nl',
      employerIds: [bakery],
      active: true,
    },
  );
  await put(
    { kind: 'providerUserSettings', providerId, userId: DEMO.payrollClerk },
    { providerId, userId: DEMO.payrollClerk, mode: 'none' },
  );
  await put(
    { kind: 'providerDefaultSettings', providerId },
    {
      providerId,
      signals: SIGNAL_TYPES.map((signalType) => withDefaults({ signalType, email: true })),
    },
  );
  for (const [employerId, name] of [
    [bakery, 'Bakkerij De Korenbloem'],
    [garage, 'Garage Van Dijk'],
  ] as const) {
    await put({ kind: 'employer', employerId }, { employerId, providerId, name });
    for (const [departmentId, dname] of [
      ['verkoop', 'Verkoop'],
      ['productie', 'Productie'],
    ] as const) {
      await put({ kind: 'department', employerId, departmentId }, { employerId, departmentId, name: dname });
    }
  }
  await deps.store.setProduct290(bakery, true, audit);
  await deps.store.setProduct290(garage, false, audit);

  const users = [
    {
      userId: DEMO.employerAdmin,
      name: 'Karin de Korenbloem',
      email: 'karin@korenbloem.nl',
      departmentIds: [],
      isDepartmentManager: false,
      // Whom unhandled legal deadlines escalate to first (the platform default policy).
      admin: true,
    },
    {
      userId: DEMO.manager,
      name: 'Mark Verkoop',
      email: 'mark@korenbloem.nl',
      departmentIds: ['verkoop'],
      isDepartmentManager: true,
    },
    {
      userId: DEMO.plainUser,
      name: 'Sanne Productie',
      email: 'sanne@korenbloem.nl',
      departmentIds: ['productie'],
      isDepartmentManager: false,
    },
    {
      userId: DEMO.optOut,
      name: 'Tom Geenmail',
      email: 'tom@korenbloem.nl',
      departmentIds: [],
      isDepartmentManager: false,
    },
  ];
  for (const u of users) {
    await put(
      { kind: 'employerUser', employerId: bakery, userId: u.userId },
      { employerId: bakery, locale: 'nl', active: true, ...u },
    );
  }
  const settings = (userId: string, data: object) =>
    put(
      { kind: 'employerUserSettings', employerId: bakery, userId },
      { providerId, employerId: bakery, userId, ...data },
    );
  await settings(DEMO.employerAdmin, {
    mode: 'custom',
    source: 'user',
    // Not the notice deadline: that is the provider default's users' job, escalated to her when unhandled.
    signals: [
      'CONTRACT_END',
      'CHAIN_RULE',
      'EMPLOYMENT_END',
      'ABSENCE_WEEK_6',
      'ABSENCE_WEEK_42',
      'CUSTOM',
    ].map((signalType) =>
      withDefaults({
        signalType: signalType as SignalType,
        email: true,
        daysBefore: [30, 7],
      }),
    ),
  });
  await settings(DEMO.manager, {
    mode: 'custom',
    source: 'user',
    signals: ['BIRTHDAY', 'ABSENCE_WEEK_6', 'ABSENCE_WEEK_8', 'CUSTOM'].map((signalType) =>
      withDefaults({
        signalType: signalType as SignalType,
        email: true,
        departmentsOnly: true,
      }),
    ),
  });
  await settings(DEMO.optOut, { mode: 'none' });

  const employees = demoEmployees(t);
  await deps.store.batchEmployees(
    bakery,
    employees.map((e) => ({ employeeId: e.employeeId, data: { employerId: bakery, ...e } })),
    [],
    audit,
  );
  await deps.store.batchEmployees(
    garage,
    employees.slice(0, 5).map((e) => ({ employeeId: e.employeeId, data: { employerId: garage, ...e } })),
    [],
    audit,
  );
  await put(
    { kind: 'customSignal', employerId: bakery, employeeId: 'w001', customSignalId: 'cs-vog' },
    {
      customSignalId: 'cs-vog',
      employerId: bakery,
      employeeId: 'w001',
      date: formatDay(t + 3),
      text: 'VOG opnieuw aanvragen',
      recurrence: null,
    },
  );
  return { employees: employees.length };
}

/** Whether the demo tenant is there already. */
export async function demoTenantExists(deps: AppDeps) {
  return (await deps.store.get({ kind: 'provider', providerId: DEMO.providerId })) !== undefined;
}

/** Tokens for the demo users, for the start banner and `npm run seed`. */
export async function demoTokens(
  sign: (claims: {
    sub: string;
    user_type: 'platform' | 'provider' | 'employer';
    provider_id?: string;
    employer_id?: string;
    scope: string;
  }) => Promise<string>,
) {
  return {
    platform: await sign({
      sub: 'platform-service',
      user_type: 'platform',
      scope: 'directory:write signals:operate',
    }),
    providerAdmin: await sign({
      sub: DEMO.providerAdmin,
      user_type: 'provider',
      provider_id: DEMO.providerId,
      scope: 'signals:provider-admin signals:use',
    }),
    payrollClerk: await sign({
      sub: DEMO.payrollClerk,
      user_type: 'provider',
      provider_id: DEMO.providerId,
      scope: 'signals:use',
    }),
    employerAdmin: await sign({
      sub: DEMO.employerAdmin,
      user_type: 'employer',
      provider_id: DEMO.providerId,
      employer_id: DEMO.bakery,
      scope: 'signals:employer-admin signals:use',
    }),
    manager: await sign({
      sub: DEMO.manager,
      user_type: 'employer',
      provider_id: DEMO.providerId,
      employer_id: DEMO.bakery,
      scope: 'signals:use',
    }),
    employerUser: await sign({
      sub: DEMO.plainUser,
      user_type: 'employer',
      provider_id: DEMO.providerId,
      employer_id: DEMO.bakery,
      scope: 'signals:use',
    }),
  };
}
