import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SIGNAL_EVENT_SCHEMAS } from '../../shared/http/schemas/signal-events.js';
import { startStreamPoller } from '../../shared/local/stream-poller.js';
import { api, uid } from './support/api.js';
import { anEmployee, aTenant } from './support/fixtures.js';
import { asLambda, localPipeline, mailsTo } from './support/pipeline.js';
import { startReceiver } from './support/webhook-receiver.js';

/**
 * The pipeline of these tests: its clock starts on 1 March 2027 and runs a hundred times as fast
 * as the wall clock, and so do its queue's delays, so the webhook backoff (5 s, 30 s…) passes in
 * tens of milliseconds.
 */
const SPEED = 100;
const start = Date.now();
const p = localPipeline({
  clock: {
    now: () => new Date(Date.parse('2027-03-01T05:00:00Z') + (Date.now() - start) * SPEED),
    today: () => '2027-03-01',
  },
  queues: { delayScale: 1 / SPEED },
});
let poller: { stop(): Promise<void> };

beforeAll(async () => {
  // The table's own stream, read as the stack reads it: the events come from what was written.
  poller = await startStreamPoller({
    client: p.client,
    endpoint: inject('dynamodbEndpoint'),
    tableName: inject('tableName'),
    logger: p.deps.logger,
    consume: async () => ({ failed: [] }),
    consumeEvents: (items) => asLambda.signalEvents(p.deps, items),
  });
});
afterAll(async () => {
  await poller?.stop();
});

/** A tenant whose employer user gets contract ends 30 days ahead, and an endpoint of its provider. */
async function aSubscribedTenant(
  eventTypes = ['signal.created', 'signal.withdrawn', 'signal.handled', 'run.completed'],
) {
  const t = await aTenant();
  const admin = await t.providerAdmin();
  const receiver = await startReceiver();
  const { userId, token: userToken } = await t.userWith(admin, [
    { signalType: 'CONTRACT_END', daysBefore: [30] },
    { signalType: 'ABSENCE_WEEK_6', daysBefore: [0] },
  ]);
  const made = await api('POST', `/v1/providers/${t.providerId}/webhooks`, {
    token: admin,
    body: { url: receiver.url, eventTypes },
  });
  expect(made.status).toBe(201);
  /**
   * Ends a test: the provider's endpoints go first, so a delivery still pending (a stream record
   * that comes late, a retry) stops at its next attempt instead of retrying a closed port into a
   * later test; then the receiver.
   */
  const finish = async () => {
    const endpoints = (await api('GET', `/v1/providers/${t.providerId}/webhooks`, { token: admin })).json
      .items;
    for (const e of endpoints as Array<{ webhookId: string }>) {
      await api('DELETE', `/v1/providers/${t.providerId}/webhooks/${e.webhookId}`, { token: admin });
    }
    await receiver.close();
  };
  return {
    t,
    admin,
    receiver,
    userId,
    userToken,
    webhook: made.json as { webhookId: string; secret: string },
    finish,
  };
}

const contract = (endDate: string) =>
  anEmployee({ contracts: [{ contractId: 'c1', startDate: '2026-01-01', endDate, type: 'fixedTerm' }] });

