import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { ChangedItem } from '../../app/events/signal-events.js';
import type { EventRef } from '../../app/pipeline/ports.js';
import type { ItemChange } from '../../app/pipeline/reevaluate-changes.js';
import { dataOwnerOf, eventOfStateKey } from './keys.js';

/** A string attribute in the wire format streams deliver (`{ S: "…" }`). */
type StringAttribute = { S?: string } | undefined;

/**
 * A DynamoDB stream record, as Lambda hands it and as GetRecords answers (the same shape): its
 * keys and images in attribute-value form, and its sequence number.
 */
export interface StreamRecord {
  eventName?: string;
  dynamodb?: {
    ApproximateCreationDateTime?: number | Date;
    Keys?: Record<string, unknown>;
    NewImage?: Record<string, unknown>;
    OldImage?: Record<string, unknown>;
    SequenceNumber?: string;
  };
}

/**
 * A stream sequence number (a decimal string of up to 40 digits, growing within a shard) as a
 * value that compares as a string: padded to 40 digits.
 */
export const positionOf = (sequence: string) => sequence.padStart(40, '0');

/**
 * The changed data item a stream record names: whose partition it is in (and which employee it is
 * about, or which user it is), its kind (new image, else old), whether it was removed, and its
 * sequence. Undefined for items that are no
 * employer's or provider's data.
 */
export function itemChangeOf(record: StreamRecord): ItemChange | undefined {
  const data = record.dynamodb;
  const pk = (data?.Keys?.pk as StringAttribute)?.S;
  const sk = (data?.Keys?.sk as StringAttribute)?.S;
  const sequence = data?.SequenceNumber;
  if (!pk || sk === undefined || !sequence) return undefined;
  const owned = dataOwnerOf({ pk, sk });
  if (!owned) return undefined;
  const entity =
    (data.NewImage?.entity as StringAttribute)?.S ?? (data.OldImage?.entity as StringAttribute)?.S;
  return {
    ...owned,
    entity,
    sequence,
    position: positionOf(sequence),
    removed: record.eventName === 'REMOVE',
  };
}

/**
 * An image's attributes with a `NULL` written as `{}` (as some stream readers hand it over) made
 * `{NULL: true}` again, in maps and lists too.
 */
function nullsOf(attributes: Record<string, unknown>): Record<string, unknown> {
  const fix = (value: unknown): unknown => {
    if (!value || typeof value !== 'object') return value;
    const v = value as Record<string, unknown>;
    const keys = Object.keys(v);
    if (keys.length === 0) return { NULL: true };
    if (v.M && typeof v.M === 'object') return { M: nullsOf(v.M as Record<string, unknown>) };
    if (Array.isArray(v.L)) return { L: v.L.map(fix) };
    return v;
  };
  return Object.fromEntries(Object.entries(attributes).map(([k, v]) => [k, fix(v)]));
}

/** The item kinds whose changes are signal events: signals, events' states, runs. */
export const EVENT_ENTITIES = ['signal', 'eventState', 'run'] as const;

/**
 * A stream record as the signal events see it: its keys, images as plain values, and when it was
 * made. Undefined for records of other item kinds.
 */
export function changedItemOf(record: StreamRecord): ChangedItem | undefined {
  const data = record.dynamodb;
  const pk = (data?.Keys?.pk as StringAttribute)?.S;
  const sk = (data?.Keys?.sk as StringAttribute)?.S;
  if (!data || !pk || sk === undefined) return undefined;
  const image = (i: Record<string, unknown> | undefined) => (i ? unmarshall(nullsOf(i) as never) : undefined);
  const newImage = image(data.NewImage);
  const oldImage = image(data.OldImage);
  const entity = String(newImage?.entity ?? oldImage?.entity ?? '');
  if (!(EVENT_ENTITIES as readonly string[]).includes(entity)) return undefined;
  const made = data.ApproximateCreationDateTime;
  const at = made instanceof Date ? made : new Date(typeof made === 'number' ? made * 1000 : Date.now());
  return {
    eventName: record.eventName ?? '',
    keys: { pk, sk },
    newImage,
    oldImage,
    at: at.toISOString(),
    ...(entity === 'eventState' ? { event: eventOfStateKey({ pk, sk }) as EventRef } : {}),
  };
}
