import type { SignalType } from '../../../shared/domain/catalogue.js';
import { type Day, formatDay, toDay } from '../../../shared/domain/dates.js';
import type { Employee } from '../../../shared/domain/employee.js';
import { type CustomSignal, prepareCustomSignal } from '../../../shared/domain/rules/custom-signals.js';
import { eventsOf } from '../../../shared/domain/rules/evaluate.js';
import { prepareEmployee } from '../../../shared/domain/rules/prepare.js';

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
