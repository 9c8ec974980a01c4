import { Logger } from '@aws-lambda-powertools/logger';
import { paginateScan } from '@aws-sdk/lib-dynamodb';
import { inject } from 'vitest';
import { makeDocumentClient } from '../../../shared/adapters/dynamodb/client.js';
import type { Mailer } from '../../../shared/app/mail/ports.js';
import { suppressFromSesEvent } from '../../../shared/app/mail/ses-events.js';
import { reconcileSchedules } from '../../../shared/app/moments/reconcile-schedules.js';
import { startRun } from '../../../shared/app/pipeline/dispatch.js';
import { followChanges } from '../../../shared/app/pipeline/follow-changes.js';
import type { StoredSignal } from '../../../shared/app/pipeline/ports.js';
import { sweepRuns } from '../../../shared/app/pipeline/sweep-runs.js';
import type { Clock } from '../../../shared/app/ports.js';
import { fixedClock } from '../../../shared/app/system-clock.js';
import type { WebhookTransport } from '../../../shared/app/webhooks/ports.js';
import { publishSignalEvents } from '../../../shared/app/webhooks/publish-events.js';
import { asFunction } from '../../../shared/local/function-context.js';
import { defaultLocalConfig, wireLocal } from '../../../shared/local/local-wiring.js';

/**
 * The pipeline wired as the local stack wires it (same use cases, in-process queues, DynamoDB
 * Local, SES emulator), in the test's own process so a test can run, redeliver and inject faults.
 */
export function localPipeline(
  options: {
    mailer?: Mailer;
    today?: string;
    clock?: Clock;
    queues?: { delayScale?: number };
    webhookTransport?: WebhookTransport;
  } = {},
) {
  const client = makeDocumentClient({ endpoint: inject('dynamodbEndpoint'), region: 'eu-west-1' });
  const local = wireLocal({
    client,
    tableName: inject('tableName'),
    sesEndpoint: inject('sesUrl'),
    config: defaultLocalConfig(),
    clock: options.clock ?? fixedClock(new Date(`${options.today ?? '2027-03-01'}T05:00:00Z`)),
    logger: new Logger({ serviceName: 'test', logLevel: 'SILENT' }),
    mailer: options.mailer,
    ...(options.queues ? { queues: options.queues } : {}),
    ...(options.webhookTransport ? { webhookTransport: options.webhookTransport } : {}),
  });
  return {
    ...local,
    client,
    /** Runs the evaluation of a date for these employers only, and waits for evaluation and delivery. */
    async run(date: string, employerIds: string[]) {
      const run = await asLambda.dispatch(local.deps, { date, employerIds });
      await local.drain();
      return (await local.deps.runs.getRun(run.runId))!;
    },
    /**
     * Every signal item of an employer, counted in the table (not from responses): every page of
     * the scan (one page holds at most 1 MB, and the tests share one table).
     */
    signalItems: async (employerId: string) => {
      const items: StoredSignal[] = [];
      const pages = paginateScan(
        { client },
        {
          TableName: inject('tableName'),
          FilterExpression: 'entity = :signal AND employerId = :e',
          ExpressionAttributeValues: { ':signal': 'signal', ':e': employerId },
        },
      );
      for await (const page of pages) items.push(...((page.Items ?? []) as StoredSignal[]));
      return items;
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

/**
 * The use cases of the functions that Scheduler, SNS or the stream invoke, run as those functions:
 * their table requests are held to the partitions IAM grants them (shared/config/functions.ts).
 */
export const asLambda = {
  dispatch: (...args: Parameters<typeof startRun>) => asFunction('dispatch', () => startRun(...args)),
  sweep: (...args: Parameters<typeof sweepRuns>) => asFunction('sweep', () => sweepRuns(...args)),
  signalEvents: (...args: Parameters<typeof publishSignalEvents>) =>
    asFunction('signalEvents', () => publishSignalEvents(...args)),
  reconcile: (...args: Parameters<typeof reconcileSchedules>) =>
    asFunction('reconcile', () => reconcileSchedules(...args)),
  sesEvents: (...args: Parameters<typeof suppressFromSesEvent>) =>
    asFunction('sesEvents', () => suppressFromSesEvent(...args)),
  changes: (...args: Parameters<typeof followChanges>) => asFunction('changes', () => followChanges(...args)),
};
