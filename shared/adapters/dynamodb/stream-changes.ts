import type { ItemChange } from '../../app/pipeline/reevaluate-changes.js';
import { dataOwnerOf } from './keys.js';

/** A string attribute in the wire format streams deliver (`{ S: "…" }`). */
type StringAttribute = { S?: string } | undefined;

/**
 * A DynamoDB stream record, as Lambda hands it and as GetRecords answers (the same shape): its
 * keys and images in attribute-value form, and its sequence number.
 */
export interface StreamRecord {
  eventName?: string;
  dynamodb?: {
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
