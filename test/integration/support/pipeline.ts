import { Logger } from '@aws-lambda-powertools/logger';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { inject } from 'vitest';
import { makeDocumentClient } from '../../../shared/adapters/dynamodb/client.js';
import type { Mailer } from '../../../shared/app/mail/ports.js';
import { startRun } from '../../../shared/app/pipeline/dispatch.js';
import type { StoredSignal } from '../../../shared/app/pipeline/ports.js';
import { fixedClock } from '../../../shared/app/system-clock.js';
import { defaultLocalConfig, wireLocal } from '../../../shared/local/local-wiring.js';

/**
 * The pipeline wired as the local stack wires it (same use cases, in-process queues, DynamoDB
 * Local, SES emulator), in the test's own process so a test can run, redeliver and inject faults.
 */
export function localPipeline(options: { mailer?: Mailer; today?: string } = {}) {
  const client = makeDocumentClient({ endpoint: inject('dynamodbEndpoint'), region: 'eu-west-1' });
  const local = wireLocal({
    client,
    tableName: inject('tableName'),
    sesEndpoint: inject('sesUrl'),
    config: defaultLocalConfig(),
    clock: fixedClock(new Date(`${options.today ?? '2027-03-01'}T05:00:00Z`)),
    logger: new Logger({ serviceName: 'test', logLevel: 'SILENT' }),
    mailer: options.mailer,
  });
  return {
    ...local,
    client,
    /** Runs the evaluation of a date for these employers only, and waits for evaluation and delivery. */
    async run(date: string, employerIds: string[]) {
      const run = await startRun(local.deps, { date, employerIds });
      await local.drain();
      return (await local.deps.runs.getRun(run.runId))!;
    },
    /** Every signal item of an employer, counted in the table (not from responses). */
    signalItems: async (employerId: string) => {
      const { Items = [] } = await client.send(
        new ScanCommand({
          TableName: inject('tableName'),
          FilterExpression: 'entity = :signal AND employerId = :e',
          ExpressionAttributeValues: { ':signal': 'signal', ':e': employerId },
        }),
      );
      return Items as StoredSignal[];
    },
  };
}

interface StoredMail {
  from: string;
  destination: { to: string[] };
  subject: string;
  body: { html: string; text: string };
  headers?: Array<{ name: string; value: string }>;
}

/** Mails the SES emulator received for an address. */
export async function mailsTo(address: string): Promise<StoredMail[]> {
  const store = (await (await fetch(`${inject('sesUrl')}/store`)).json()) as { emails: StoredMail[] };
  return store.emails.filter((e) => e.destination.to.includes(address));
}