describe('Webhooks: signal events, signed per Standard Webhooks', () => {
  it('delivers created, handled and withdrawn events of what was written, verified by the reference library, the withdrawal after the creation', async () => {
    const { t, admin, receiver, userToken, webhook, finish } = await aSubscribedTenant();
    await t.put(`/v1/employers/${t.employerId}/employees/x1`, contract('2027-03-31'));
    await p.run('2027-03-01', [t.employerId]);
    await receiver.until(
      (r) =>
        r.some((x) => x.body.includes('"signal.created"')) &&
        r.some((x) => x.body.includes('"run.completed"')),
    );

    // An independent verifier: the specification's reference library, with the secret shown once.
    const verifier = new Webhook(webhook.secret);
    for (const r of receiver.received) {
      expect(() => verifier.verify(r.body, r.headers as Record<string, string>)).not.toThrow();
    }
    const created = receiver.events().find((e) => e.type === 'signal.created')!;
    expect(created.data).toMatchObject({
      signalType: 'CONTRACT_END',
      employerId: t.employerId,
      employeeId: 'x1',
      employeeName: 'Anna de Vries',
      eventDate: '2027-03-31',
      status: 'unread',
    });
    // Every body is what the document's `webhooks` describe, field for field.
    for (const event of receiver.events()) {
      const schema = SIGNAL_EVENT_SCHEMAS[event.type as keyof typeof SIGNAL_EVENT_SCHEMAS];
      expect(schema.parse(event), event.type).toEqual(event);
    }
    // A tampered body does not verify.
    const first = receiver.received[0]!;
    expect(() => verifier.verify(`${first.body} `, first.headers as Record<string, string>)).toThrow();

    // Handled: one event for the event, naming who.
    const [signal] = (await api('GET', '/v1/me/signals', { token: userToken })).json.items;
    await api('PATCH', `/v1/me/signals/${signal.signalId}`, {
      token: userToken,
      body: { handled: true, note: 'verlengd' },
    });
    await receiver.until((r) => r.some((x) => x.body.includes('"signal.handled"')));
    expect(receiver.events().find((e) => e.type === 'signal.handled')!.data).toMatchObject({
      employeeId: 'x1',
      handled: { note: 'verlengd' },
    });

    // A second signal, then its event goes: withdrawn, after its creation.
    await t.put(`/v1/employers/${t.employerId}/employees/x2`, contract('2027-03-30'));
    await p.run('2027-03-01', [t.employerId]);
    await t.put(`/v1/employers/${t.employerId}/employees/x2`, contract('2027-09-30'));
    await p.run('2027-03-02', [t.employerId]);
    await receiver.until((r) => r.some((x) => x.body.includes('"signal.withdrawn"')));
    for (const event of receiver.events()) {
      const schema = SIGNAL_EVENT_SCHEMAS[event.type as keyof typeof SIGNAL_EVENT_SCHEMAS];
      expect(schema.parse(event), event.type).toEqual(event);
    }
    const order = receiver
      .events()
      .filter((e) => e.data.employeeId === 'x2')
      .map((e) => e.type);
    expect(order.indexOf('signal.created')).toBeGreaterThanOrEqual(0);
    expect(order.indexOf('signal.created')).toBeLessThan(order.indexOf('signal.withdrawn'));

    // The log says what the receiver got (once each attempt's outcome is written): every delivery delivered.
    await p.queues.webhooks.drain();
    const log = await api('GET', `/v1/providers/${t.providerId}/webhooks/${webhook.webhookId}/deliveries`, {
      token: admin,
    });
    expect(log.status).toBe(200);
    expect(log.json.items.length).toBe(new Set(receiver.received.map((r) => r.headers['webhook-id'])).size);
    expect(log.json.items.every((d: { status: string }) => d.status === 'delivered')).toBe(true);
    await finish();
  });

  it('names nobody in a health event', async () => {
    const { t, receiver, finish } = await aSubscribedTenant();
    await t.put(
      `/v1/employers/${t.employerId}/employees/x1`,
      anEmployee({ absences: [{ absenceId: 'a1', startDate: '2027-01-19', endDate: null }] }),
    );
    await p.run('2027-03-01', [t.employerId]);
    await receiver.until((r) => r.some((x) => x.body.includes('ABSENCE_WEEK_6')));
    const health = receiver.events().find((e) => e.data.signalType === 'ABSENCE_WEEK_6')!;
    expect(health.data.employeeName).toBeUndefined();
    expect(JSON.stringify(health)).not.toContain('Anna');
    await finish();
  });

  it('retries a failing endpoint with backoff until a 2xx, with the same webhook-id; a rotated secret still verifies for a day', async () => {
    const { t, admin, receiver, webhook, finish } = await aSubscribedTenant(['signal.created']);
    let calls = 0;
    receiver.answer(() => (++calls <= 2 ? 500 : 204));
    const rotated = await api(
      'POST',
      `/v1/providers/${t.providerId}/webhooks/${webhook.webhookId}/rotate-secret`,
      {
        token: admin,
      },
    );
    expect(rotated.status).toBe(200);
    await t.put(`/v1/employers/${t.employerId}/employees/x1`, contract('2027-03-31'));
    await p.run('2027-03-01', [t.employerId]);
    await receiver.until((r) => r.length >= 3);
    expect(new Set(receiver.received.map((r) => r.headers['webhook-id'])).size).toBe(1);
    for (const secret of [webhook.secret, rotated.json.secret]) {
      const r = receiver.received.at(-1)!;
      expect(() => new Webhook(secret).verify(r.body, r.headers as Record<string, string>)).not.toThrow();
    }
    await p.queues.webhooks.drain();
    const [delivery] = (
      await api('GET', `/v1/providers/${t.providerId}/webhooks/${webhook.webhookId}/deliveries`, {
        token: admin,
      })
    ).json.items;
    expect(delivery).toMatchObject({
      status: 'delivered',
      attempts: 3,
      lastStatusCode: 204,
      lastError: null,
    });
    // The secret is never shown again.
    const shown = await api('GET', `/v1/providers/${t.providerId}/webhooks/${webhook.webhookId}`, {
      token: admin,
    });
    expect(JSON.stringify(shown.json)).not.toContain('whsec_');
    await finish();
  });

  it('deactivates an endpoint failing for 5 days and mails the provider’s admins; PUT active again clears it', async () => {
    const { t, admin, receiver, webhook, finish } = await aSubscribedTenant(['signal.created']);
    const adminId = uid('padm');
    await t.put(`/v1/providers/${t.providerId}/users/${adminId}`, {
      email: `${adminId}@example.nl`,
      name: 'Beheer',
      locale: 'nl',
      admin: true,
    });
    receiver.answer(() => 503);
    // It has failed since six days ago (on the pipeline's clock).
    const sixDaysAgo = new Date(p.deps.clock.now().getTime() - 6 * 24 * 3600 * 1000).toISOString();
    await p.deps.webhooks.recordOutcome(t.providerId, webhook.webhookId, false, sixDaysAgo);
    await t.put(`/v1/employers/${t.employerId}/employees/x1`, contract('2027-03-31'));
    await p.run('2027-03-01', [t.employerId]);
    await receiver.until((r) => r.length >= 1);
    await p.queues.webhooks.drain();
    const shown = await api('GET', `/v1/providers/${t.providerId}/webhooks/${webhook.webhookId}`, {
      token: admin,
    });
    expect(shown.json).toMatchObject({ active: false, deactivatedAt: expect.any(String) });
    const notice = (await mailsTo(`${adminId}@example.nl`)).find((m) =>
      m.subject.startsWith('Webhook gedeactiveerd'),
    );
    expect(notice?.body.text).toContain(webhook.webhookId);
    const [delivery] = (
      await api('GET', `/v1/providers/${t.providerId}/webhooks/${webhook.webhookId}/deliveries`, {
        token: admin,
      })
    ).json.items;
    // Its next attempt found the endpoint inactive: failed, not sent.
    expect(delivery).toMatchObject({ status: 'failed', lastError: 'the endpoint is not active' });
    expect(receiver.received).toHaveLength(1);
    // Fixed: activate it again, and retry the failed delivery by hand.
    receiver.answer(() => 204);
    const again = await api('PUT', `/v1/providers/${t.providerId}/webhooks/${webhook.webhookId}`, {
      token: admin,
      body: { url: receiver.url, eventTypes: ['signal.created'], active: true },
    });
    expect(again.json).toMatchObject({ active: true, deactivatedAt: null });
    const retried = await api(
      'POST',
      `/v1/providers/${t.providerId}/webhooks/${webhook.webhookId}/deliveries/${delivery.deliveryId}/retry`,
      { token: admin },
    );
    expect(retried.status).toBe(202);
    await receiver.until((r) => r.length >= 2);
    await finish();
  });

  it('sends a retry only while the endpoint still takes the event: narrowed in between, it is not sent again', async () => {
    const { t, admin, receiver, webhook, finish } = await aSubscribedTenant(['signal.created']);
    // The first attempt fails; before the next, the admin narrows the endpoint to other employers.
    receiver.answer(async () => {
      await api('PUT', `/v1/providers/${t.providerId}/webhooks/${webhook.webhookId}`, {
        token: admin,
        body: { url: receiver.url, eventTypes: ['signal.created'], employerIds: ['another-employer'] },
      });
      return 503;
    });
    await t.put(`/v1/employers/${t.employerId}/employees/x1`, contract('2027-03-31'));
    await p.run('2027-03-01', [t.employerId]);
    await receiver.until((r) => r.length >= 1);
    await p.queues.webhooks.drain();
    expect(receiver.received).toHaveLength(1);
    const [delivery] = (
      await api('GET', `/v1/providers/${t.providerId}/webhooks/${webhook.webhookId}/deliveries`, {
        token: admin,
      })
    ).json.items;
    expect(delivery).toMatchObject({
      status: 'failed',
      lastError: expect.stringContaining('no longer takes'),
    });
    await finish();
  });

  it('lets no slow endpoint hold back another: each attempt is its own message, with its own timeout', async () => {
    const { t, admin, receiver, finish } = await aSubscribedTenant(['signal.created']);
    const slow = await startReceiver();
    slow.answer(() => 'hang');
    await api('POST', `/v1/providers/${t.providerId}/webhooks`, {
      token: admin,
      body: { url: slow.url, eventTypes: ['signal.created'] },
    });
    const started = Date.now();
    await t.put(`/v1/employers/${t.employerId}/employees/x1`, contract('2027-03-31'));
    await p.run('2027-03-01', [t.employerId]);
    await receiver.until((r) => r.some((x) => x.body.includes('"signal.created"')));
    const healthyAfter = Date.now() - started;
    // The slow one got its request too, and holds it open (10 s): the healthy one did not wait for it.
    await slow.until((r) => r.length >= 1);
    expect(healthyAfter).toBeLessThan(8000);
    await finish();
    await slow.close();
  });

  it('pings an endpoint on request, and refuses URLs that are not https or point inward', async () => {
    const { t, admin, receiver, webhook, finish } = await aSubscribedTenant();
    const ping = await api('POST', `/v1/providers/${t.providerId}/webhooks/${webhook.webhookId}/test`, {
      token: admin,
    });
    expect(ping.status).toBe(200);
    expect(ping.json).toMatchObject({ eventType: 'ping', status: 'delivered', attempts: 1 });
    expect(receiver.events().at(-1)).toMatchObject({ type: 'ping', data: { webhookId: webhook.webhookId } });
    for (const url of [
      'http://hooks.example.nl/x',
      'https://10.1.2.3/x',
      'https://169.254.169.254/latest/meta-data',
      'https://[::1]/x',
      'https://localhost/x',
      'http://127.0.0.2:8080/x',
    ]) {
      const r = await api('POST', `/v1/providers/${t.providerId}/webhooks`, {
        token: admin,
        body: { url, eventTypes: ['signal.created'] },
      });
      expect(r.status, url).toBe(422);
    }
    await finish();
  });
});
