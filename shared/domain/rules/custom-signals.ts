import { addMonths, type Day, parseDay } from '../dates.js';
import type { EventSink } from './event-rules.js';

/** A custom signal (eigen signaal) a user recorded on an employee. */
export interface CustomSignal {
  customSignalId: string;
  employeeId: string;
  date: string;
  text: string;
  expiryDate?: string | null;
  recurrence?: { every: number; unit: 'days' | 'weeks' | 'months' | 'years'; count: number } | null;
}

export interface PreparedCustomSignal {
  signal: CustomSignal;
  first: Day;
  expiry: Day | undefined;
}

export const prepareCustomSignal = (signal: CustomSignal): PreparedCustomSignal => ({
  signal,
  first: parseDay(signal.date)!,
  expiry: signal.expiryDate ? parseDay(signal.expiryDate) : undefined,
});

/** The i-th occurrence, counted from the first date (so month ends clamp without drifting). */
function occurrence(first: Day, i: number, recurrence: NonNullable<CustomSignal['recurrence']>): Day {
  const n = i * recurrence.every;
  switch (recurrence.unit) {
    case 'days':
      return first + n;
    case 'weeks':
      return first + 7 * n;
    case 'months':
      return addMonths(first, n);
    case 'years':
      return addMonths(first, 12 * n);
  }
}

/** Occurrences in [from, to]: the first date, then `count` repetitions, none after the expiry date. */
export function customOccurrences(c: PreparedCustomSignal, from: Day, to: Day, emit: EventSink): void {
  const r = c.signal.recurrence;
  const count = r ? r.count : 0;
  for (let i = 0; i <= count; i++) {
    const date = r ? occurrence(c.first, i, r) : c.first;
    if (c.expiry !== undefined && date > c.expiry) break;
    if (date > to) break;
    if (date >= from) emit(`custom:${c.signal.customSignalId}`, date);
  }
}
