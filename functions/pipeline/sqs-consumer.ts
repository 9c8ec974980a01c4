import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Logger } from '@aws-lambda-powertools/logger';
import type { MiddlewareObj } from '@middy/core';
import type { Context, SQSEvent, SQSRecord } from 'aws-lambda';
import type * as z from 'zod';
import { instrument } from '../runtime/lambda-wiring.js';

/**
 * An SQS consumer that reports partial batch failures: each record is validated and handled on
 * its own; a failed record goes back to the queue (and after its last receive to the DLQ), the
 * others are deleted.
 */
export function makeSqsConsumer<S extends z.ZodType>(
  _logger: Logger,
  middlewares: readonly MiddlewareObj[],
  schema: S,
  handle: (message: z.infer<S>, receiveCount: number) => Promise<unknown>,
) {
  const processor = new BatchProcessor(EventType.SQS);
  const recordHandler = async (record: SQSRecord) => {
    const message = schema.parse(JSON.parse(record.body));
    await handle(message, Number(record.attributes.ApproximateReceiveCount ?? '1'));
  };
  return instrument(async (event: SQSEvent, context: Context) => {
    return processPartialResponse(event, recordHandler, processor, { context });
  }, middlewares);
}
