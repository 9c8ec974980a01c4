import type { Server } from 'node:http';
import { connect } from 'node:net';
import { join } from 'node:path';
import { Logger } from '@aws-lambda-powertools/logger';
import type { LogLevel } from '@aws-lambda-powertools/logger/types';
import { makeDocumentClient } from '../adapters/dynamodb/client.js';
import type { InProcessQueue } from '../adapters/in-process-queue.js';
import type { AppConfig, AppDeps } from '../app/deps.js';
import type { DeliverMessage } from '../app/digests/ports.js';
import type { Mailer } from '../app/mail/ports.js';
import { followChanges } from '../app/pipeline/follow-changes.js';
import type { EvaluateMessage } from '../app/pipeline/ports.js';
import type { Clock } from '../app/ports.js';
import { systemClock } from '../app/system-clock.js';
import { publishSignalEvents } from '../app/webhooks/publish-events.js';
import { makeApiHandler } from '../http/api-handler.js';
import { AREAS, type Area } from '../http/route.js';
import { ROUTES } from '../http/routes.js';
import { ensureTable } from './create-table.js';
import { type AreaHandler, makeDevServer } from './dev-server.js';
import { startDynamoDbLocal } from './dynamodb-local.js';
import { asFunction } from './function-context.js';
import { type LocalKeys, loadLocalKeys } from './local-keys.js';
import { defaultLocalConfig, wireLocal } from './local-wiring.js';
import { startLocalScheduler } from './scheduler.js';
import { startSesLocal } from './ses-local.js';
import { startStreamPoller } from './stream-poller.js';

export interface LocalStackOptions {
  port: number;
  sesPort: number;
  dynamodbPort: number;
  /** Use this DynamoDB instead of starting DynamoDB Local. */
  dynamodbEndpoint?: string;
  dataDir: string;
  inMemory: boolean;
  tableName?: string;
  logLevel?: LogLevel;
  clock?: Clock;
  config?: Partial<AppConfig>;
  /** Another mailer (tests inject faults with it). */
  mailer?: Mailer;
  /** Fire the moments locally (npm start); tests trigger runs themselves. */
  scheduler?: boolean;
  /**
   * Read the table's stream and re-evaluate what each change may alter (npm start; the tests of
   * that path). Off by default in tests, whose runs count what they create.
   */
  streams?: boolean;
  /**
   * Answer `GET /v1/health` with 503 until `markReady()` (npm start: until the demo tenant is
   * seeded, so a script that waits for health finds it). Ready at once when absent.
   */
  notReadyUntilMarked?: boolean;
}

export interface LocalStack {
  urls: { api: string; ses: string; dynamodb: string };
  tableName: string;
  keys: LocalKeys;
  deps: AppDeps;
  queues: { evaluate: InProcessQueue<EvaluateMessage>; deliver: InProcessQueue<DeliverMessage> };
  /** Waits until both queues are idle (a run fully evaluated and delivered). */
  drain(): Promise<void>;
  /** From now on `GET /v1/health` answers 200. */
  markReady(): void;
  stop(): Promise<void>;
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
}

/**
 * The whole stack in one process (plus DynamoDB Local's Java process): used by `npm start` and by
 * the integration tests' global setup. Stops everything it started, in reverse order.
 */
/** A port another process (another `npm start`, say) already listens on. */
export class PortInUseError extends Error {
  override name = 'PortInUseError';
}

/** Whether something listens on a loopback port. */
function inUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/**
 * Refuses ports that are taken: a second stack must not quietly use the first one's DynamoDB
 * or advertise a mail server it did not start.
 */
async function requireFreePorts(ports: Array<[string, number]>) {
  const taken: string[] = [];
  for (const [name, port] of ports) if (await inUse(port)) taken.push(`${name} ${port}`);
  if (taken.length > 0) {
    throw new PortInUseError(
      `In use already (another npm start?): ${taken.join(', ')}. Stop the other stack, or give this one its own PORT, SES_PORT and DYNAMODB_PORT.`,
    );
  }
}

export async function startLocalStack(options: LocalStackOptions): Promise<LocalStack> {
  await requireFreePorts([
    ['PORT', options.port],
    ['SES_PORT', options.sesPort],
    ...(options.dynamodbEndpoint
      ? []
      : ([['DYNAMODB_PORT', options.dynamodbPort]] as Array<[string, number]>)),
  ]);
  const stops: Array<() => Promise<void>> = [];
  const stop = async () => {
    for (const s of stops.reverse()) await s().catch(() => undefined);
  };
  try {
    const tableName = options.tableName ?? 'signals-local';
    const dynamo = options.dynamodbEndpoint
      ? { endpoint: options.dynamodbEndpoint, stop: async () => undefined }
      : await startDynamoDbLocal({
          port: options.dynamodbPort,
          dataDir: join(options.dataDir, 'dynamodb'),
          inMemory: options.inMemory,
        });
    stops.push(dynamo.stop);
    const ses = await startSesLocal(options.sesPort);
    stops.push(ses.stop);

    const client = makeDocumentClient({ endpoint: dynamo.endpoint, region: 'eu-west-1' });
    await ensureTable(client, tableName);

    const keys = await loadLocalKeys(options.dataDir);
    const apiUrl = `http://127.0.0.1:${options.port}`;
    const config = defaultLocalConfig({ apiUrl, ...options.config });
    const logger = new Logger({ serviceName: 'signals-local', logLevel: options.logLevel ?? 'INFO' });
    const local = wireLocal({
      client,
      tableName,
      sesEndpoint: ses.endpoint,
      config,
      clock: options.clock ?? systemClock,
      logger,
      mailer: options.mailer,
    });
    const { deps } = local;
    const handlers = {} as Record<Area, AreaHandler>;
    for (const area of AREAS) {
      const handler = makeApiHandler({
        routes: ROUTES.filter((r) => r.area === area),
        knownRoutes: ROUTES,
        deps,
        logger,
      });
      handlers[area] = (event, context) => asFunction(area, () => handler(event, context));
    }

    if (options.streams) {
      const poller = await startStreamPoller({
        client,
        endpoint: dynamo.endpoint,
        tableName,
        logger: deps.logger,
        consume: (changes) => asFunction('changes', () => followChanges(deps, changes)),
        consumeEvents: (items) => asFunction('signalEvents', () => publishSignalEvents(deps, items)),
      });
      stops.push(poller.stop);
    }
    if (options.scheduler) {
      const scheduler = await startLocalScheduler(deps, local.schedules);
      stops.push(async () => scheduler.stop());
    }
    let ready = !options.notReadyUntilMarked;
    const server = makeDevServer({ routes: ROUTES, handlers, keys, ready: () => ready });
    await listen(server, options.port);
    stops.push(
      () =>
        new Promise<void>((resolve) => {
          server.closeAllConnections();
          server.close(() => resolve());
        }),
    );
    return {
      urls: { api: apiUrl, ses: ses.endpoint, dynamodb: dynamo.endpoint },
      tableName,
      keys,
      deps,
      queues: local.queues,
      drain: local.drain,
      markReady: () => {
        ready = true;
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
