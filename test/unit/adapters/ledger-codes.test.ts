import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { DynamoSignalLedger, typeOfStoredCode } from '../../../shared/adapters/dynamodb/ledger-repository.js';
import { SIGNAL_TYPE_CODES, SIGNAL_TYPES } from '../../../shared/domain/catalogue.js';

/** The codes as released: a record may hold any of them, so none may ever change. Add, never edit. */
const RELEASED = {
  BIRTHDAY: 'bd',
  MILESTONE_BIRTHDAY: 'mb',
  YOUTH_WAGE_STEP: 'yw',
  STATE_PENSION_AGE: 'sp',
  WEDDING_ANNIVERSARY: 'wa',
  EMPLOYMENT_START: 'es',
  EMPLOYMENT_END: 'ee',
  SERVICE_ANNIVERSARY: 'sa',
  PROBATION_END: 'pe',
  CONTRACT_END: 'ce',
  NOTICE_DEADLINE: 'nd',
  CHAIN_RULE: 'cr',
  PAY_SCALE_INCREASE: 'ps',
  ID_DOCUMENT_EXPIRY: 'id',
  RESIDENCE_PERMIT_EXPIRY: 'rp',
  ABSENCE_WEEK_6: 'a6',
  ABSENCE_WEEK_8: 'a8',
  ABSENCE_WEEK_42: 'a42',
  ABSENCE_WEEK_52: 'a52',
  ABSENCE_WEEK_88: 'a88',
  ABSENCE_WEEK_91: 'a91',
  ABSENCE_WEEK_104: 'a104',
  CUSTOM: 'cu',
};

/** A ledger whose table answers one stored record, and remembers what was written. */
function ledgerHolding(entries: string[]) {
  const written: Array<Record<string, unknown>> = [];
  // A real client (the SDK's paginator asks for one) that answers from memory, never sends.
  const client = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'eu-west-1' }));
  client.send = (async (command: { constructor: { name: string }; input: Record<string, unknown> }) => {
    if (command.constructor.name === 'PutCommand')
      written.push(command.input.Item as Record<string, unknown>);
    return { Items: [{ sk: '~LEDGER#20261201#r0', entity: 'signalLedger', runId: 'r0', entries }] };
  }) as never;
  return { ledger: new DynamoSignalLedger(client, 'signals'), written };
}

describe('Stable signal type codes in the ledger', () => {
  it('never change: every released code stays as it was, and every type has one', () => {
    for (const [type, code] of Object.entries(RELEASED)) {
      expect(SIGNAL_TYPE_CODES[type as keyof typeof RELEASED], type).toBe(code);
    }
    expect(Object.keys(SIGNAL_TYPE_CODES).sort()).toEqual([...SIGNAL_TYPES].sort());
  });

  it('are unique and never numeric (numbers are the former positions)', () => {
    const codes = Object.values(SIGNAL_TYPE_CODES);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[a-z][a-z0-9]*$/);
  });

  it('reads records written with positions and with codes alike, and writes codes', async () => {
    expect(typeOfStoredCode('9')).toBe('CONTRACT_END');
    expect(typeOfStoredCode('22')).toBe('CUSTOM');
    expect(typeOfStoredCode('ce')).toBe('CONTRACT_END');
    expect(() => typeOfStoredCode('zz')).toThrow(/unknown signal type code/);

    const { ledger, written } = ledgerHolding([
      '~u1|9|x1|contract:c1|20261224|30|1',
      '~u1|ce|x1|contract:c1|20261224|7|1',
    ]);
    const { ledgers } = await ledger.open('e1', '2026-12-01');
    expect(ledgers[0]!.entries.map((e) => [e.signalType, e.daysBefore])).toEqual([
      ['CONTRACT_END', 30],
      ['CONTRACT_END', 7],
    ]);
    await ledger.record('e1', 'r1', '2026-12-24', ledgers[0]!.entries);
    expect(written[0]!.entries).toEqual([
      '~u1|ce|x1|contract:c1|20261224|30|1',
      '~u1|ce|x1|contract:c1|20261224|7|1',
    ]);
  });
});
