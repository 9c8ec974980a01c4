import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import type { SignalEvent } from '../../app/events/signal-events.js';
import type { EventBus } from '../../app/webhooks/ports.js';

/** EventBridge takes 10 entries a request. */
const BATCH = 10;

/**
 * The stage's EventBridge bus: `source` `signals`, `detail-type` the event type, `detail` the
 * event as webhooks get it (with its id). A failed entry fails the batch (the stream retries it).
 */
export class EventBridgeBus implements EventBus {
  constructor(
    private readonly client: EventBridgeClient,
    private readonly busName: string,
  ) {}

  async publish(events: readonly SignalEvent[]): Promise<void> {
    for (let i = 0; i < events.length; i += BATCH) {
      const { FailedEntryCount, Entries } = await this.client.send(
        new PutEventsCommand({
          Entries: events.slice(i, i + BATCH).map((e) => ({
            EventBusName: this.busName,
            Source: 'signals',
            DetailType: e.type,
            Time: new Date(e.timestamp),
            Detail: JSON.stringify({ id: e.id, type: e.type, timestamp: e.timestamp, data: e.data }),
          })),
        }),
      );
      if (FailedEntryCount) {
        const reason = Entries?.find((x) => x.ErrorCode)?.ErrorMessage ?? 'unknown';
        throw new Error(`EventBridge refused ${FailedEntryCount} events: ${reason}`);
      }
    }
  }
}

/** Locally there is no bus: the events are kept (the last thousand) for whoever looks. */
export class InMemoryEventBus implements EventBus {
  readonly events: SignalEvent[] = [];
  async publish(events: readonly SignalEvent[]) {
    this.events.push(...events);
    if (this.events.length > 1000) this.events.splice(0, this.events.length - 1000);
  }
}

export const eventBridgeClient = () => new EventBridgeClient({});
