import { type DynamoDBDocumentClient, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { LedgerEntry, LedgerLock, OpenLedger, SignalLedger } from '../../app/pipeline/ports.js';
import type { SignalType } from '../../domain/catalogue.js';
import { partitions, pipelineKeys } from './keys.js';
import { expiresAt, isConditionFailure, queryAll, type Table } from './query.js';

/** A ledger record is kept a while after its last signal closed, for a late rerun of a past day. */
const LEDGER_TTL_DAYS = 60;

/**
 * An entry as stored: one short string, `recipientKey|type|employeeId|subject|eventDate|daysBefore|email`
 * (ids never hold `|`: the edge allows A-Za-z0-9._- only), so a record of a hundred signals is a
 * few kilobytes and a run reads little.
 */
const encode = (e: LedgerEntry) =>
  [e.recipientKey, e.signalType, e.employeeId, e.subject, e.eventDate, e.daysBefore, e.email ? 1 : 0].join(
    '|',
  );

function decode(text: string): LedgerEntry {
  const [recipientKey, signalType, employeeId, subject, eventDate, daysBefore, email] = text.split('|');
  return {
    recipientKey: recipientKey!,
    signalType: signalType as SignalType,
    employeeId: employeeId!,
    subject: subject!,
    eventDate: eventDate!,
    daysBefore: Number(daysBefore),
    email: email === '1',
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
          entries: (item.entries as string[]).map(decode),
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
          entries: entries.map(encode),
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

  /*
   * The lock's timeline: free (no owner) at generation g -> held by one owner until its lease
   * ends -> released at g + 1. A holder whose lease ran out crashed or hung: the next one takes
   * it over, and must assume signals were left half-written.
   */
  async acquire(employerId: string, owner: string, generation: number, now: Date, leaseSeconds: number) {
    const nowSeconds = Math.floor(now.getTime() / 1000);
    const free = 'attribute_not_exists(#owner) AND (attribute_not_exists(generation) OR generation = :g)';
    const expired = 'attribute_exists(#owner) AND leaseUntil < :now';
    try {
      const { Attributes } = await this.table.client.send(
        new UpdateCommand({
          TableName: this.table.tableName,
          Key: pipelineKeys.ledgerLock(employerId),
          UpdateExpression: 'SET #owner = :me, leaseUntil = :until, entity = :entity',
          ConditionExpression: `(${free}) OR (${expired})`,
          ExpressionAttributeNames: { '#owner': 'owner' },
          ExpressionAttributeValues: {
            ':me': owner,
            ':until': nowSeconds + leaseSeconds,
            ':g': generation,
            ':now': nowSeconds,
            ':entity': 'ledgerLock',
          },
          ReturnValues: 'ALL_OLD',
        }),
      );
      return Attributes?.owner || Attributes?.dirty ? ('takenOver' as const) : ('acquired' as const);
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      const { lock } = await this.open(employerId, '~');
      return lock?.owner ? ('busy' as const) : ('stale' as const);
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
