import type { SignalEvent, SignalEventType } from '../events/signal-events.js';
import type { Page, PageRequest } from '../resource-store.js';

/** A provider's webhook endpoint as stored (the secrets never leave but once, when made). */
export interface WebhookEndpoint {
  webhookId: string;
  providerId: string;
  url: string;
  description?: string | undefined;
  eventTypes: SignalEventType[];
  /** Only events of these employers; all the provider's when absent. */
  employerIds?: string[] | undefined;
  active: boolean;
  /** The signing secrets, newest first; a rotated one verifies until `expiresAt`. */
  secrets: Array<{ secret: string; expiresAt: string | null }>;
  /** Set when the system deactivated it (failing for 5 days). */
  deactivatedAt?: string | null;
}

export const DELIVERY_STATUSES = ['pending', 'delivered', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** One event to one endpoint: what was and will be sent, and how it went. */
export interface WebhookDelivery {
  deliveryId: string;
  webhookId: string;
  providerId: string;
  eventId: string;
  eventType: SignalEvent['type'];
  /** The employer the event is about (runs and pings: none), for the endpoint's filter at send time. */
  employerId?: string | undefined;
  /** The exact body sent on every attempt. */
  body: string;
  status: DeliveryStatus;
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  nextAttemptAt: string | null;
  createdAt: string;
  deliveredAt: string | null;
  /** A delivery of the same endpoint that must be delivered (or have failed) first: a withdrawal waits for its creation. */
  after?: string | undefined;
}

/** An endpoint's run of failures: since when it fails (none while it succeeds). */
export interface EndpointHealth {
  failingSince: string | null;
}

/** Deliveries and endpoint health, in the provider's webhook partition. */
export interface WebhookDeliveries {
  /** Writes a delivery unless it exists; answers the one stored (new or earlier). */
  createIfAbsent(delivery: WebhookDelivery): Promise<{ created: boolean; delivery: WebhookDelivery }>;
  get(providerId: string, webhookId: string, deliveryId: string): Promise<WebhookDelivery | undefined>;
  /** Newest first. */
  list(providerId: string, webhookId: string, page: PageRequest): Promise<Page<WebhookDelivery>>;
  /**
   * Claims the next attempt of a pending delivery for a lease (counting it): false when another
   * worker claimed it meanwhile (its attempts moved) or holds a lease still running. One claim,
   * one request to the endpoint: a webhook-id arrives no more often than it was attempted.
   */
  claim(delivery: WebhookDelivery, now: string, leaseUntil: string): Promise<boolean>;
  /** Records an attempt's outcome (from the status and attempts it had: false when they changed meanwhile). */
  update(delivery: WebhookDelivery, from: DeliveryStatus): Promise<boolean>;
  health(providerId: string, webhookId: string): Promise<EndpointHealth>;
  /** Notes a failure (the first of a run sets `failingSince`) or a success (clears it); answers the health now. */
  recordOutcome(providerId: string, webhookId: string, ok: boolean, at: string): Promise<EndpointHealth>;
}

/** A message of the webhook queue: one delivery to attempt. */
export interface WebhookMessage {
  providerId: string;
  webhookId: string;
  deliveryId: string;
}

/** The webhook queue: messages may be delayed (SQS `DelaySeconds`, at most 900). */
export interface DelayQueue<T> {
  send(messages: readonly T[], delaySeconds?: number): Promise<void>;
}

/** What an HTTP attempt gave. */
export type TransportResult = { status: number } | { error: string };

/** Posts a signed body to an endpoint (no redirects followed; a timeout). */
export interface WebhookTransport {
  post(url: string, headers: Record<string, string>, body: string): Promise<TransportResult>;
}

/** The stage's event bus (EventBridge in AWS). */
export interface EventBus {
  publish(events: readonly SignalEvent[]): Promise<void>;
}
