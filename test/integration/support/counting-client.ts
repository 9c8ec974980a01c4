import { inject } from 'vitest';
import { makeDocumentClient } from '../../../shared/adapters/dynamodb/client.js';

/** A document client on the embedded DynamoDB Local that counts the requests it sends, by command. */
export function countingClient() {
  const client = makeDocumentClient({ endpoint: inject('dynamodbEndpoint'), region: 'eu-west-1' });
  const counts = new Map<string, number>();
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const name = String(context.commandName ?? 'unknown');
      counts.set(name, (counts.get(name) ?? 0) + 1);
      return next(args);
    },
    { step: 'initialize', name: 'countRequests' },
  );
  return {
    client,
    counts,
    total: () => [...counts.values()].reduce((a, b) => a + b, 0),
    reset: () => counts.clear(),
  };
}
