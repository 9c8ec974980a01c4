import { createHash } from 'node:crypto';
import type { Deps } from '../deps.js';
import { listAll } from '../directory/resources.js';
import type { SignalEvent } from '../events/signal-events.js';
import type { WebhookDelivery, WebhookEndpoint, WebhookMessage } from './ports.js';
import { signedHeaders } from './signing.js';
import { urlRefusal } from './ssrf.js';

/**
 * Delivering one event to one endpoint, at least once: every attempt sends the same body with
 * the same `webhook-id` (the event id), signed with the endpoint's secrets in force; only 2xx is
 * success. A failure is tried again with exponential backoff for 24 hours, then the delivery is
 * `failed`; an endpoint failing for 5 days is deactivated and the provider's admins are told.
 */

/** Waits before the attempt after attempt n (1-based): 5 s, 30 s, 2 min, 10 min, 30 min, 1 h, 2 h, 4 h, 8 h… */
export const BACKOFF_SECONDS = [5, 30, 120, 600, 1800, 3600, 7200, 14_400, 28_800] as const;
export const backoffAfter = (attempt: number) =>
  BACKOFF_SECONDS[Math.min(attempt, BACKOFF_SECONDS.length) - 1] ?? BACKOFF_SECONDS.at(-1)!;

/** Deliveries are tried for 24 hours from the event. */
const RETRY_WINDOW_MS = 24 * 60 * 60 * 1000;
/** An endpoint failing this long is deactivated. */
const DEACTIVATE_AFTER_MS = 5 * 24 * 60 * 60 * 1000;
/** SQS delays a message at most 15 minutes: a longer wait is relayed. */
const MAX_DELAY_SECONDS = 900;
/** An attempt holds its delivery this long (the request's timeout and a margin). */
const ATTEMPT_LEASE_MS = 60_000;
/** A withdrawal waits this long for its creation's delivery before looking again. */
const ORDER_WAIT_SECONDS = 5;

/** `YYYYMMDDTHHMMSSmmm-` and a digest of (event, endpoint): sorts by time, the same for the same pair. */
export const deliveryIdOf = (eventId: string, timestamp: string, webhookId: string) =>
  `${timestamp.replace(/[-:.Z]/g, '')}-${createHash('sha256').update(`${eventId}|${webhookId}`).digest('base64url').slice(0, 16)}`;

/** The delivery of an event to an endpoint, before any attempt. */
export function deliveryOf(
  event: SignalEvent & { after?: { id: string; timestamp: string } },
  endpoint: WebhookEndpoint,
  now: string,
): WebhookDelivery {
  return {
    deliveryId: deliveryIdOf(event.id, event.timestamp, endpoint.webhookId),
    webhookId: endpoint.webhookId,
    providerId: endpoint.providerId,
    eventId: event.id,
    eventType: event.type,
    ...(event.employerId ? { employerId: event.employerId } : {}),
    body: JSON.stringify({ type: event.type, timestamp: event.timestamp, data: event.data }),
    status: 'pending',
    attempts: 0,
    lastStatusCode: null,
    lastError: null,
    nextAttemptAt: now,
    createdAt: now,
    deliveredAt: null,
    ...(event.after
      ? { after: deliveryIdOf(event.after.id, event.after.timestamp, endpoint.webhookId) }
      : {}),
  };
}

type AttemptDeps = Deps<
  'store' | 'clock' | 'config' | 'webhooks' | 'webhookQueue' | 'webhookTransport' | 'mailer' | 'logger'
>;

/** Handles a message of the webhook queue: attempts the delivery when it is due. */
export async function deliverWebhookMessage(deps: AttemptDeps, message: WebhookMessage) {
  const delivery = await deps.webhooks.get(message.providerId, message.webhookId, message.deliveryId);
  if (delivery?.status !== 'pending') return;
  const wait = delivery.nextAttemptAt
    ? (Date.parse(delivery.nextAttemptAt) - deps.clock.now().getTime()) / 1000
    : 0;
  if (wait > 1) {
    await deps.webhookQueue.send([message], Math.min(MAX_DELAY_SECONDS, Math.ceil(wait)));
    return;
  }
  if (delivery.after) {
    const first = await deps.webhooks.get(message.providerId, message.webhookId, delivery.after);
    if (first?.status === 'pending') {
      // Ordered per endpoint: a withdrawal never goes before its signal's creation.
      await deps.webhookQueue.send([message], ORDER_WAIT_SECONDS);
      return;
    }
  }
  await attemptDelivery(deps, delivery);
}

