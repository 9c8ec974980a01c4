import { describe, expect, it } from 'vitest';
import { startRun } from '../../../shared/app/pipeline/dispatch.js';
import type { RunStore } from '../../../shared/app/pipeline/ports.js';
import {
  fixedTestClock,
  InMemoryResourceStore,
  InMemoryRunStore,
  RecordingMetrics,
  sequentialIds,
  silentLogger,
} from './support/fakes.js';

const depsWith = (activeEmployerIds: string[]) => {
  const sent: unknown[] = [];
  return {
    clock: fixedTestClock(),
    ids: sequentialIds(),
    store: new InMemoryResourceStore(),
    runs: new InMemoryRunStore() as unknown as RunStore,
    logger: silentLogger,
    metrics: new RecordingMetrics(),
    evaluateQueue: {
      send: async (messages: readonly unknown[]) => {
        sent.push(...messages);
      },
    },
    activeEmployers: {
      activeEmployerIds: async () => activeEmployerIds,
      activeEmployersOfProvider: async () => [],
      momentOwners: async () => ({ providerIds: [], employerIds: [] }),
    },
    sent,
  };
};

describe('Use case: startRun', () => {
  it('completes and counts a run with no employers at once (a fresh stage does not alarm)', async () => {
    const deps = depsWith([]);
    const run = await startRun(deps, {
      moment: 'daily',
      trigger: 'schedule',
      scheduledAt: '2026-11-28T05:00:00Z',
    });
    expect(deps.sent).toEqual([]);
    expect((await deps.runs.getRun(run.runId))?.status).toBe('completed');
    expect(deps.metrics.sums.get('RunsCompleted')).toBe(1);
    // The same firing again resumes the completed run: counted once.
    await startRun(deps, { moment: 'daily', trigger: 'schedule', scheduledAt: '2026-11-28T05:00:00Z' });
    expect(deps.metrics.sums.get('RunsCompleted')).toBe(1);
  });

  it('leaves a run with employers to its last employer: not counted at dispatch', async () => {
    const deps = depsWith(['e1', 'e2']);
    await startRun(deps, { moment: 'daily', trigger: 'schedule', scheduledAt: '2026-11-28T05:00:00Z' });
    expect(deps.sent).toHaveLength(2);
    expect(deps.metrics.sums.get('RunsCompleted')).toBeUndefined();
  });
});
