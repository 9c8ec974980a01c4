import { type DynamoDBDocumentClient, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { LedgerEntry, LedgerLock, OpenLedger, SignalLedger } from '../../app/pipeline/ports.js';
import { SIGNAL_TYPE_CODES, type SignalType } from '../../domain/catalogue.js';
import { partitions, pipelineKeys } from './keys.js';
import { LEASE, leaseValues } from './lease.js';
import { expiresAt, isConditionFailure, queryAll, type Table } from './query.js';

/** A ledger record is kept a while after its last signal closed, for a late rerun of a past day. */
const LEDGER_TTL_DAYS = 60;

/**
 * Records written before the types had codes hold a type's place in the catalogue as it was
 * then: this order, frozen (read only, never written).
 */
const TYPES_BY_FORMER_POSITION: readonly SignalType[] = [
  'BIRTHDAY',
  'MILESTONE_BIRTHDAY',
  'YOUTH_WAGE_STEP',
  'STATE_PENSION_AGE',
  'WEDDING_ANNIVERSARY',
  'EMPLOYMENT_START',
  'EMPLOYMENT_END',
  'SERVICE_ANNIVERSARY',
  'PROBATION_END',
  'CONTRACT_END',
  'NOTICE_DEADLINE',
  'CHAIN_RULE',
  'PAY_SCALE_INCREASE',
  'ID_DOCUMENT_EXPIRY',
  'RESIDENCE_PERMIT_EXPIRY',
  'ABSENCE_WEEK_6',
  'ABSENCE_WEEK_8',
  'ABSENCE_WEEK_42',
  'ABSENCE_WEEK_52',
  'ABSENCE_WEEK_88',
  'ABSENCE_WEEK_91',
  'ABSENCE_WEEK_104',
  'CUSTOM',
];

const TYPE_OF_CODE = new Map(
  Object.entries(SIGNAL_TYPE_CODES).map(([type, code]) => [code, type as SignalType]),
);

/** The type a stored code names: its stable code, or (an older record) its former position. */
export function typeOfStoredCode(code: string): SignalType {
  const type = /^\d+$/.test(code) ? TYPES_BY_FORMER_POSITION[Number(code)] : TYPE_OF_CODE.get(code);
  if (!type) throw new Error(`The ledger holds an unknown signal type code: ${code}`);
  return type;
}

/**
 * An entry as stored: one short string, `recipient|type|employeeId|subject|eventDay|daysBefore|email`
 * (an escalation or a substitute's copy adds `|L<level>:<legalDay>|<onBehalfOf>`),
 * where the recipient of the employer itself is written `~userId`, the type is its stable code
 * (SIGNAL_TYPE_CODES) and the day is `YYYYMMDD` (ids never hold `|`: the edge allows A-Za-z0-9._-
 * only). About 40 bytes a signal, so a record of a hundred signals is four kilobytes and a run
 * reads little.
 */
function encode(employerId: string, e: LedgerEntry): string {
  const own = `E:${employerId}:`;
  const short = (key: string) => (key.startsWith(own) ? `~${key.slice(own.length)}` : key);
  const fields: Array<string | number> = [
    short(e.recipientKey),
    SIGNAL_TYPE_CODES[e.signalType],
    e.employeeId,
    e.subject,
    compact(e.eventDate),
    e.daysBefore,
    e.email ? 1 : 0,
  ];
  // Escalations and substitutes' copies only: `L<level>:<legal day>` and the recipient stood in for.
  if (e.escalation || e.onBehalfOf) {
    fields.push(e.escalation ? `L${e.escalation.level}:${compact(e.escalation.legalDate)}` : '');
    fields.push(e.onBehalfOf ? short(e.onBehalfOf) : '');
  }
  return fields.join('|');
}

const compact = (day: string) => day.replaceAll('-', '');
const dayOf = (text: string) => `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}`;

function decode(employerId: string, text: string): LedgerEntry {
  const [recipient, type, employeeId, subject, day, daysBefore, email, escalation, onBehalfOf] =
    text.split('|');
  const long = (key: string) => (key.startsWith('~') ? `E:${employerId}:${key.slice(1)}` : key);
  const [level, legalDay] = escalation ? escalation.slice(1).split(':') : [];
  return {
    recipientKey: long(recipient!),
    signalType: typeOfStoredCode(type!),
    employeeId: employeeId!,
    subject: subject!,
    eventDate: dayOf(day!),
    daysBefore: Number(daysBefore),
    email: email === '1',
    ...(level && legalDay ? { escalation: { level: Number(level), legalDate: dayOf(legalDay) } } : {}),
    ...(onBehalfOf ? { onBehalfOf: long(onBehalfOf) } : {}),
  };
}

type Closed = OpenLedger['closed'];

/** The signal ledger in the employer's partition, above its data (`~LEDGER#…`). */
export class DynamoSignalLedger implements SignalLedger {
  private readonly table: Table;

  constructor(client: DynamoDBDocumentClient, tableName: string) {
    this.table = { client, tableName };
  }

  async open(employerId: string, day: string) {
    const items = await queryAll(this.table.client, {
      TableName: this.table.tableName,
      KeyConditionExpression: 'pk = :pk AND sk >= :from',
      ExpressionAttributeValues: {
        ':pk': partitions.employer(employerId),
        ':from': pipelineKeys.ledgerFrom(day),
      },
    });
    const ledgers: OpenLedger[] = [];
    let lock: LedgerLock | undefined;
    for (const item of items) {
      if (item.entity === 'ledgerLock') {
        lock = {
          owner: item.owner as string | undefined,
          dirty: item.dirty === true,
          leaseUntil: (item.leaseUntil as number | undefined) ?? 0,
          generation: (item.generation as number | undefined) ?? 0,
        };
      } else if (item.entity === 'signalLedger') {
        ledgers.push({
          key: item.sk as string,
          runId: item.runId as string,
          entries: (item.entries as string[]).map((e) => decode(employerId, e)),
          closed: (item.closed as Closed | undefined) ?? {},
        });
      }
    }
    return { ledgers, lock };
  }

  async record(employerId: string, runId: string, openUntil: string, entries: readonly LedgerEntry[]) {
    await this.table.client.send(
      new PutCommand({
        TableName: this.table.tableName,
        Item: {
          ...pipelineKeys.ledger(employerId, openUntil, runId),
          entity: 'signalLedger',
          runId,
          entries: entries.map((e) => encode(employerId, e)),
          closed: {},
          expiresAt: expiresAt(openUntil, LEDGER_TTL_DAYS),
        },
      }),
    );
  }

  async close(employerId: string, ledgerKey: string, closed: Closed) {
    const names: Record<string, string> = {};
    const values: Record<string, unknown> = {};
    const sets = Object.entries(closed).map(([signalId, how], i) => {
      names[`#s${i}`] = signalId;
      values[`:s${i}`] = how;
      return `closed.#s${i} = :s${i}`;
    });
    if (sets.length === 0) return;
    await this.table.client.send(
      new UpdateCommand({
        TableName: this.table.tableName,
        Key: { pk: partitions.employer(employerId), sk: ledgerKey },
        UpdateExpression: `SET ${sets.join(', ')}`,
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
      }),
    );
  }

  async reopen(employerId: string, ledgerKey: string, signalIds: readonly string[]) {
    if (signalIds.length === 0) return;
    const names = Object.fromEntries(signalIds.map((id, i) => [`#s${i}`, id]));
    await this.table.client.send(
      new UpdateCommand({
        TableName: this.table.tableName,
        Key: { pk: partitions.employer(employerId), sk: ledgerKey },
        UpdateExpression: `REMOVE ${signalIds.map((_, i) => `closed.#s${i}`).join(', ')}`,
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeNames: names,
      }),
    );
  }

  /*
   * The lock's timeline: free (no owner) at generation g -> held by one owner until its lease
   * ends -> released at g + 1. A holder whose lease ran out crashed or hung: the next one takes
   * it over, and must assume signals were left half-written.
   */
  async acquire(employerId: string, owner: string, generation: number, now: Date, leaseSeconds: number) {
    const free = 'attribute_not_exists(#owner) AND (attribute_not_exists(generation) OR generation = :g)';
    // The same owner again is a retry of the same run's message: it re-enters (and takes over).
    const expired = `attribute_exists(#owner) AND (${LEASE.expired} OR #owner = :me)`;
    try {
      const { Attributes } = await this.table.client.send(
        new UpdateCommand({
          TableName: this.table.tableName,
          Key: pipelineKeys.ledgerLock(employerId),
          UpdateExpression: `SET #owner = :me, ${LEASE.take}, entity = :entity`,
          ConditionExpression: `(${free}) OR (${expired})`,
          ExpressionAttributeNames: { '#owner': 'owner' },
          ExpressionAttributeValues: {
            ':me': owner,
            ':g': generation,
            ':entity': 'ledgerLock',
            ...leaseValues(now, leaseSeconds),
          },
          ReturnValues: 'ALL_OLD',
        }),
      );
      return Attributes?.owner || Attributes?.dirty ? ('takenOver' as const) : ('acquired' as const);
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      const { Item } = await this.table.client.send(
        new GetCommand({
          TableName: this.table.tableName,
          Key: pipelineKeys.ledgerLock(employerId),
          ProjectionExpression: '#owner',
          ExpressionAttributeNames: { '#owner': 'owner' },
          ConsistentRead: true,
        }),
      );
      return Item?.owner ? ('busy' as const) : ('stale' as const);
    }
  }

  async release(employerId: string, owner: string, clean: boolean) {
    try {
      await this.table.client.send(
        new UpdateCommand({
          TableName: this.table.tableName,
          Key: pipelineKeys.ledgerLock(employerId),
          UpdateExpression: 'SET dirty = :dirty REMOVE #owner, leaseUntil ADD generation :one',
          ConditionExpression: '#owner = :me',
          ExpressionAttributeNames: { '#owner': 'owner' },
          ExpressionAttributeValues: { ':me': owner, ':one': 1, ':dirty': !clean },
        }),
      );
    } catch (error) {
      // Taken over after our lease ran out: the new holder releases it.
      if (!isConditionFailure(error)) throw error;
    }
  }
}
