import { describe, expect, it } from 'vitest';
import { dataOwnerOf } from '../../../shared/adapters/dynamodb/keys.js';
import { itemChangeOf, positionOf } from '../../../shared/adapters/dynamodb/stream-changes.js';
import {
  affectedEmployers,
  changeRunId,
  type ItemChange,
} from '../../../shared/app/pipeline/reevaluate-changes.js';

const activeEmployers = {
  activeEmployerIds: async () => ['e1', 'e2', 'e3'],
  activeEmployersOfProvider: async (providerId: string) => (providerId === 'p1' ? ['e1', 'e2'] : []),
  momentOwners: async () => ({ providerIds: [], employerIds: [] }),
};
/** A change as the stream adapter reads it from an item's keys (items of no employer or provider are none). */
const change = (pk: string, entity: string | undefined, sequence: string, sk = 'EMPLOYER'): ItemChange[] => {
  const owned = dataOwnerOf({ pk, sk });
  return owned ? [{ ...owned, entity, sequence, position: positionOf(sequence), removed: false }] : [];
};
const changes = (...list: ItemChange[][]) => list.flat();

describe('Function: affectedEmployers', () => {
  it('takes the employer of an employer-level input, each with its newest change and the employees it is about', async () => {
    // Act
    const employers = await affectedEmployers(
      { activeEmployers },
      changes(
        change('EMPLOYER#e1', 'employee', '300', 'EMPLOYEE#x1'),
        change('EMPLOYER#e1', 'customSignal', '1200', 'CUSTOM#x2#cs-1'),
        change('EMPLOYER#e3', 'employerUserSettings', '99', 'SETTINGS#USER#u1'),
      ),
    );
    // Assess
    expect([...employers.keys()].sort()).toEqual(['e1', 'e3']);
    expect(employers.get('e1')?.change.sequence).toBe('1200');
    expect([...(employers.get('e1')?.employeeIds ?? [])].sort()).toEqual(['x1', 'x2']);
    // A user's settings concern every employee: the whole employer.
    expect(employers.get('e3')?.employeeIds).toBeUndefined();
  });

  it('widens to the whole employer once any change in the batch is not about one employee', async () => {
    const employers = await affectedEmployers(
      { activeEmployers },
      changes(
        change('EMPLOYER#e1', 'employee', '1', 'EMPLOYEE#x1'),
        change('EMPLOYER#e1', 'employer', '2', 'EMPLOYER'),
        change('EMPLOYER#e1', 'employee', '3', 'EMPLOYEE#x3'),
      ),
    );
    expect(employers.get('e1')?.employeeIds).toBeUndefined();
    expect(employers.get('e1')?.change.sequence).toBe('3');
  });

  it("takes every active employer of a provider for a provider-level input (a default, a provider user's settings)", async () => {
    const employers = await affectedEmployers(
      { activeEmployers },
      changes(
        change('PROVIDER#p1', 'providerDefaultSettings', '7'),
        change('EMPLOYER#e2', 'employee', '9', 'EMPLOYEE#x9'),
      ),
    );
    expect([...employers.keys()].sort()).toEqual(['e1', 'e2']);
    expect(employers.get('e2')?.change.sequence).toBe('9');
    expect(employers.get('e2')?.employeeIds).toBeUndefined();
  });

  it('ignores what cannot alter signals: its own writes, templates, moments, sets before they are applied', async () => {
    const employers = await affectedEmployers(
      { activeEmployers },
      changes(
        change('EMPLOYER#e1', 'signalLedger', '1'),
        change('INBOX#employer:e1:u1', 'signal', '2'),
        change('RUN#r1', 'run', '3'),
        change('EMPLOYER#e1', 'employerTemplate', '4'),
        change('EMPLOYER#e1', 'employerMoments', '5'),
        change('PROVIDER#p1', 'signalSet', '6'),
        change('EMPLOYER#e1', undefined, '7'),
      ),
    );
    expect(employers.size).toBe(0);
  });
});

describe('Function: itemChangeOf', () => {
  it('reads the partition, the kind (of the new image, else the old) and the sequence of a stream record', () => {
    expect(
      itemChangeOf({
        eventName: 'REMOVE',
        dynamodb: {
          Keys: { pk: { S: 'EMPLOYER#e1' }, sk: { S: 'EMPLOYEE#x' } },
          OldImage: { entity: { S: 'employee' } },
          SequenceNumber: '4100000000000000000001',
        },
      }),
    ).toEqual({
      owner: { employerId: 'e1' },
      employeeId: 'x',
      entity: 'employee',
      sequence: '4100000000000000000001',
      position: '0000000000000000004100000000000000000001',
      removed: true,
    });
    expect(
      itemChangeOf({
        eventName: 'MODIFY',
        dynamodb: {
          Keys: { pk: { S: 'PROVIDER#p1' }, sk: { S: 'USER#u1' } },
          NewImage: { entity: { S: 'providerUser' } },
          SequenceNumber: '42',
        },
      }),
    ).toEqual({
      owner: { providerId: 'p1' },
      userId: 'u1',
      entity: 'providerUser',
      sequence: '42',
      position: positionOf('42'),
      removed: false,
    });
    expect(itemChangeOf({ dynamodb: { Keys: {} } })).toBeUndefined();
  });
});

describe('Function: positionOf and changeRunId', () => {
  it('orders sequence numbers as numbers when compared as strings, and names a retry of one change the same', () => {
    expect(
      ['100', '99', '1000']
        .map(positionOf)
        .sort()
        .map((p) => p.replace(/^0+/, '')),
    ).toEqual(['99', '100', '1000']);
    const [c] = change('EMPLOYER#e1', 'employee', '42') as [ItemChange];
    expect(changeRunId('e1', c, '2027-03-01')).toBe(changeRunId('e1', { ...c }, '2027-03-01'));
    expect(changeRunId('e1', c, '2027-03-01')).not.toBe(
      changeRunId('e1', { ...c, sequence: '43', position: positionOf('43') }, '2027-03-01'),
    );
    expect(changeRunId('e1', c, '2027-03-01')).toMatch(/^[A-Za-z0-9._-]{1,64}$/);
  });
});
