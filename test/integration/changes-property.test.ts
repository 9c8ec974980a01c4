import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { positionOf } from '../../shared/adapters/dynamodb/stream-changes.js';
import type { ItemChange } from '../../shared/app/pipeline/reevaluate-changes.js';
import { addDays, formatDay, toDay } from '../../shared/domain/dates.js';
import { api, uid } from './support/api.js';
import { anEmployee, anEmployerUser, aTenant } from './support/fixtures.js';
import { asLambda, localPipeline } from './support/pipeline.js';

const TODAY = '2027-03-01';
const day = (offset: number) => formatDay(addDays(toDay(TODAY), offset));

/** An employee's data at one moment: a fixed-term contract ending `end` days from today, or none, or deleted. */
type Version = { end: number } | 'permanent' | 'deleted';
const version = fc.oneof(
  // Few end dates, so that a later version often sets one back (a signal withdrawn, then due again).
  { weight: 4, arbitrary: fc.record({ end: fc.constantFrom(-3, 5, 20, 25, 45) }) },
  { weight: 1, arbitrary: fc.constant('permanent' as const) },
  { weight: 1, arbitrary: fc.constant('deleted' as const) },
);

/** A tenant whose employer user gets contract-end signals 30 and 7 days ahead, e-mailed. */
async function contractTenant() {
  const t = await aTenant();
  const userId = uid('u');
  await t.put(`/v1/employers/${t.employerId}/users/${userId}`, anEmployerUser(userId));
  const admin = await t.providerAdmin();
  await api('PUT', `/v1/employers/${t.employerId}/users/${userId}/signal-settings`, {
    token: admin,
    body: { mode: 'custom', signals: [{ signalType: 'CONTRACT_END', daysBefore: [30, 7], email: true }] },
  });
  const write = async (v: Version, employeeId = 'emp-1') => {
    const path = `/v1/employers/${t.employerId}/employees/${employeeId}`;
    if (v === 'deleted') {
      await api('DELETE', path, { token: t.platform });
      return;
    }
    const contracts =
      v === 'permanent'
        ? [{ contractId: 'c1', type: 'permanent', startDate: '2020-01-01' }]
        : [{ contractId: 'c1', type: 'fixedTerm', startDate: '2020-01-01', endDate: day(v.end) }];
    const r = await t.put(path, anEmployee({ contracts }));
    expect(r.status).toBeLessThan(300);
  };
  // A colleague whose data never changes: a change to emp-1 must leave its signals alone.
  await write({ end: 20 }, 'emp-2');
  return { ...t, write };
}

/** The open signals of an employer, by what they are about (not by whom or which run). */
async function openSignals(p: ReturnType<typeof localPipeline>, employerId: string) {
  const items = await p.signalItems(employerId);
  return items
    .filter((s) => s.status === 'unread' || s.status === 'read')
    .map((s) => `${s.employeeId} ${s.signalType} ${s.eventDate} -${s.daysBefore}`)
    .sort();
}

describe('Changes: order and repetition are harmless', () => {
  it('shuffled, late and repeated change records, racing a run, end in the signals of one run on the final data', async () => {
    const p = localPipeline({ today: TODAY });
    await fc.assert(
      fc.asyncProperty(
        fc.array(version, { minLength: 1, maxLength: 5 }),
        // After each write: which of the changes so far the stream hands over (late ones, repeats).
        fc.array(fc.array(fc.nat(), { maxLength: 3 }), { minLength: 5, maxLength: 5 }),
        fc.option(fc.nat({ max: 4 }), { nil: undefined }),
        // The records name the employee (re-evaluating it alone), or the employer as a whole.
        fc.boolean(),
        async (versions, deliveries, runAfter, whole) => {
          const t = await contractTenant();
          const owner = { employerId: t.employerId };
          await asLambda.changes(p.deps, [
            {
              owner,
              employeeId: 'emp-2',
              entity: 'employee',
              sequence: '50',
              position: positionOf('50'),
              removed: false,
            },
          ]);
          const changes: ItemChange[] = [];
          for (const [i, v] of versions.entries()) {
            await t.write(v);
            changes.push({
              owner,
              ...(whole ? { entity: 'employer' } : { employeeId: 'emp-1', entity: 'employee' }),
              sequence: String(100 + i),
              position: positionOf(String(100 + i)),
              removed: false,
            });
            const batch = (deliveries[i] ?? []).map((n) => changes[n % changes.length]!);
            if (runAfter === i) {
              // The moment's run and the stream on one employer at once.
              await Promise.all([p.run(TODAY, [t.employerId]), asLambda.changes(p.deps, batch)]);
            } else {
              await asLambda.changes(p.deps, batch);
            }
          }
          // Every record is delivered at least once: the last one, then the rest, shuffled back.
          await asLambda.changes(p.deps, [changes.at(-1)!, ...changes.slice().reverse()]);

          const reference = await contractTenant();
          await reference.write(versions.at(-1)!);
          await p.run(TODAY, [reference.employerId]);

          const [live, once] = await Promise.all([
            openSignals(p, t.employerId),
            openSignals(p, reference.employerId),
          ]);
          expect(live).toEqual(once);
          expect(new Set(live).size).toBe(live.length);
        },
      ),
      { numRuns: 25 },
    );
  });
});
