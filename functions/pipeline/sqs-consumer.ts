import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Logger } from '@aws-lambda-powertools/logger';
import type { Context, SQSEvent, SQSRecord } from 'aws-lambda';
import type * as z from 'zod';

/**
 * An SQS consumer that reports partial batch failures: each record is validated and handled on
 * its own; a failed record goes back to the queue (and after its last receive to the DLQ), the
 * others are deleted.
 */
export function makeSqsConsumer<S extends z.ZodType>(
  logger: Logger,
  schema: S,
  handle: (message: z.infer<S>, receiveCount: number) => Promise<unknown>,
) {
  const processor = new BatchProcessor(EventType.SQS);
  const recordHandler = async (record: SQSRecord) => {
    const message = schema.parse(JSON.parse(record.body));
    await handle(message, Number(record.attributes.ApproximateReceiveCount ?? '1'));
  };
  return async (event: SQSEvent, context: Context) => {
    logger.addContext(context);
    return processPartialResponse(event, recordHandler, processor, { context });
  };
}
