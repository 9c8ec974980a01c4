import { describe, expect, inject, it } from 'vitest';
import { makeDocumentClient } from '../../shared/adapters/dynamodb/client.js';
import { DynamoSignalRepository } from '../../shared/adapters/dynamodb/signal-repository.js';
import type { SignalStore } from '../../shared/app/pipeline/ports.js';
import { fixedTestClock, InMemorySignalStore } from '../unit/app/support/fakes.js';
import { uid } from './support/api.js';

/**
 * The events' states of the SignalStore port (handling and escalation, per event), held against
 * the fake and the DynamoDB adapter on DynamoDB Local, as port-contracts.test.ts does the rest.
 */
const client = () => makeDocumentClient({ endpoint: inject('dynamodbEndpoint'), region: 'eu-west-1' });
const implementations = {
  fake: (): SignalStore => new InMemorySignalStore(),
  dynamodb: (): SignalStore => new DynamoSignalRepository(client(), inject('tableName'), fixedTestClock()),
};

describe.each(Object.entries(implementations))('Port contract: SignalStore event states (%s)', (_, make) => {
  it('records an event handled once (the first handling stands), per employer', async () => {
    const store = make();
    const event = {
      employerId: uid('e'),
      signalType: 'NOTICE_DEADLINE',
      employeeId: 'x1',
      subject: 'contract:c1',
      eventDate: '2026-12-24',
    } as const;
    const other = { ...event, employerId: uid('e') };
    expect(await store.eventStates([event])).toEqual(new Map());
    const first = { by: 'u1', at: '2026-12-01T08:00:00.000Z', note: 'verlengd' };
    expect(await store.markEventHandled(event, first)).toEqual(first);
    expect(
      await store.markEventHandled(event, { by: 'u2', at: '2026-12-02T08:00:00.000Z', note: null }),
    ).toEqual(first);
    const states = await store.eventStates([event, other, event]);
    expect([...states.values()].map((s) => s.handled)).toEqual([first]);
  });

  it('records each escalation level of an event once, and an unescalated event once', async () => {
    const store = make();
    const event = {
      employerId: uid('e'),
      signalType: 'ABSENCE_WEEK_42',
      employeeId: 'x1',
      subject: 'absence:a1',
      eventDate: '2027-01-10',
    } as const;
    const to = [{ userType: 'employer', userId: 'u1' }] as const;
    const about = { legalDate: '2027-01-12', providerId: 'p1' };
    await store.recordEscalation(event, about, {
      level: 2,
      at: '2027-01-10T06:00:00.000Z',
      to: [...to],
    });
    await store.recordEscalation(event, about, {
      level: 1,
      at: '2027-01-07T06:00:00.000Z',
      to: [...to],
    });
    await store.recordEscalation(event, about, { level: 2, at: '2027-01-11T06:00:00.000Z', to: [] });
    await store.recordUnescalated(event, about, '2027-01-09T06:00:00.000Z');
    await store.recordUnescalated(event, about, '2027-01-10T06:00:00.000Z');
    const [state] = await store.eventStatesOf(event.employerId);
    expect(state).toMatchObject({
      ...event,
      legalDate: '2027-01-12',
      handled: null,
      unescalatedAt: '2027-01-09T06:00:00.000Z',
      escalations: [
        { level: 1, at: '2027-01-07T06:00:00.000Z', to },
        { level: 2, at: '2027-01-10T06:00:00.000Z', to },
      ],
    });
    const handled = { by: 'u1', at: '2027-01-11T08:00:00.000Z', note: null };
    await store.markEventHandled(event, handled, about);
    expect(
      (await store.eventStates([event])).get(
        `${event.employerId}|${'ABSENCE_WEEK_42#x1#absence:a1#2027-01-10'}`,
      ),
    ).toMatchObject({ handled, escalations: [{ level: 1 }, { level: 2 }] });
  });
});
