import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SIGNAL_TYPES } from '../../../shared/domain/catalogue.js';
import { type Day, formatDay, toDay } from '../../../shared/domain/dates.js';
import type { Employee } from '../../../shared/domain/employee.js';
import { recipient, run, snapshot } from './builders.js';

const dateIn = (from: string, to: string) => fc.integer({ min: toDay(from), max: toDay(to) }).map(formatDay);
const arbEmployee = fc
  .record({
    birthDate: dateIn('1955-01-01', '2010-12-31'),
    marriageDate: fc.option(dateIn('1975-01-01', '2026-12-31'), { nil: undefined }),
    start: dateIn('1990-01-01', '2027-06-30'),
    contractStarts: fc.array(dateIn('2022-01-01', '2027-06-30'), { maxLength: 3 }),
    contractDays: fc.array(fc.integer({ min: 1, max: 800 }), { minLength: 3, maxLength: 3 }),
    absenceStart: fc.option(dateIn('2025-01-01', '2027-06-30'), { nil: undefined }),
    absenceDays: fc.option(fc.integer({ min: 1, max: 400 }), { nil: undefined }),
  })
  .map(
    (r, i = 0): Employee => ({
      employeeId: `x${r.birthDate}${r.start}`,
      firstName: 'P',
      lastName: 'Q',
      birthDate: r.birthDate,
      ...(r.marriageDate ? { marriageDate: r.marriageDate } : {}),
      employment: { startDate: r.start, probationEndDate: formatDay(toDay(r.start) + 60) },
      contracts: r.contractStarts.map((s, j) => ({
        contractId: `c${j}`,
        startDate: s,
        endDate: formatDay(toDay(s) + (r.contractDays[j] ?? 100)),
        type: 'fixedTerm' as const,
      })),
      absences: r.absenceStart
        ? [
            {
              absenceId: 'a1',
              startDate: r.absenceStart,
              endDate: r.absenceDays ? formatDay(toDay(r.absenceStart) + r.absenceDays) : null,
            },
          ]
        : [],
      nextPayScaleIncreaseDate: formatDay(toDay(r.start) + 365 + i),
    }),
  );
const arbSettings = fc.uniqueArray(
  fc.record({
    signalType: fc.constantFrom(...SIGNAL_TYPES.filter((t) => t !== 'CUSTOM')),
    daysBefore: fc.uniqueArray(fc.integer({ min: -365, max: 730 }), { minLength: 1, maxLength: 3 }),
    email: fc.boolean(),
    departmentsOnly: fc.constant(false),
  }),
  { selector: (s) => s.signalType, minLength: 1, maxLength: 6 },
);

describe('Properties of the due rule', () => {
  it('no signal is due before its signal date, nor after max(E, S) + catchUpDays', () => {
    fc.assert(
      fc.property(
        fc.array(arbEmployee, { minLength: 1, maxLength: 4 }),
        arbSettings,
        dateIn('2026-01-01', '2027-12-31'),
        (employees, settings, runDate) => {
          for (const s of run(snapshot(employees), [recipient(settings)], runDate)) {
            expect(s.signalDate <= runDate).toBe(true);
            const E = toDay(s.eventDate);
            const S = toDay(s.signalDate);
            expect(toDay(runDate) <= Math.max(E, S) + 7).toBe(true);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('runs on a year of days with gaps up to catchUpDays, and reruns of past days, create each identity at most once, never lose an event, and add nothing on a rerun', () => {
    fc.assert(
      fc.property(
        fc.array(arbEmployee, { minLength: 1, maxLength: 3 }),
        arbSettings,
        fc.array(fc.integer({ min: 1, max: 8 }), { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        (employees, settings, steps, seed) => {
          const s = snapshot(employees);
          const r = [recipient(settings)];
          const first = toDay('2026-01-01');
          const last = first + 365;
          const eventOf = (id: string) => id.split('|').slice(0, -1).join('|');
          const offsetOf = (id: string) => Number(id.split('|').at(-1));
          // Runs in date order, as the storage does them: the conditional write, and an offset
          // overtaken for good once a nearer one of the same event was created.
          const simulate = (schedule: Day[]) => {
            const created = new Map<string, number>();
            const nearest = new Map<string, number>();
            const perRun: number[] = [];
            for (const d of schedule) {
              const thisRun = run(s, r, d).map((sig) => sig.identity);
              expect(new Set(thisRun).size).toBe(thisRun.length); // no duplicate within a run
              let added = 0;
              for (const id of thisRun) {
                if (created.has(id)) continue;
                if ((nearest.get(eventOf(id)) ?? Number.POSITIVE_INFINITY) < offsetOf(id)) continue;
                created.set(id, (created.get(id) ?? 0) + 1);
                nearest.set(
                  eventOf(id),
                  Math.min(nearest.get(eventOf(id)) ?? Number.POSITIVE_INFINITY, offsetOf(id)),
                );
                added += 1;
              }
              perRun.push(added);
            }
            return { created, perRun };
          };
          const daily = simulate(Array.from({ length: last - first + 1 }, (_, i) => first + i));
          // A schedule with gaps of up to 7 missed days (steps of 1..8), the ends included.
          const days: Day[] = [first];
          for (let i = 0; ; i++) {
            const next = days[days.length - 1]! + steps[i % steps.length]!;
            if (next >= last) break;
            days.push(next);
          }
          days.push(last);
          let x = seed;
          const rand = () => {
            x = (x * 1103515245 + 12345) % 2 ** 31;
            return x / 2 ** 31;
          };
          // Now and then, after a run, a rerun of a day already run.
          const schedule: Day[] = [];
          const isRerun: boolean[] = [];
          days.forEach((d, i) => {
            schedule.push(d);
            isRerun.push(false);
            if (rand() < 0.2) {
              schedule.push(days[Math.floor(rand() * (i + 1))]!);
              isRerun.push(true);
            }
          });
          const gappy = simulate(schedule);
          expect([...gappy.created.values()].every((n) => n === 1)).toBe(true);
          gappy.perRun.forEach((added, i) => {
            if (isRerun[i]) expect(added).toBe(0);
          });
          for (const id of gappy.created.keys()) expect(daily.created.has(id)).toBe(true);
          // Nothing lost: every event the daily runs signal gets its nearest offset.
          const nearestDaily = new Map<string, string>();
          for (const id of daily.created.keys()) {
            const prev = nearestDaily.get(eventOf(id));
            if (!prev || offsetOf(id) < offsetOf(prev)) nearestDaily.set(eventOf(id), id);
          }
          for (const id of nearestDaily.values()) expect(gappy.created.has(id)).toBe(true);
        },
      ),
      { numRuns: 40 },
    );
  });
});