/** One attempt: sends, records the outcome, and queues the next attempt or gives up. */
export async function attemptDelivery(deps: AttemptDeps, delivery: WebhookDelivery) {
  const now = deps.clock.now();
  const endpoint = await deps.store.get<WebhookEndpoint>({
    kind: 'webhookEndpoint',
    providerId: delivery.providerId,
    webhookId: delivery.webhookId,
  });
  // One claim per request: a second worker with the same message does not send it again.
  const lease = new Date(now.getTime() + ATTEMPT_LEASE_MS).toISOString();
  if (!(await deps.webhooks.claim(delivery, now.toISOString(), lease))) {
    // Another worker holds it: look again once its lease ran out (it may have died mid-attempt).
    await deps.webhookQueue.send(
      [{ providerId: delivery.providerId, webhookId: delivery.webhookId, deliveryId: delivery.deliveryId }],
      ATTEMPT_LEASE_MS / 1000,
    );
    return delivery;
  }
  const result = !endpoint
    ? { error: 'the endpoint was deleted' }
    : !endpoint.data.active
      ? { error: 'the endpoint is not active' }
      : !subscribes(endpoint.data, delivery)
        ? { error: 'the endpoint no longer takes this event (its types or employers changed)' }
        : await send(deps, endpoint.data, delivery);
  const ok = 'status' in result && result.status >= 200 && result.status < 300;
  const attempts = delivery.attempts + 1;
  const giveUp =
    !endpoint?.data.active ||
    !subscribes(endpoint.data, delivery) ||
    now.getTime() + backoffAfter(attempts) * 1000 > Date.parse(delivery.createdAt) + RETRY_WINDOW_MS;
  const next: WebhookDelivery = {
    ...delivery,
    attempts,
    lastStatusCode: 'status' in result ? result.status : null,
    lastError: ok ? null : 'error' in result ? result.error : `HTTP ${result.status}`,
    status: ok ? 'delivered' : giveUp ? 'failed' : 'pending',
    deliveredAt: ok ? now.toISOString() : null,
    nextAttemptAt:
      ok || giveUp ? null : new Date(now.getTime() + backoffAfter(attempts) * 1000).toISOString(),
  };
  if (!(await deps.webhooks.update(next, delivery.status))) return delivery;
  if (endpoint?.data.active) await noteHealth(deps, endpoint, ok, now);
  if (next.status === 'pending') {
    await deps.webhookQueue.send(
      [{ providerId: next.providerId, webhookId: next.webhookId, deliveryId: next.deliveryId }],
      Math.min(MAX_DELAY_SECONDS, backoffAfter(attempts)),
    );
  }
  return next;
}

/** Whether the endpoint, as it is now, takes this delivery's event (a ping it always does). */
const subscribes = (endpoint: WebhookEndpoint, delivery: WebhookDelivery) =>
  delivery.eventType === 'ping' ||
  (endpoint.eventTypes.includes(delivery.eventType) &&
    (!endpoint.employerIds ||
      (delivery.employerId !== undefined && endpoint.employerIds.includes(delivery.employerId))));

async function send(
  deps: Deps<'config' | 'webhookTransport'>,
  endpoint: WebhookEndpoint,
  delivery: WebhookDelivery,
) {
  // Checked again at each attempt: a name may have come to point inward since the endpoint was saved.
  const refusal = await urlRefusal(endpoint.url, { allowLoopbackHttp: deps.config.webhookLoopback });
  if (refusal) return { error: `url ${refusal}` };
  // The signature's timestamp is the moment of sending on the wall clock: receivers hold it
  // against theirs (replay protection), whatever day the service's clock says it is; a rotated
  // secret signs along until its overlap ends, on the same clock.
  const sentAt = new Date();
  const secrets = endpoint.secrets
    .filter((s) => s.expiresAt === null || Date.parse(s.expiresAt) > sentAt.getTime())
    .map((s) => s.secret);
  return deps.webhookTransport.post(
    endpoint.url,
    signedHeaders(secrets, delivery.eventId, sentAt, delivery.body),
    delivery.body,
  );
}

/** Records success or failure; an endpoint failing for 5 days is deactivated, and its provider's admins told. */
async function noteHealth(
  deps: AttemptDeps,
  endpoint: { data: WebhookEndpoint; version: number },
  ok: boolean,
  now: Date,
) {
  const { providerId, webhookId } = endpoint.data;
  const health = await deps.webhooks.recordOutcome(providerId, webhookId, ok, now.toISOString());
  if (ok || !health.failingSince || now.getTime() - Date.parse(health.failingSince) < DEACTIVATE_AFTER_MS)
    return;
  try {
    await deps.store.put<WebhookEndpoint>(
      { kind: 'webhookEndpoint', providerId, webhookId },
      { ...endpoint.data, active: false, deactivatedAt: now.toISOString() },
      { by: 'system', at: now.toISOString() },
      { ifMatch: endpoint.version },
    );
  } catch (error) {
    // Changed meanwhile (an admin's PUT): their word stands; the next failure looks again.
    deps.logger.warn('webhook endpoint not deactivated: it changed meanwhile', {
      providerId,
      webhookId,
      error: String(error),
    });
    return;
  }
  deps.logger.warn('webhook endpoint deactivated after failing for 5 days', {
    providerId,
    webhookId,
    failingSince: health.failingSince,
  });
  const users = await listAll<{ email: string; admin?: boolean; active?: boolean }>(deps, {
    kind: 'providerUsers',
    providerId,
  });
  const to = users.filter((u) => u.data.admin && u.data.active !== false).map((u) => u.data.email);
  for (const address of to) {
    // The notice is told once; a failed one is logged (the deactivation stands, and shows on GET).
    await (async () =>
      deps.mailer.send({
        from: deps.config.defaultSender,
        to: address,
        subject: `Webhook gedeactiveerd: ${endpoint.data.url}`,
        text: `Het webhook-endpoint ${endpoint.data.url} (${webhookId}) faalt sinds ${health.failingSince} en is gedeactiveerd. Herstel het endpoint en activeer het opnieuw met PUT /v1/providers/${providerId}/webhooks/${webhookId} ("active": true); mislukte leveringen kunt u opnieuw laten versturen.\n\nThe webhook endpoint ${endpoint.data.url} has failed since ${health.failingSince} and was deactivated. Fix it, activate it again (PUT with "active": true) and retry the failed deliveries.\n`,
        html: `<p>Het webhook-endpoint <code>${endpoint.data.url.replace(/[<>&"]/g, '')}</code> (${webhookId}) faalt sinds ${health.failingSince} en is gedeactiveerd.</p><p>The webhook endpoint has failed since ${health.failingSince} and was deactivated.</p>`,
        headers: [],
      }))().catch((error: unknown) =>
      deps.logger.error('webhook deactivation notice not sent', {
        providerId,
        webhookId,
        error: String(error),
      }),
    );
  }
}
