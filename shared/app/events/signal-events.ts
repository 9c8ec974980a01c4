import { createHash } from 'node:crypto';
import { isHealthSignal, type SignalType } from '../../domain/catalogue.js';
import type { EventRef } from '../pipeline/ports.js';
import { recipientOfKey } from '../pipeline/recipients.js';

/**
 * Signal events for other systems (PRODUCT.md, "Signal events for other systems"), derived from
 * the table's stream: whatever changed a signal, an event's handling or a run is an event, and
 * only what was written is one. The id is derived from what the event describes, so a stream
 * record delivered twice makes the same event (receivers dedupe on it).
 */

export const SIGNAL_EVENT_TYPES = [
  'signal.created',
  'signal.withdrawn',
  'signal.handled',
  'signal.escalated',
  'run.completed',
] as const;
export type SignalEventType = (typeof SIGNAL_EVENT_TYPES)[number];

/** An event as it is delivered (Standard Webhooks' body: `{type, timestamp, data}`), with its id and routing. */
export interface SignalEvent {
  id: string;
  type: SignalEventType | 'ping';
  timestamp: string;
  data: Record<string, unknown>;
  /** Whose endpoints it goes to: the provider(s), and the employer it is about (runs: none). */
  providerIds: string[];
  employerId?: string;
}

/** A stream record with its images as plain values (unmarshalled). */
export interface ChangedItem {
  eventName: 'INSERT' | 'MODIFY' | 'REMOVE' | string;
  keys: { pk: string; sk: string };
  newImage?: Record<string, unknown> | undefined;
  oldImage?: Record<string, unknown> | undefined;
  /** When the change was made (the stream record's approximate creation time). */
  at: string;
  /** Of an event's state: the event its key names. */
  event?: EventRef | undefined;
}

/** `evt_` and a digest of what the event describes: the same for the same change, whoever derives it. */
export const eventIdOf = (type: string, ...parts: string[]) =>
  `evt_${createHash('sha256')
    .update([type, ...parts].join('|'))
    .digest('base64url')
    .slice(0, 26)}`;

type Item = Record<string, unknown>;
const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

/** The provider of a signal: written on it, else (a provider user's) its recipient key. */
function providerOf(item: Item): string | undefined {
  const own = str(item.providerId);
  if (own) return own;
  const key = str(item.recipientKey);
  if (!key) return undefined;
  const { userType, tenantId } = recipientOfKey(key);
  return userType === 'provider' ? tenantId : undefined;
}

/** What an event says of a signal: ids, type, dates, state; a name only where the type is not about health. */
function signalData(item: Item) {
  const type = item.signalType as SignalType;
  const { userType, userId } = recipientOfKey(String(item.recipientKey));
  const escalation = item.escalation as { level: number; legalDate: string } | null | undefined;
  return {
    signalId: item.signalId,
    signalType: type,
    employerId: item.employerId,
    employeeId: item.employeeId,
    ...(isHealthSignal(type) ? {} : { employeeName: item.employeeName }),
    user: { userType, userId },
    eventDate: item.eventDate,
    signalDate: item.signalDate,
    legalDate: item.legalDate ?? null,
    status: item.status,
    ...(escalation ? { escalation: { level: escalation.level, legalDate: escalation.legalDate } } : {}),
    ...(item.onBehalfOf ? { onBehalfOf: item.onBehalfOf } : {}),
  };
}

/** The events one changed item makes: none for most items and changes. */
export function eventsOf(change: ChangedItem): SignalEvent[] {
  const now = change.newImage;
  const before = change.oldImage;
  const entity = str(now?.entity) ?? str(before?.entity);
  const { pk, sk } = change.keys;
  if (entity === 'signal' && now) {
    const providerId = providerOf(now);
    if (!providerId) return [];
    const route = { providerIds: [providerId], employerId: String(now.employerId) };
    if (change.eventName === 'INSERT') {
      const type = now.escalation ? 'signal.escalated' : 'signal.created';
      return [
        {
          id: eventIdOf(type, pk, sk),
          type,
          timestamp: String(now.createdAt),
          data: signalData(now),
          ...route,
        },
      ];
    }
    if (change.eventName === 'MODIFY' && now.status === 'withdrawn' && before?.status !== 'withdrawn') {
      return [
        {
          id: eventIdOf('signal.withdrawn', pk, sk, change.at),
          type: 'signal.withdrawn',
          timestamp: change.at,
          data: signalData(now),
          ...route,
        },
      ];
    }
    return [];
  }
  if (entity === 'eventState' && now && change.event && str(now.by) && !str(before?.by)) {
    const providerId = str(now.providerId);
    if (!providerId) return [];
    const { employerId, signalType, employeeId, subject, eventDate } = change.event;
    const health = isHealthSignal(signalType);
    return [
      {
        id: eventIdOf('signal.handled', pk, sk),
        type: 'signal.handled',
        timestamp: String(now.at),
        data: {
          employerId,
          signalType,
          employeeId,
          subject,
          eventDate,
          legalDate: now.legalDate ?? null,
          handled: { by: now.by, at: now.at, ...(health ? {} : { note: now.note ?? null }) },
        },
        providerIds: [providerId],
        employerId,
      },
    ];
  }
  if (entity === 'run' && now?.status === 'completed' && before?.status !== 'completed') {
    const providerIds = [...((now.providerIds as Set<string> | string[] | undefined) ?? [])].sort();
    if (providerIds.length === 0) return [];
    return [
      {
        id: eventIdOf('run.completed', pk),
        type: 'run.completed',
        timestamp: String(now.finishedAt ?? change.at),
        // A run may span providers: its counts are the platform's, so none go out.
        data: { runId: now.runId, date: now.date, trigger: now.trigger, finishedAt: now.finishedAt ?? null },
        providerIds,
      },
    ];
  }
  return [];
}
