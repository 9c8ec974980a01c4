import { Logger } from '@aws-lambda-powertools/logger';
import fc from 'fast-check';
import { describe, expect, inject, it } from 'vitest';
import { makeDocumentClient } from '../../shared/adapters/dynamodb/client.js';
import { fetchTransport } from '../../shared/adapters/http/webhook-transport.js';
import type { ChangedItem } from '../../shared/app/events/signal-events.js';
import { publishSignalEvents } from '../../shared/app/webhooks/publish-events.js';
import { defaultLocalConfig, wireLocal } from '../../shared/local/local-wiring.js';
import { FaultInjector } from '../support/fault-injector.js';
import { uid } from './support/api.js';
import { startReceiver } from './support/webhook-receiver.js';

/** A clock a thousand times as fast as the wall clock (the backoff's 5 s are 5 ms). */
const SPEED = 1000;
const fastClock = () => {
  const start = Date.now();
  return {
    now: () => new Date(Date.parse('2027-03-01T05:00:00Z') + (Date.now() - start) * SPEED),
    today: () => '2027-03-01',
  };
};

/** A signal's insert as the stream hands it over, and its withdrawal. */
function signalChanges(providerId: string, employerId: string, n: number, withdrawn: readonly number[]) {
  const items: ChangedItem[] = [];
  const signal = (i: number, status: string) => ({
    entity: 'signal',
    signalId: `20270301s${i}`,
    recipientKey: `E:${employerId}:u1`,
    recipientId: 'u1',
    providerId,
    signalType: 'CONTRACT_END',
    employerId,
    employeeId: `x${i}`,
    employeeName: `Werknemer ${i}`,
    eventDate: '2027-03-31',
    signalDate: '2027-03-01',
    legalDate: null,
    status,
    createdAt: '2027-03-01T05:00:00.000Z',
  });
  for (let i = 0; i < n; i++) {
    const keys = { pk: `INBOX#E:${employerId}:u1`, sk: `SIGNAL#20270301s${i}` };
    items.push({ eventName: 'INSERT', keys, newImage: signal(i, 'unread'), at: '2027-03-01T05:00:00.000Z' });
    if (withdrawn.includes(i)) {
      items.push({
        eventName: 'MODIFY',
        keys,
        oldImage: signal(i, 'unread'),
        newImage: signal(i, 'withdrawn'),
        at: '2027-03-02T05:00:00.000Z',
      });
    }
  }
  return items;
}

describe('Webhooks under faults', () => {
  it('with faults on DynamoDB, the queue and the HTTP call, and stream records redelivered: every event reaches the endpoint, no webhook-id more often than it was attempted, and the log matches what arrived', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 3, max: 8 }),
        fc.uniqueArray(fc.nat({ max: 7 }), { maxLength: 3 }),
        fc.double({ min: 0.05, max: 0.2, noNaN: true }),
        fc.integer({ min: 1, max: 2 ** 31 - 2 }),
        // Which batches the stream hands over twice.
        fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
        async (n, withdrawnOf, rate, seed, again) => {
          let state = seed;
          const random = () => {
            state = (state * 48271) % 2147483647;
            return state / 2147483647;
          };
          const faults = new FaultInjector(rate, random);
          const client = makeDocumentClient({ endpoint: inject('dynamodbEndpoint'), region: 'eu-west-1' });
          faults.attach(client, 'dynamodb');
          const receiver = await startReceiver();
          const local = wireLocal({
            client,
            tableName: inject('tableName'),
            sesEndpoint: inject('sesUrl'),
            config: defaultLocalConfig(),
            clock: fastClock(),
            logger: new Logger({ serviceName: 'faults', logLevel: 'SILENT' }),
            queues: { maxAttempts: 50, backoffMs: () => 1, delayScale: 1 / SPEED },
            webhookTransport: faults.transport(fetchTransport(2000), 'http'),
          });
          faults.queue(local.queues.webhooks, 'sqs');
          const { deps } = local;
          const providerId = uid('wp');
          const employerId = uid('we');
          faults.enabled = false;
          await deps.store.put(
            { kind: 'webhookEndpoint', providerId, webhookId: 'w1' },
            {
              webhookId: 'w1',
              providerId,
              url: receiver.url,
              eventTypes: ['signal.created', 'signal.withdrawn'],
              active: true,
              secrets: [{ secret: 'whsec_dGVzdC10ZXN0LXRlc3QtdGVzdA==', expiresAt: null }],
              deactivatedAt: null,
            },
            { by: 'test', at: '2027-03-01T05:00:00.000Z' },
            {},
          );
          faults.enabled = true;
          const withdrawn = withdrawnOf.filter((i) => i < n);
          const changes = signalChanges(providerId, employerId, n, withdrawn);
          // The stream: batches of three, a failed batch handed over again until it goes, some twice.
          for (let b = 0; b * 3 < changes.length; b++) {
            const batch = changes.slice(b * 3, b * 3 + 3);
            for (let times = again[b % again.length] ? 2 : 1; times > 0; times--) {
              for (let tries = 0; ; tries++) {
                try {
                  await publishSignalEvents(deps, batch);
                  break;
                } catch (error) {
                  if (tries > 50) throw error;
                }
              }
            }
          }
          await local.queues.webhooks.drain();
          faults.enabled = false;

          // Every event reached the endpoint at least once.
          const ids = new Map<string, number>();
          for (const r of receiver.received) {
            const id = String(r.headers['webhook-id']);
            ids.set(id, (ids.get(id) ?? 0) + 1);
          }
          expect(ids.size).toBe(n + withdrawn.length);
          // The log: one delivered delivery per event, attempted at least as often as it arrived.
          const log = await deps.webhooks.list(providerId, 'w1', { limit: 100 });
          expect(log.items).toHaveLength(n + withdrawn.length);
          for (const d of log.items) {
            expect(d.status).toBe('delivered');
            expect(ids.get(d.eventId) ?? 0, d.eventId).toBeGreaterThanOrEqual(1);
            expect(ids.get(d.eventId)!, d.eventId).toBeLessThanOrEqual(d.attempts);
          }
          // A withdrawal never arrived before its creation.
          const events = receiver.events();
          for (const i of withdrawn) {
            const first = (type: string) =>
              events.findIndex((e) => e.type === type && e.data.employeeId === `x${i}`);
            expect(first('signal.created')).toBeGreaterThanOrEqual(0);
            expect(first('signal.created')).toBeLessThan(first('signal.withdrawn'));
          }
          await receiver.close();
        },
      ),
      { numRuns: 6 },
    );
  }, 180_000);
});
