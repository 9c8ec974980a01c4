import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { type LocalStack, startLocalStack } from '../../../shared/local/stack.js';
import { freePort } from '../../support/free-port.js';

declare module 'vitest' {
  export interface ProvidedContext {
    apiUrl: string;
    sesUrl: string;
    dynamodbEndpoint: string;
    tableName: string;
    dataDir: string;
  }
}

let stack: LocalStack | undefined;
let dataDir: string | undefined;

/** Starts the embedded stack once per test run, in memory, on free ports. */
export async function setup(project: TestProject) {
  dataDir = mkdtempSync(join(tmpdir(), 'signals-test-'));
  stack = await startLocalStack({
    port: await freePort(),
    sesPort: await freePort(),
    dynamodbPort: await freePort(),
    ...(process.env.DYNAMODB_ENDPOINT ? { dynamodbEndpoint: process.env.DYNAMODB_ENDPOINT } : {}),
    dataDir,
    inMemory: true,
    logLevel: 'SILENT',
  });
  project.provide('apiUrl', stack.urls.api);
  project.provide('sesUrl', stack.urls.ses);
  project.provide('dynamodbEndpoint', stack.urls.dynamodb);
  project.provide('tableName', stack.tableName);
  project.provide('dataDir', dataDir);
}

export async function teardown() {
  await stack?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
