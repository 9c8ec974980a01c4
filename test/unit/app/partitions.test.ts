import { describe, expect, it } from 'vitest';
import { employerPartitionOf, providerPartitionOf } from '../../../shared/app/evaluation/partitions.js';
import type { Stored } from '../../../shared/app/resource-store.js';

const stored = (data: Record<string, unknown>, extra: Partial<Stored> = {}): Stored => ({
  data,
  version: 1,
  createdAt: '2026-11-28T05:00:00.000Z',
  updatedAt: '2026-11-28T05:00:00.000Z',
  updatedBy: 'svc',
  ...extra,
});

describe('Function: employerPartitionOf and providerPartitionOf', () => {
  it('reads each kind of item once into its type, and drops an item that is not of its kind', () => {
    const partition = employerPartitionOf({
      employer: [stored({ employerId: 'e1', providerId: 'p1', name: 'Bakkerij' }, { products: ['290'] })],
      employerUser: [
        stored({
          employerId: 'e1',
          userId: 'u1',
          email: 'u1@x.nl',
          name: 'U',
          locale: 'nl',
          departmentIds: [],
          isDepartmentManager: false,
          active: true,
        }),
        stored({ userId: 'broken' }),
      ],
      employerUserSettings: [stored({ providerId: 'p1', employerId: 'e1', userId: 'u1', mode: 'none' })],
      employee: [
        stored({
          employeeId: 'x1',
          birthDate: '1980-01-01',
          employment: { startDate: '2020-01-01' },
          firstName: 'A',
          lastName: 'B',
        }),
      ],
    });
    expect(partition.employer?.data.providerId).toBe('p1');
    expect(partition.employer?.products).toEqual(['290']);
    expect(partition.users.map((u) => u.userId)).toEqual(['u1']);
    expect(partition.userSettings.get('u1')?.data.mode).toBe('none');
    expect(partition.employees.map((e) => e.employeeId)).toEqual(['x1']);
    expect(partition.customSignals).toEqual([]);
    expect(employerPartitionOf({}).employer).toBeUndefined();

    const provider = providerPartitionOf({
      providerDefaultSettings: [stored({ providerId: 'p1', signals: [{ signalType: 'BIRTHDAY' }] })],
      signalSet: [stored({ providerId: 'p1', setId: 's1', name: 'S', signals: [] })],
    });
    expect(provider.providerDefault?.signals).toHaveLength(1);
    expect(provider.signalSets.map((s) => s.setId)).toEqual(['s1']);
    expect(provider.users).toEqual([]);
  });
});
