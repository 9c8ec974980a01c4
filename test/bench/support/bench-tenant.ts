import pLimit from 'p-limit';
import type { AppDeps } from '../../../shared/app/deps.js';
import { formatDay, toDay } from '../../../shared/domain/dates.js';
import type { Employee } from '../../../shared/domain/employee.js';
import { type SignalSetting, withDefaults } from '../../../shared/domain/settings.js';

let seed = 7;
const rand = (n: number) => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed % n;
};

function employee(i: number, today: number): Employee {
  const day = (from: number, span: number) => formatDay(from + rand(span));
  const contractStart = today - 200 - rand(300);
  return {
    employeeId: `x${i}`,
    firstName: 'Anna',
    lastName: `Jansen ${i}`,
    birthDate: day(toDay('1960-01-01'), 16_000),
    marriageDate: rand(2) ? day(toDay('1980-01-01'), 15_000) : null,
    departmentId: `d${rand(3)}`,
    employment: { startDate: day(toDay('1995-01-01'), 11_000) },
    contracts: [
      {
        contractId: 'c1',
        startDate: formatDay(contractStart),
        endDate: formatDay(contractStart + 365),
        type: 'fixedTerm',
      },
    ],
    nextPayScaleIncreaseDate: day(today, 365),
    idDocumentExpiryDate: day(today - 100, 2000),
    absences: rand(25) === 0 ? [{ absenceId: 'a1', startDate: day(today - 400, 400), endDate: null }] : [],
  };
}

/** The provider default of the benchmark: eight signal types, e-mail on contract ends. */
export function benchSettings(offset: number | undefined): SignalSetting[] {
  return [
    'BIRTHDAY',
    'CONTRACT_END',
    'NOTICE_DEADLINE',
    'PAY_SCALE_INCREASE',
    'ID_DOCUMENT_EXPIRY',
    'ABSENCE_WEEK_6',
    'WEDDING_ANNIVERSARY',
    'SERVICE_ANNIVERSARY',
  ].map((signalType) =>
    withDefaults({
      signalType: signalType as 'BIRTHDAY',
      email: signalType === 'CONTRACT_END',
      ...(offset !== undefined ? { daysBefore: [offset] } : {}),
    }),
  );
}

/**
 * Seeds one provider with `employers` employers (product 290) of `employees` employees, 3 users
 * each with the provider default, and an admin with no signals (whom legal deadlines escalate to).
 */
export async function seedBenchTenant(
  deps: AppDeps,
  options: { employers: number; employees: number; today: string; offset: number | undefined },
) {
  const audit = { by: 'bench', at: `${options.today}T05:00:00.000Z` };
  const today = toDay(options.today);
  const providerId = 'bench-p';
  await deps.store.put({ kind: 'provider', providerId }, { providerId, name: 'Bench' }, audit, {});
  await deps.store.put(
    { kind: 'providerDefaultSettings', providerId },
    { providerId, signals: benchSettings(options.offset) },
    audit,
    {},
  );
  const limit = pLimit(8);
  await Promise.all(
    Array.from({ length: options.employers }, (_, e) =>
      limit(async () => {
        const employerId = `bench-e${e}`;
        await deps.store.put(
          { kind: 'employer', employerId },
          { employerId, providerId, name: `Werkgever ${e}` },
          audit,
          {},
        );
        await deps.store.setProduct290(employerId, true, audit);
        for (let u = 0; u < 3; u++) {
          const userId = `u${u}`;
          await deps.store.put(
            { kind: 'employerUser', employerId, userId },
            {
              employerId,
              userId,
              email: `${employerId}-${userId}@example.nl`,
              name: `User ${u}`,
              locale: 'nl',
              departmentIds: ['d0'],
              isDepartmentManager: u === 2,
              active: true,
            },
            audit,
            {},
          );
        }
        // The employer's admin: no signals of its own, so it is whom legal deadlines escalate to.
        await deps.store.put(
          { kind: 'employerUser', employerId, userId: 'admin' },
          {
            employerId,
            userId: 'admin',
            email: `${employerId}-admin@example.nl`,
            name: 'Admin',
            locale: 'nl',
            departmentIds: [],
            isDepartmentManager: false,
            admin: true,
            active: true,
          },
          audit,
          {},
        );
        await deps.store.put(
          { kind: 'employerUserSettings', employerId, userId: 'admin' },
          { providerId, employerId, userId: 'admin', mode: 'none' },
          audit,
          {},
        );
        for (let b = 0; b < options.employees; b += 100) {
          const batch = Array.from({ length: Math.min(100, options.employees - b) }, (_, i) =>
            employee(e * options.employees + b + i, today),
          );
          await deps.store.batchEmployees(
            employerId,
            batch.map((x) => ({ employeeId: x.employeeId, data: { employerId, ...x } })),
            [],
            audit,
          );
        }
      }),
    ),
  );
  return { providerId };
}
