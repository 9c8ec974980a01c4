/**
 * Receives of a queue message before it goes to its dead-letter queue, per queue: SQS redrive
 * in CDK, the in-process queue locally, and the consumers' "last attempt" (which counts an
 * employer failed on its run) all read this one number.
 */
export const MAX_RECEIVES = {
  evaluate: 3,
  deliver: 5,
  // A webhook attempt's failure is recorded and re-queued by the consumer itself: a receive fails
  // only when the consumer does (the table, the queue), and then a few more tries are enough.
  webhooks: 5,
} as const;
