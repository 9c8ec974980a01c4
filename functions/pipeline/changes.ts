import type { Context, DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { itemChangeOf, type StreamRecord } from '../../shared/adapters/dynamodb/stream-changes.js';
import {
  compareSequence,
  type ItemChange,
  reevaluateChanges,
} from '../../shared/app/pipeline/reevaluate-changes.js';
import { instrument, lambdaRuntime } from '../runtime/lambda-wiring.js';

const { deps, logger, middlewares } = lambdaRuntime('changes');

/**
 * The table's stream (filtered to the item kinds that can alter signals): re-evaluates the
 * employers the batch may have altered. A failed employer reports the earliest of the failed
 * employers' newest records, so the stream retries from there (records before it are done).
 */
export const handler = instrument(
  async (event: DynamoDBStreamEvent, context: Context): Promise<DynamoDBBatchResponse> => {
    logger.addContext(context);
    const changes = event.Records.map((r) => itemChangeOf(r as StreamRecord)).filter(
      (c): c is ItemChange => c !== undefined,
    );
    const { evaluated, failed } = await reevaluateChanges(deps, changes);
    logger.info('changes re-evaluated', {
      records: event.Records.length,
      employers: evaluated,
      failed: failed.length,
    });
    const retryFrom = failed.map((f) => f.change.sequence).sort(compareSequence)[0];
    return { batchItemFailures: retryFrom ? [{ itemIdentifier: retryFrom }] : [] };
  },
  middlewares,
);
