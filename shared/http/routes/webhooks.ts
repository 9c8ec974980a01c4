import {
  createEndpoint,
  deleteEndpoint,
  getEndpoint,
  listDeliveries,
  listEndpoints,
  publicDelivery,
  publicEndpoint,
  putEndpoint,
  retryDelivery,
  rotateSecret,
  testEndpoint,
} from '../../app/webhooks/endpoints-service.js';
import { etagOf, listOf, noContent, preconditionOf } from '../handlers/resource.js';
import { defineRoute, type RouteResult } from '../route.js';
import { listQuerySchema, pageOf, pathOf } from '../schemas/common.js';
import {
  deliverySchema,
  webhookBodySchema,
  webhookSchema,
  webhookWithSecretSchema,
} from '../schemas/webhooks.js';
import { allowed, grants } from './access.js';

const area = 'settings' as const;
const { providerAdmin } = grants;
const providerPath = pathOf('providerId');
const webhookPath = pathOf('providerId', 'webhookId');

const withEtag = (m: { version: number; body: unknown }, status = 200): RouteResult => ({
  status,
  headers: { etag: etagOf(m.version) },
  body: m.body,
});

const URL_REFUSED =
  'The URL is not `https`, or resolves to a private, loopback, link-local or metadata address.';

/** A provider's webhook endpoints, their secrets and deliveries (API.md, "Signal events"). */
export const webhookRoutes = [
  defineRoute({
    operationId: 'listWebhooks',
    method: 'GET',
    path: '/v1/providers/{providerId}/webhooks',
    area,
    summary: "The provider's webhook endpoints",
    description: "The provider's webhook endpoints (never their secrets).",
    access: allowed(providerAdmin),
    params: providerPath,
    query: listQuerySchema,
    response: pageOf(webhookSchema),
    successStatus: 200,
    handler: async ({ params, query }, deps) =>
      listOf(await listEndpoints(deps, params.providerId, query), (e) => e),
  }),
  defineRoute({
    operationId: 'createWebhook',
    method: 'POST',
    path: '/v1/providers/{providerId}/webhooks',
    area,
    summary: 'Make a webhook endpoint; its signing secret is shown this once',
    description:
      'Makes an endpoint that gets the chosen signal events of the provider (all its employers, or `employerIds`), signed per Standard Webhooks. The answer carries the secret, the only time it is shown.',
    access: allowed(providerAdmin),
    params: providerPath,
    body: webhookBodySchema,
    response: webhookWithSecretSchema,
    successStatus: 201,
    problems: { unprocessable: URL_REFUSED },
    handler: async ({ caller, params, body }, deps) =>
      withEtag(await createEndpoint(deps, caller, params.providerId, body), 201),
  }),
  defineRoute({
    operationId: 'getWebhook',
    method: 'GET',
    path: '/v1/providers/{providerId}/webhooks/{webhookId}',
    area,
    summary: 'A webhook endpoint (not its secret)',
    description: 'The endpoint, and whether the service deactivated it.',
    access: allowed(providerAdmin),
    params: webhookPath,
    response: webhookSchema,
    successStatus: 200,
    etag: true,
    handler: async ({ params }, deps) =>
      withEtag(publicEndpoint(await getEndpoint(deps, params.providerId, params.webhookId))),
  }),
  defineRoute({
    operationId: 'putWebhook',
    method: 'PUT',
    path: '/v1/providers/{providerId}/webhooks/{webhookId}',
    area,
    summary: 'Change a webhook endpoint (its secret stays)',
    description:
      'Replaces the URL, types, employers and `active`; the secret stays (rotate it with `rotate-secret`). Activating a deactivated endpoint clears `deactivatedAt`; retry its failed deliveries after.',
    access: allowed(providerAdmin),
    params: webhookPath,
    body: webhookBodySchema,
    response: webhookSchema,
    successStatus: 200,
    etag: true,
    problems: { unprocessable: URL_REFUSED },
    handler: async ({ caller, params, body, headers }, deps) =>
      withEtag(
        await putEndpoint(deps, caller, params.providerId, params.webhookId, body, preconditionOf(headers)),
      ),
  }),
  defineRoute({
    operationId: 'deleteWebhook',
    method: 'DELETE',
    path: '/v1/providers/{providerId}/webhooks/{webhookId}',
    area,
    summary: 'Remove a webhook endpoint',
    description: 'Removes the endpoint; deliveries still pending fail (its log expires after 30 days).',
    access: allowed(providerAdmin),
    params: webhookPath,
    successStatus: 204,
    etag: true,
    handler: async ({ params, headers }, deps) => {
      await deleteEndpoint(deps, params.providerId, params.webhookId, preconditionOf(headers));
      return noContent;
    },
  }),
  defineRoute({
    operationId: 'rotateWebhookSecret',
    method: 'POST',
    path: '/v1/providers/{providerId}/webhooks/{webhookId}/rotate-secret',
    area,
    summary: 'A new signing secret; the previous one still verifies for 24 hours',
    description:
      'Makes a new secret and answers it (shown this once). For 24 hours deliveries carry a signature of each (`webhook-signature` holds both, space-separated), so a receiver can switch without losing one.',
    access: allowed(providerAdmin),
    params: webhookPath,
    response: webhookWithSecretSchema,
    successStatus: 200,
    handler: async ({ caller, params }, deps) =>
      withEtag(await rotateSecret(deps, caller, params.providerId, params.webhookId)),
  }),
  defineRoute({
    operationId: 'testWebhook',
    method: 'POST',
    path: '/v1/providers/{providerId}/webhooks/{webhookId}/test',
    area,
    summary: 'Send a `ping` event now, and answer its delivery',
    description:
      'Sends a signed `ping` event to the endpoint at once and answers the delivery: `delivered`, or `pending` with the error and the next attempt (it is retried like any delivery).',
    access: allowed(providerAdmin),
    params: webhookPath,
    response: deliverySchema,
    successStatus: 200,
    problems: { conflict: 'The endpoint is not active.' },
    handler: async ({ params }, deps) => ({
      status: 200,
      body: publicDelivery(await testEndpoint(deps, params.providerId, params.webhookId)),
    }),
  }),
  defineRoute({
    operationId: 'listWebhookDeliveries',
    method: 'GET',
    path: '/v1/providers/{providerId}/webhooks/{webhookId}/deliveries',
    area,
    summary: "An endpoint's deliveries, newest first",
    description:
      'The delivery log of the last 30 days: status, attempts, the last status code or error, the next attempt.',
    access: allowed(providerAdmin),
    params: webhookPath,
    query: listQuerySchema,
    response: pageOf(deliverySchema),
    successStatus: 200,
    handler: async ({ params, query }, deps) =>
      listOf(await listDeliveries(deps, params.providerId, params.webhookId, query), (d) => d),
  }),
  defineRoute({
    operationId: 'retryWebhookDelivery',
    method: 'POST',
    path: '/v1/providers/{providerId}/webhooks/{webhookId}/deliveries/{deliveryId}/retry',
    area,
    summary: 'Try a delivery again now',
    description:
      'Queues another attempt of a pending or failed delivery now, with the same event id and body. Within the 24 hours after the event a failing attempt is retried with backoff; after them it is tried this once.',
    access: allowed(providerAdmin),
    params: pathOf('providerId', 'webhookId', 'deliveryId'),
    response: deliverySchema,
    successStatus: 202,
    problems: { conflict: 'The delivery was delivered already.' },
    handler: async ({ params }, deps) => ({
      status: 202,
      body: await retryDelivery(deps, params.providerId, params.webhookId, params.deliveryId),
    }),
  }),
];
