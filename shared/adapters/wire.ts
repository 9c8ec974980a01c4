import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { AppConfig, AppDeps } from '../app/deps.js';
import { randomIds } from '../app/ids.js';
import type { Clock } from '../app/ports.js';
import { DynamoResourceStore } from './dynamodb/resource-store.js';

export interface WireOptions {
  client: DynamoDBDocumentClient;
  tableName: string;
  config: AppConfig;
  clock: Clock;
}

/** Builds the application's dependencies from its infrastructure; each runtime calls this once. */
export function wireAppDeps({ client, tableName, config, clock }: WireOptions): AppDeps {
  const store = new DynamoResourceStore(client, tableName);
  return { clock, ids: randomIds, config, tenants: store, store };
}
