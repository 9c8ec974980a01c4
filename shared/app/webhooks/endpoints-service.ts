import { ConflictError, NotFoundError } from '../../domain/errors.js';
import type { Caller } from '../caller.js';
import type { Deps } from '../deps.js';
import { auditOf, getResource } from '../directory/resources.js';
import { eventIdOf, type SignalEventType } from '../events/signal-events.js';
import type { PageRequest, Precondition, Stored } from '../resource-store.js';
import { attemptDelivery, deliveryOf } from './deliver-webhook.js';
import type { WebhookDelivery, WebhookEndpoint } from './ports.js';
import { newSecret } from './signing.js';
import { checkWebhookUrl } from './ssrf.js';

/** A rotated secret still verifies this long (the receiver's time to switch). */
const ROTATION_OVERLAP_MS = 24 * 60 * 60 * 1000;

export interface EndpointBody {
  url: string;
  description?: string | undefined;
  eventTypes: SignalEventType[];
  employerIds?: string[] | undefined;
  active: boolean;
}

type WebhookDeps = Deps<'store' | 'clock' | 'ids' | 'config'>;

const refOf = (providerId: string, webhookId: string) =>
  ({ kind: 'webhookEndpoint', providerId, webhookId }) as const;

/** An endpoint as the API shows it: never its secrets. */
export const publicEndpoint = ({ data, version, createdAt, updatedAt }: Stored<WebhookEndpoint>) => ({
  version,
  body: {
    webhookId: data.webhookId,
    url: data.url,
    ...(data.description ? { description: data.description } : {}),
    eventTypes: data.eventTypes,
    ...(data.employerIds ? { employerIds: data.employerIds } : {}),
    active: data.active,
    deactivatedAt: data.deactivatedAt ?? null,
    createdAt,
    updatedAt,
  },
});

export async function getEndpoint(deps: Deps<'store'>, providerId: string, webhookId: string) {
  return getResource<WebhookEndpoint>(deps, refOf(providerId, webhookId));
}

export async function listEndpoints(deps: Deps<'store'>, providerId: string, page: PageRequest) {
  await getResource(deps, { kind: 'provider', providerId });
  const result = await deps.store.list<WebhookEndpoint>({ kind: 'webhookEndpoints', providerId }, page);
  return { ...result, items: result.items.map((s) => publicEndpoint(s).body) };
}

const policyOf = (deps: Deps<'config'>) => ({ allowLoopbackHttp: deps.config.webhookLoopback });

/** Makes an endpoint with a new secret: the answer is the one time the secret is shown. */
export async function createEndpoint(
  deps: WebhookDeps,
  caller: Caller,
  providerId: string,
  body: EndpointBody,
) {
  await getResource(deps, { kind: 'provider', providerId });
  await checkWebhookUrl(body.url, policyOf(deps));
  const webhookId = deps.ids.newId('wh');
  const secret = newSecret();
  const { stored } = await deps.store.put<WebhookEndpoint>(
    refOf(providerId, webhookId),
    { ...body, webhookId, providerId, secrets: [{ secret, expiresAt: null }], deactivatedAt: null },
    auditOf(deps, caller),
    { ifNoneMatch: true },
  );
  const shown = publicEndpoint(stored);
  return { version: shown.version, body: { ...shown.body, secret } };
}

/** Replaces what an endpoint does (its secrets stay); activating it again clears the deactivation. */
export async function putEndpoint(
  deps: WebhookDeps,
  caller: Caller,
  providerId: string,
  webhookId: string,
  body: EndpointBody,
  precondition: Precondition,
) {
  const current = await getEndpoint(deps, providerId, webhookId);
  await checkWebhookUrl(body.url, policyOf(deps));
  const { stored } = await deps.store.put<WebhookEndpoint>(
    refOf(providerId, webhookId),
    {
      ...body,
      webhookId,
      providerId,
      secrets: current.data.secrets,
      deactivatedAt: body.active ? null : (current.data.deactivatedAt ?? null),
    },
    auditOf(deps, caller),
    precondition.ifMatch !== undefined ? precondition : { ifMatch: current.version },
  );
  return publicEndpoint(stored);
}

