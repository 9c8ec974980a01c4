import { localDateOf } from '../domain/dates.js';
import type { Clock } from './ports.js';

export const systemClock: Clock = {
  now: () => new Date(),
  today: () => localDateOf(new Date()),
};

/** A clock fixed at one instant, for tests and for time travel. */
export function fixedClock(instant: Date): Clock {
  return { now: () => new Date(instant), today: () => localDateOf(instant) };
}
