import type { SignalType } from '../../../shared/domain/catalogue.js';
import { type Day, formatDay, toDay } from '../../../shared/domain/dates.js';
import type { Employee } from '../../../shared/domain/employee.js';
import { type CustomSignal, prepareCustomSignal } from '../../../shared/domain/rules/custom-signals.js';
import {
  type DueSignal,
  dueSignals,
  type EmployerSnapshot,
  eventsOf,
  type Recipient,
} from '../../../shared/domain/rules/evaluate.js';
import { prepareEmployee } from '../../../shared/domain/rules/prepare.js';
import type { SignalSetting } from '../../../shared/domain/settings.js';

let n = 0;
export function anEmployee(overrides: Partial<Employee> = {}): Employee {
  n += 1;
  return {
    employeeId: `x${n}`,
    firstName: 'Anna',
    lastName: 'de Vries',
    birthDate: '1980-06-15',
    employment: { startDate: '2000-01-01' },
    ...overrides,
  };
}

/** Every event date (YYYY-MM-DD) a type yields for an employee between two dates. */
export function events(
  type: SignalType,
  employee: Employee,
  from: string,
  to: string,
  custom: CustomSignal[] = [],
): string[] {
  const out: Array<[string, Day]> = [];
  eventsOf(
    type,
    prepareEmployee(employee),
    custom.map(prepareCustomSignal),
    toDay(from),
    toDay(to),
    (subject, day) => out.push([subject, day]),
  );
  return out.sort((a, b) => a[1] - b[1]).map(([, d]) => formatDay(d));
}

export function subjects(type: SignalType, employee: Employee, from: string, to: string): string[] {
  const out: string[] = [];
  eventsOf(type, prepareEmployee(employee), [], toDay(from), toDay(to), (subject, day) =>
    out.push(`${subject}@${formatDay(day)}`),
  );
  return out;
}

/** One employer's snapshot of these employees (and their custom signals), as evaluation prepares it. */
export const snapshot = (
  employees: Employee[],
  custom: Parameters<typeof prepareCustomSignal>[0][] = [],
): EmployerSnapshot => ({
  employerId: 'e1',
  employees: employees.map((e) => prepareEmployee(e)),
  customSignals: new Map(
    employees.map((e) => [
      e.employeeId,
      custom.filter((c) => c.employeeId === e.employeeId).map(prepareCustomSignal),
    ]),
  ),
});

/** A recipient `u1` with these settings and departments. */
export const recipient = (settings: SignalSetting[], departmentIds: string[] = []): Recipient => ({
  recipientId: 'u1',
  settings,
  departmentIds: new Set(departmentIds),
});

/** The signals one run on a date creates for these recipients. */
export const run = (snap: EmployerSnapshot, recipients: Recipient[], date: string | Day, catchUp = 7) => {
  const out: DueSignal[] = [];
  dueSignals(snap, recipients, typeof date === 'number' ? date : toDay(date), catchUp, (s) => out.push(s));
  return out;
};

/** A signal setting with the defaults of the API (no e-mail, all departments). */
export const setting = (
  signalType: SignalType,
  daysBefore: number[],
  extra: Partial<SignalSetting> = {},
): SignalSetting => ({
  signalType,
  daysBefore,
  email: false,
  departmentsOnly: false,
  ...extra,
});
