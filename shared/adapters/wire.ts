import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { AppConfig, AppDeps } from '../app/deps.js';
import type { Clock } from '../app/ports.js';
import { DynamoDirectoryStore } from './dynamodb/directory-store.js';

export interface WireOptions {
  client: DynamoDBDocumentClient;
  tableName: string;
  config: AppConfig;
  clock: Clock;
}

/** Builds the application's dependencies from its infrastructure; each runtime calls this once. */
export function wireAppDeps({ client, tableName, config, clock }: WireOptions): AppDeps {
  const directory = new DynamoDirectoryStore(client, tableName);
  return { clock, config, tenants: directory, directory };
}
