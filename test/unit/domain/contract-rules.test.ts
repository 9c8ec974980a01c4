import { describe, expect, it } from 'vitest';
import { anEmployee, events, subjects } from './builders.js';

const fixedTerm = (contractId: string, startDate: string, endDate: string) => ({
  contractId,
  startDate,
  endDate,
  type: 'fixedTerm' as const,
});

describe('Rule: CONTRACT_END and NOTICE_DEADLINE (aanzegtermijn, art. 7:668 BW)', () => {
  it('yields the end of each fixed-term contract, not of a permanent one', () => {
    const e = anEmployee({
      contracts: [
        fixedTerm('c1', '2026-01-01', '2026-12-31'),
        { contractId: 'c2', startDate: '2027-01-01', type: 'permanent' },
      ],
    });
    expect(subjects('CONTRACT_END', e, '2026-01-01', '2027-12-31')).toEqual(['contract:c1@2026-12-31']);
  });
  it('notice deadline for a contract of exactly 6 months: end minus 1 month', () => {
    const e = anEmployee({ contracts: [fixedTerm('c1', '2026-01-01', '2026-06-30')] });
    expect(events('NOTICE_DEADLINE', e, '2026-01-01', '2026-12-31')).toEqual(['2026-05-30']);
  });
  it('no notice deadline for a contract of 5 months and 30 days', () => {
    const e = anEmployee({ contracts: [fixedTerm('c1', '2026-01-01', '2026-06-29')] });
    expect(events('NOTICE_DEADLINE', e, '2026-01-01', '2026-12-31')).toEqual([]);
  });
  it('notice deadline of a contract ending 31 March is 28 February (month-end arithmetic)', () => {
    const e = anEmployee({ contracts: [fixedTerm('c1', '2026-09-01', '2027-03-31')] });
    expect(events('NOTICE_DEADLINE', e, '2026-01-01', '2027-12-31')).toEqual(['2027-02-28']);
  });
});

describe('Rule: CHAIN_RULE (ketenregeling, art. 7:668a BW)', () => {
  it('the 3rd fixed-term contract of a chain', () => {
    const e = anEmployee({
      contracts: [
        fixedTerm('c1', '2023-01-01', '2023-12-31'),
        fixedTerm('c2', '2024-01-01', '2024-12-31'),
        fixedTerm('c3', '2025-01-01', '2025-06-30'),
      ],
    });
    expect(subjects('CHAIN_RULE', e, '2020-01-01', '2030-12-31')).toEqual(['contract:c3@2025-06-30']);
  });
  it('a gap of exactly 6 months keeps the chain', () => {
    const e = anEmployee({
      contracts: [
        fixedTerm('c1', '2024-01-01', '2024-06-30'),
        fixedTerm('c2', '2025-01-01', '2025-06-30'),
        fixedTerm('c3', '2025-07-01', '2025-12-31'),
      ],
    });
    expect(subjects('CHAIN_RULE', e, '2020-01-01', '2030-12-31')).toEqual(['contract:c3@2025-12-31']);
  });
  it('a gap of 6 months and 1 day breaks the chain', () => {
    const e = anEmployee({
      contracts: [
        fixedTerm('c1', '2024-01-01', '2024-06-30'),
        fixedTerm('c2', '2025-01-02', '2025-06-30'),
        fixedTerm('c3', '2025-07-01', '2025-12-31'),
      ],
    });
    expect(subjects('CHAIN_RULE', e, '2020-01-01', '2030-12-31')).toEqual([]);
  });
  it('a chain spanning exactly 36 months (gaps included), even with 2 contracts', () => {
    const e = anEmployee({
      contracts: [fixedTerm('c1', '2023-01-01', '2024-06-30'), fixedTerm('c2', '2024-08-01', '2025-12-31')],
    });
    expect(subjects('CHAIN_RULE', e, '2020-01-01', '2030-12-31')).toEqual(['contract:c2@2025-12-31']);
  });
  it('a chain of 36 months minus 1 day does not qualify', () => {
    const e = anEmployee({
      contracts: [fixedTerm('c1', '2023-01-01', '2024-06-30'), fixedTerm('c2', '2024-08-01', '2025-12-30')],
    });
    expect(subjects('CHAIN_RULE', e, '2020-01-01', '2030-12-31')).toEqual([]);
  });
  it('36 months exceeded inside a contract: the event is the last day of the 36th month (sub a)', () => {
    // Chain from 2023-01-01: the 36th month ends 2025-12-31; c2 runs on to 2026-06-30.
    const e = anEmployee({
      contracts: [fixedTerm('c1', '2023-01-01', '2024-06-30'), fixedTerm('c2', '2024-08-01', '2026-06-30')],
    });
    expect(subjects('CHAIN_RULE', e, '2020-01-01', '2030-12-31')).toEqual(['contract:c2@2025-12-31']);
  });
  it('a contract made permanent by the 36 months has no end and no notice deadline after that day', () => {
    const e = anEmployee({
      contracts: [fixedTerm('c1', '2023-01-01', '2024-06-30'), fixedTerm('c2', '2024-08-01', '2026-06-30')],
    });
    // c1's end and notice deadline stand; c2's end (2026-06-30) and deadline (2026-05-30) no longer exist.
    expect(subjects('CONTRACT_END', e, '2020-01-01', '2030-12-31')).toEqual(['contract:c1@2024-06-30']);
    expect(subjects('NOTICE_DEADLINE', e, '2020-01-01', '2030-12-31')).toEqual(['contract:c1@2024-05-30']);
  });
  it('the 3rd contract ending before the 36 months: its end, and it keeps its end and notice deadline', () => {
    const e = anEmployee({
      contracts: [
        fixedTerm('c1', '2023-01-01', '2023-12-31'),
        fixedTerm('c2', '2024-01-01', '2024-12-31'),
        fixedTerm('c3', '2025-01-01', '2026-06-30'),
      ],
    });
    // By count the event is c3's end (2026-06-30); by months it is 2025-12-31: the first wins, and c3 is permanent after it.
    expect(subjects('CHAIN_RULE', e, '2020-01-01', '2030-12-31')).toEqual(['contract:c3@2025-12-31']);
    expect(subjects('CONTRACT_END', e, '2025-01-01', '2030-12-31')).toEqual([]);
  });
  it('a contract starting after the 36 months is permanent from its start', () => {
    const e = anEmployee({
      contracts: [fixedTerm('c1', '2023-01-01', '2025-12-31'), fixedTerm('c2', '2026-03-01', '2026-08-31')],
    });
    expect(subjects('CHAIN_RULE', e, '2020-01-01', '2030-12-31')).toEqual([
      'contract:c1@2025-12-31',
      'contract:c2@2026-03-01',
    ]);
    expect(subjects('CONTRACT_END', e, '2020-01-01', '2030-12-31')).toEqual(['contract:c1@2025-12-31']);
  });
  it('contract order in the data does not matter', () => {
    const e = anEmployee({
      contracts: [
        fixedTerm('c3', '2025-01-01', '2025-06-30'),
        fixedTerm('c1', '2023-01-01', '2023-12-31'),
        fixedTerm('c2', '2024-01-01', '2024-12-31'),
      ],
    });
    expect(subjects('CHAIN_RULE', e, '2020-01-01', '2030-12-31')).toEqual(['contract:c3@2025-06-30']);
  });
});
