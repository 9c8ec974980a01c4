import { AsyncLocalStorage } from 'node:async_hooks';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { guardPartitions } from '../adapters/dynamodb/partition-access.js';
import type { AppConfig } from '../app/deps.js';
import { FUNCTION_CONFIG, type FunctionName, TABLE_ACCESS } from '../config/functions.js';

const running = new AsyncLocalStorage<FunctionName>();

/**
 * Runs work as the Lambda function that does it in AWS: its DynamoDB requests are checked
 * against that function's zones (shared/config/functions.ts), as IAM checks them there.
 */
export const asFunction = <T>(fn: FunctionName, work: () => Promise<T>): Promise<T> => running.run(fn, work);

/**
 * Puts the partition guard on a client of the local stack (once per client): a request made as a
 * function, outside the partitions that function is granted in AWS, is refused here as there.
 */
export const guardLocalClient = (client: DynamoDBDocumentClient) =>
  guardPartitions(client, { current: () => running.getStore(), accessOf: (fn) => TABLE_ACCESS[fn] });

/**
 * The settings as a function sees them: one it does not declare (FUNCTION_CONFIG) is not in its
 * Lambda environment, so reading it fails here as it would there.
 */
export const guardLocalConfig = (config: AppConfig): AppConfig =>
  new Proxy(config, {
    get(target, setting: keyof AppConfig) {
      const fn = running.getStore();
      if (fn && !FUNCTION_CONFIG[fn].includes(setting)) {
        throw new Error(
          `${fn} reads the setting ${setting}, which its environment does not have (FUNCTION_CONFIG)`,
        );
      }
      return target[setting];
    },
  });
