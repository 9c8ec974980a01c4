import type { Deps } from '../deps.js';
import { listAll } from '../directory/resources.js';
import { type ChangedItem, eventIdOf, eventsOf, type SignalEvent } from '../events/signal-events.js';
import type { Stored } from '../resource-store.js';
import { deliveryOf } from './deliver-webhook.js';
import type { WebhookEndpoint, WebhookMessage } from './ports.js';

/** An event and, for a withdrawal, the creation it must follow at each endpoint. */
type Routed = SignalEvent & { after?: { id: string; timestamp: string } };

/**
 * Turns a batch of the table's changes into signal events (the stream is the outbox: nothing is
 * published for a write that did not happen), puts them on the event bus, and records one
 * delivery per event and matching endpoint of its provider (active, the event's type, the
 * employer among `employerIds` when it has them), queueing those still pending. Safe to repeat:
 * a delivery's id follows from (event, endpoint), so a redelivered record finds it made.
 */
export async function publishSignalEvents(
  deps: Deps<'store' | 'clock' | 'webhooks' | 'webhookQueue' | 'eventBus' | 'logger'>,
  changes: readonly ChangedItem[],
): Promise<{ events: number; deliveries: number }> {
  const events: Routed[] = changes.flatMap((change) =>
    eventsOf(change).map((event) =>
      event.type === 'signal.withdrawn' && change.newImage
        ? {
            ...event,
            after: {
              id: eventIdOf('signal.created', change.keys.pk, change.keys.sk),
              timestamp: String(change.newImage.createdAt),
            },
          }
        : event,
    ),
  );
  if (events.length === 0) return { events: 0, deliveries: 0 };
  await deps.eventBus.publish(events);
  const endpoints = new Map<string, Promise<Array<Stored<WebhookEndpoint>>>>();
  const endpointsOf = (providerId: string) => {
    let known = endpoints.get(providerId);
    if (!known) {
      known = listAll<WebhookEndpoint>(deps, { kind: 'webhookEndpoints', providerId });
      endpoints.set(providerId, known);
    }
    return known;
  };
  const now = deps.clock.now().toISOString();
  const queued: WebhookMessage[] = [];
  for (const event of events) {
    for (const providerId of event.providerIds) {
      for (const { data: endpoint } of await endpointsOf(providerId)) {
        if (!endpoint.active || !endpoint.eventTypes.includes(event.type as never)) continue;
        if (endpoint.employerIds && (!event.employerId || !endpoint.employerIds.includes(event.employerId)))
          continue;
        const { delivery } = await deps.webhooks.createIfAbsent(deliveryOf(event, endpoint, now));
        // Pending: queued (again, when a redelivered record finds it: its first queueing may be lost).
        if (delivery.status === 'pending' && delivery.attempts === 0) {
          queued.push({ providerId, webhookId: endpoint.webhookId, deliveryId: delivery.deliveryId });
        }
      }
    }
  }
  if (queued.length > 0) await deps.webhookQueue.send(queued);
  return { events: events.length, deliveries: queued.length };
}
