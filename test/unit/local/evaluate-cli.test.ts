import { describe, expect, it } from 'vitest';
import type { Run } from '../../../shared/app/pipeline/ports.js';
import { catchUpGap, runFailures } from '../../../shared/local/evaluate-cli.js';

const run = (overrides: Partial<Run> = {}): Run => ({
  runId: 'r1',
  moment: 'manual',
  trigger: 'manual',
  scope: null,
  date: '2027-03-01',
  status: 'completed',
  employers: { total: 2, done: 2, failed: 0 },
  signalsCreated: 0,
  signalsWithdrawn: 0,
  emailsSent: 0,
  startedAt: '2027-03-01T05:00:00Z',
  finishedAt: '2027-03-01T05:00:01Z',
  deliveryQueuedAt: '2027-03-01T05:00:01Z',
  digests: { queued: 2, done: 2, failed: 0 },
  ruleVersions: [],
  warnings: [],
  ...overrides,
});

describe('npm run evaluate: its verdicts', () => {
  it('names the events a time-travel jump leaves past the catch-up window, and none for a short step', () => {
    expect(catchUpGap('2027-03-01', '2027-03-20', 7)).toEqual({ from: '2027-03-02', to: '2027-03-12' });
    expect(catchUpGap('2027-03-01', '2027-03-09', 7)).toBeUndefined();
    expect(catchUpGap('2027-03-01', '2027-03-10', 7)).toEqual({ from: '2027-03-02', to: '2027-03-02' });
    expect(catchUpGap(undefined, '2027-03-20', 7)).toBeUndefined();
  });

  it('fails a run with a failed employer or an undelivered digest, not a clean one', () => {
    expect(runFailures(run())).toEqual([]);
    expect(runFailures(run({ digests: { queued: 2, done: 1, failed: 1 } }))).toEqual([
      '1 digests could not be delivered',
    ]);
    expect(runFailures(run({ employers: { total: 2, done: 2, failed: 1 } }))).toHaveLength(1);
    expect(runFailures(run({ status: 'failed', employersMissing: 1 }))).toHaveLength(1);
  });
});
