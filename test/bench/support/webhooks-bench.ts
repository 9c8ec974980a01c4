import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { AppDeps } from '../../../shared/app/deps.js';
import type { StoredSignal } from '../../../shared/app/pipeline/ports.js';
import { publishSignalEvents } from '../../../shared/app/webhooks/publish-events.js';
import { startStreamPoller } from '../../../shared/local/stream-poller.js';
import { startReceiver } from '../../integration/support/webhook-receiver.js';
import { percentile } from './changes-bench.js';
import { type Meter, total } from './metering.js';

/**
 * From a signal's write to its delivery at a receiver on this machine, through the path of
 * `npm start` (the table's stream, the poller, the deliveries, the webhook queue, HTTP), one
 * signal at a time: p50 and p99, and what one event cost in DynamoDB requests and write units.
 */
export async function benchWebhooks(options: {
  deps: AppDeps;
  client: DynamoDBDocumentClient;
  endpoint: string;
  tableName: string;
  metering: { start(): Meter };
  providerId: string;
  employerId: string;
  events: number;
}) {
  const { deps } = options;
  const receiver = await startReceiver();
  await deps.store.put(
    { kind: 'webhookEndpoint', providerId: options.providerId, webhookId: 'bench' },
    {
      webhookId: 'bench',
      providerId: options.providerId,
      url: receiver.url,
      eventTypes: ['signal.created'],
      active: true,
      secrets: [{ secret: 'whsec_YmVuY2gtYmVuY2gtYmVuY2gtYmVuY2g=', expiresAt: null }],
      deactivatedAt: null,
    },
    { by: 'bench', at: new Date().toISOString() },
    {},
  );
  const poller = await startStreamPoller({
    client: options.client,
    endpoint: options.endpoint,
    tableName: options.tableName,
    logger: deps.logger,
    consume: async () => ({ failed: [] }),
    consumeEvents: (items) => publishSignalEvents(deps, items),
  });
  const latencies: number[] = [];
  const meters: Meter[] = [];
  try {
    for (let i = 0; i < options.events; i++) {
      const signalId = `20270301bench${String(i).padStart(6, '0')}`;
      const signal: StoredSignal = {
        signalId,
        recipientKey: `E:${options.employerId}:u0`,
        recipientId: 'u0',
        signalType: 'CONTRACT_END',
        typeName: 'Einde contract',
        providerId: options.providerId,
        employerId: options.employerId,
        employerName: 'Bench',
        employeeId: `x${i}`,
        employeeName: 'Bench',
        departmentId: null,
        subject: 'contract:c1',
        eventDate: '2027-03-31',
        signalDate: '2027-03-01',
        daysBefore: 30,
        status: 'unread',
        createdAt: new Date().toISOString(),
        readAt: null,
        handledAt: null,
        handledBy: null,
        note: null,
        emailed: false,
        runId: 'bench',
      };
      const arrived = receiver.until((r) => r.some((x) => x.body.includes(signalId)));
      const t0 = performance.now();
      const meter = options.metering.start();
      await deps.signals.putNew([signal]);
      await arrived;
      latencies.push(performance.now() - t0);
      meters.push(meter);
      options.metering.start();
    }
  } finally {
    await poller.stop();
    await receiver.close();
  }
  const sorted = latencies.slice().sort((a, b) => a - b);
  const mean = (f: (m: Meter) => number) => meters.reduce((n, m) => n + f(m), 0) / meters.length;
  console.log(
    `\n${options.events} signal events, one at a time (write -> stream -> delivery at a local receiver):`,
  );
  console.log(
    `  latency ms            p50 ${percentile(sorted, 50).toFixed(0)}  p99 ${percentile(sorted, 99).toFixed(0)}  max ${sorted.at(-1)!.toFixed(0)}  (goal p99 < 5000)`,
  );
  console.log(
    `  per event             ${mean(total).toFixed(1)} requests, ${mean((m) => m.writeUnits).toFixed(1)} write units, ${mean((m) => m.readUnits).toFixed(1)} read units (the signal's own write included)`,
  );
  const requests = new Map<string, number>();
  for (const m of meters) for (const [k, v] of m.requests) requests.set(k, (requests.get(k) ?? 0) + v);
  console.log(
    `  requests per event    ${[...requests].map(([k, v]) => `${k.replace('Command', '')} ${(v / meters.length).toFixed(1)}`).join(', ')}`,
  );
}
