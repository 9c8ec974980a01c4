import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { startDynamoDbLocal } from '../../shared/local/dynamodb-local.js';
import { freePort } from '../support/free-port.js';

/** The local addresses (hex, as the kernel lists them) of the TCP sockets listening on a port. */
function listenersOn(port: number): string[] {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  return ['/proc/net/tcp', '/proc/net/tcp6'].flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .slice(1)
      .map((line) => line.trim().split(/\s+/))
      // Field 1 is local address:port, field 3 the state (0A: LISTEN).
      .filter((f) => f[1]?.endsWith(`:${hexPort}`) && f[3] === '0A')
      .map((f) => f[1]!.split(':')[0]!),
  );
}

const LOOPBACK = new Set([
  '0100007F',
  '0000000000000000FFFF00000100007F',
  '00000000000000000000000001000000',
]);

describe('DynamoDB Local on the local stack', () => {
  const stops: Array<() => Promise<void>> = [];
  afterAll(async () => {
    for (const stop of stops) await stop();
  });

  it.runIf(process.platform === 'linux')('listens on 127.0.0.1 only, like the API', async () => {
    // Prepare
    const port = await freePort();
    const warnings: string[] = [];
    // Act
    const db = await startDynamoDbLocal({ port, inMemory: true, onWarning: (m) => warnings.push(m) });
    stops.push(db.stop);
    // Assess
    expect(warnings).toEqual([]);
    const addresses = listenersOn(port);
    expect(addresses.length).toBeGreaterThan(0);
    for (const address of addresses) expect(LOOPBACK.has(address), address).toBe(true);
  });
});
