import type { PartitionAccess } from '../adapters/dynamodb/partition-access.js';
import type { AppConfig } from '../app/deps.js';
import type { Area } from '../http/route.js';

/** The functions beside the API areas: the pipeline and its jobs. */
export const PIPELINE_FUNCTIONS = [
  'dispatch',
  'evaluate',
  'deliver',
  'sweep',
  'changes',
  'sesEvents',
  'reconcile',
  'signalEvents',
  'webhooks',
] as const;
export type PipelineFunction = (typeof PIPELINE_FUNCTIONS)[number];
/** Every Lambda function: one per API area, and the pipeline's. */
export type FunctionName = Area | PipelineFunction;

/** The Powertools service of a function (the `service` dimension of its metrics): `signals-ses-events`. */
export const serviceNameOf = (fn: FunctionName) =>
  `signals-${fn.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/**
 * The table's partitions each function may touch, declared once: CDK grants exactly these
 * (`dynamodb:LeadingKeys`), and the local stack refuses any other request of that function, so
 * the integration tests fail where a grant is missing. Sickness data (employer partitions) is
 * out of reach of the functions that never need it; the unsubscribe signing key is read only
 * where links are signed or checked.
 */
export const TABLE_ACCESS: Record<FunctionName, PartitionAccess> = {
  directory: { provider: 'write', employer: 'write' },
  // Webhook endpoints live in their own zone (with their deliveries), not in the provider's data.
  settings: { provider: 'write', employer: 'write', signalSetIndex: 'read', webhook: 'write' },
  // The signal list and its marks, custom signals (employer partitions), e-mail preferences and
  // unsubscribe (the signing key is made on first use, wherever that is).
  signals: { provider: 'read', employer: 'write', inbox: 'write', signingKey: 'write', calendar: 'write' },
  templates: { provider: 'write', employer: 'write' },
  operations: { run: 'write', runIndex: 'read', employerIndex: 'read' },
  dispatch: { provider: 'read', employer: 'read', run: 'write', employerIndex: 'read' },
  evaluate: { provider: 'read', employer: 'write', inbox: 'write', run: 'write', mailboxIndex: 'read' },
  deliver: {
    provider: 'read',
    employer: 'read',
    inbox: 'write',
    run: 'write',
    suppressed: 'read',
    signingKey: 'write',
  },
  // Queues a closed run's digests, and the collected ones due by its date.
  sweep: { run: 'write', runIndex: 'read', mailboxIndex: 'read' },
  changes: { provider: 'read', employer: 'write', inbox: 'write', run: 'write', calendar: 'write' },
  sesEvents: { suppressed: 'write' },
  reconcile: { provider: 'read', employer: 'read', employerIndex: 'read' },
  // The stream's signal, event-state and run items become events: endpoints and deliveries only.
  signalEvents: { webhook: 'write' },
  // Attempts deliveries; deactivating an endpoint mails the provider's admins (provider users).
  webhooks: { webhook: 'write', provider: 'read' },
};

/**
 * The deployment settings each function's use cases read, declared once: its Lambda environment
 * carries these (functions/runtime/env.ts), and the local stack refuses a function that reads
 * another, so the integration tests fail where a function would in AWS.
 */
export const FUNCTION_CONFIG: Record<FunctionName, readonly (keyof AppConfig)[]> = {
  directory: [],
  settings: ['catchUpDays', 'webhookLoopback'],
  signals: ['apiUrl'],
  templates: ['appUrl', 'apiUrl', 'senderDomains', 'defaultSender'],
  operations: [],
  dispatch: [],
  evaluate: ['catchUpDays'],
  deliver: ['appUrl', 'apiUrl', 'defaultSender', 'catchUpDays'],
  sweep: [],
  changes: ['catchUpDays'],
  sesEvents: [],
  reconcile: [],
  signalEvents: [],
  webhooks: ['defaultSender', 'webhookLoopback'],
};
