import type { Context, DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { itemChangeOf, type StreamRecord } from '../../shared/adapters/dynamodb/stream-changes.js';
import { followChanges } from '../../shared/app/pipeline/follow-changes.js';
import type { ItemChange } from '../../shared/app/pipeline/reevaluate-changes.js';
import { instrument, lambdaRuntime } from '../runtime/lambda-wiring.js';

const { deps, logger, middlewares } = lambdaRuntime('changes');

/**
 * The table's stream (filtered to the item kinds that can alter signals): removes the inboxes of
 * deleted users and re-evaluates the employers the batch may have altered. A failure reports the
 * earliest failed record (an employer's newest, or a deleted user's), so the stream retries from
 * there (records before it are done; both steps are safe to repeat).
 */
export const handler = instrument(
  async (event: DynamoDBStreamEvent, _context: Context): Promise<DynamoDBBatchResponse> => {
    const changes = event.Records.map((r) => itemChangeOf(r as StreamRecord)).filter(
      (c): c is ItemChange => c !== undefined,
    );
    const { evaluated, failed } = await followChanges(deps, changes);
    logger.info('changes followed', {
      records: event.Records.length,
      employers: evaluated,
      failed: failed.length,
    });
    const retryFrom = failed[0]?.sequence;
    return { batchItemFailures: retryFrom ? [{ itemIdentifier: retryFrom }] : [] };
  },
  middlewares,
);