export async function deleteEndpoint(
  deps: Deps<'store'>,
  providerId: string,
  webhookId: string,
  precondition: Precondition,
) {
  await deps.store.delete(refOf(providerId, webhookId), precondition);
}

/** A new secret; the previous one still verifies for 24 hours (older ones are dropped). */
export async function rotateSecret(deps: WebhookDeps, caller: Caller, providerId: string, webhookId: string) {
  const current = await getEndpoint(deps, providerId, webhookId);
  const now = deps.clock.now();
  const secret = newSecret();
  const [previous] = current.data.secrets;
  const secrets = [
    { secret, expiresAt: null },
    ...(previous
      ? [{ secret: previous.secret, expiresAt: new Date(now.getTime() + ROTATION_OVERLAP_MS).toISOString() }]
      : []),
  ];
  const { stored } = await deps.store.put<WebhookEndpoint>(
    refOf(providerId, webhookId),
    { ...current.data, secrets },
    auditOf(deps, caller),
    { ifMatch: current.version },
  );
  const shown = publicEndpoint(stored);
  return { version: shown.version, body: { ...shown.body, secret } };
}

/** Sends a `ping` event to the endpoint now, and answers its delivery (retried like any other when it fails). */
export async function testEndpoint(
  deps: Deps<
    | 'store'
    | 'clock'
    | 'ids'
    | 'config'
    | 'webhooks'
    | 'webhookQueue'
    | 'webhookTransport'
    | 'mailer'
    | 'logger'
  >,
  providerId: string,
  webhookId: string,
) {
  const endpoint = await getEndpoint(deps, providerId, webhookId);
  if (!endpoint.data.active) throw new ConflictError('The endpoint is not active: activate it first (PUT).');
  const timestamp = deps.clock.now().toISOString();
  const event = {
    id: eventIdOf('ping', webhookId, deps.ids.newId('ping')),
    type: 'ping' as const,
    timestamp,
    data: { webhookId, providerId },
    providerIds: [providerId],
  };
  const { delivery } = await deps.webhooks.createIfAbsent(deliveryOf(event, endpoint.data, timestamp));
  return attemptDelivery(deps, delivery);
}

export async function listDeliveries(
  deps: Deps<'store' | 'webhooks'>,
  providerId: string,
  webhookId: string,
  page: PageRequest,
) {
  await getEndpoint(deps, providerId, webhookId);
  const result = await deps.webhooks.list(providerId, webhookId, page);
  return { ...result, items: result.items.map(publicDelivery) };
}

/** A delivery as the API shows it (not its body). */
export const publicDelivery = ({
  body: _body,
  providerId: _p,
  after: _a,
  employerId: _e,
  ...rest
}: WebhookDelivery) => rest;

/**
 * Tries a delivery again now: one more attempt, retried with backoff only while its 24 hours last
 * (a failed one older than that is tried once).
 */
export async function retryDelivery(
  deps: Deps<'store' | 'clock' | 'webhooks' | 'webhookQueue'>,
  providerId: string,
  webhookId: string,
  deliveryId: string,
) {
  await getEndpoint(deps, providerId, webhookId);
  const delivery = await deps.webhooks.get(providerId, webhookId, deliveryId);
  if (!delivery) throw new NotFoundError('The delivery does not exist.');
  if (delivery.status === 'delivered') throw new ConflictError('The delivery was delivered already.');
  const now = deps.clock.now().toISOString();
  const again = {
    ...delivery,
    status: 'pending' as const,
    nextAttemptAt: now,
    createdAt: delivery.createdAt,
  };
  await deps.webhooks.update(again, delivery.status);
  await deps.webhookQueue.send([{ providerId, webhookId, deliveryId }]);
  return publicDelivery(again);
}
