import type { ListRef, ResourceRef } from '../../app/resource-store.js';
import type { CursorScope } from './cursors.js';

/**
 * Every key of the single table, in one place: nothing else spells a key, and each partition or
 * prefix below is spelled once. Ids are limited to A-Za-z0-9._- at the edge, so `#` can
 * separate key parts safely.
 */
export interface Key {
  pk: string;
  sk: string;
}

/** The partitions. */
export const partitions = {
  provider: (providerId: string) => `PROVIDER#${providerId}`,
  employer: (employerId: string) => `EMPLOYER#${employerId}`,
  inbox: (recipientKey: string) => `INBOX#${recipientKey}`,
  run: (runId: string) => `RUN#${runId}`,
  suppressed: (email: string) => `SUPPRESSED#${email.toLowerCase()}`,
  /** A provider's webhook endpoints, their deliveries and health. */
  webhook: (providerId: string) => `WEBHOOK#${providerId}`,
  /** A user's calendar feed, by the feed token's digest. */
  calendar: (tokenDigest: string) => `CALENDAR#${tokenDigest}`,
};

/** Sort-key prefixes lists are read by. */
export const prefixes = {
  user: 'USER#',
  department: 'DEPARTMENT#',
  employee: 'EMPLOYEE#',
  employer: 'EMPLOYER#',
  signalSet: 'SET#',
  settingsUser: 'SETTINGS#USER#',
  /** A user's substitutes, beside the user's settings in the same partition. */
  substitutes: 'SUBSTITUTES#',
  /** Every custom signal, of any employee: `CUSTOM#<employeeId>#<customSignalId>`. */
  customSignal: 'CUSTOM#',
  customSignals: (employeeId: string) => `${prefixes.customSignal}${employeeId}#`,
  signal: 'SIGNAL#',
  digest: 'DIGEST#',
  sent: 'SENT#',
  /** A user's digests collected for a later e-mail (weekly), in the inbox partition. */
  collected: 'MAIL#RUN#',
  /**
   * The evaluation's own records in an employer's partition sort after all of its data (`~` sorts
   * after every letter), so reading the data stops before them: `sk < DATA_END`.
   */
  ledger: '~LEDGER#',
  /** Events' states (handled), above the data and below the ledger in the employer's partition. */
  event: '~EVENT#',
  webhookEndpoint: 'ENDPOINT#',
  /** An endpoint's deliveries: `DELIVERY#<webhookId>#<deliveryId>` (ids start with their time). */
  deliveries: (webhookId: string) => `DELIVERY#${webhookId}#`,
};

/** Sort keys below this in an employer's partition are its data; the ledger lies above. */
export const DATA_END = '~';

/**
 * Whose data item a key names, read back from the builders above: the employer or provider whose
 * partition holds it, the employee it is about (the employee's own item or one of its custom
 * signals), and the user it is (a provider's or employer's user item). Undefined for items
 * outside those partitions (inboxes, runs, suppressions).
 */
export function dataOwnerOf(
  key: Key,
): { owner: DataOwner; employeeId?: string; userId?: string } | undefined {
  const within = (prefix: string, text: string) =>
    text.startsWith(prefix) ? text.slice(prefix.length) : undefined;
  const userId = within(prefixes.user, key.sk);
  const user = userId ? { userId } : {};
  const providerId = within(partitions.provider(''), key.pk);
  if (providerId) return { owner: { providerId }, ...user };
  const employerId = within(partitions.employer(''), key.pk);
  if (!employerId) return undefined;
  const employeeId =
    within(prefixes.employee, key.sk) ?? within(prefixes.customSignal, key.sk)?.split('#')[0];
  return { owner: { employerId }, ...(employeeId ? { employeeId } : {}), ...user };
}
export type DataOwner = { employerId: string } | { providerId: string };

const within = (pk: string, sk: string): Key => ({ pk, sk });

export const keys = {
  provider: (providerId: string) => within(partitions.provider(providerId), 'PROVIDER'),
  providerUser: (providerId: string, userId: string) =>
    within(partitions.provider(providerId), `${prefixes.user}${userId}`),
  employer: (employerId: string) => within(partitions.employer(employerId), 'EMPLOYER'),
  department: (employerId: string, departmentId: string) =>
    within(partitions.employer(employerId), `${prefixes.department}${departmentId}`),
  employerUser: (employerId: string, userId: string) =>
    within(partitions.employer(employerId), `${prefixes.user}${userId}`),
  employee: (employerId: string, employeeId: string) =>
    within(partitions.employer(employerId), `${prefixes.employee}${employeeId}`),
  providerDefaultSettings: (providerId: string) =>
    within(partitions.provider(providerId), 'SETTINGS#DEFAULT'),
  providerUserSettings: (providerId: string, userId: string) =>
    within(partitions.provider(providerId), `${prefixes.settingsUser}${userId}`),
  employerUserSettings: (employerId: string, userId: string) =>
    within(partitions.employer(employerId), `${prefixes.settingsUser}${userId}`),
  signalSet: (providerId: string, setId: string) =>
    within(partitions.provider(providerId), `${prefixes.signalSet}${setId}`),
  providerTemplate: (providerId: string) => within(partitions.provider(providerId), 'TEMPLATE#EMAIL'),
  employerTemplate: (employerId: string) => within(partitions.employer(employerId), 'TEMPLATE#EMAIL'),
  providerMoments: (providerId: string) => within(partitions.provider(providerId), 'MOMENTS'),
  employerMoments: (employerId: string) => within(partitions.employer(employerId), 'MOMENTS'),
  providerEscalationPolicy: (providerId: string) => within(partitions.provider(providerId), 'ESCALATION'),
  employerEscalationPolicy: (employerId: string) => within(partitions.employer(employerId), 'ESCALATION'),
  providerUserSubstitutes: (providerId: string, userId: string) =>
    within(partitions.provider(providerId), `${prefixes.substitutes}${userId}`),
  employerUserSubstitutes: (employerId: string, userId: string) =>
    within(partitions.employer(employerId), `${prefixes.substitutes}${userId}`),
  customSignal: (employerId: string, employeeId: string, customSignalId: string) =>
    within(partitions.employer(employerId), `${prefixes.customSignals(employeeId)}${customSignalId}`),
  webhookEndpoint: (providerId: string, webhookId: string) =>
    within(partitions.webhook(providerId), `${prefixes.webhookEndpoint}${webhookId}`),
};

/** Secondary index partitions and keys. */
export const indexKeys = {
  /** gsi2 (sparse, keys only): providers and employers with moments of their own. */
  momentOwners: 'MOMENTS#OWNERS',
  /** gsi1: every run, by start (newest first when read backwards). */
  runs: 'RUNS',
  run: (startedAt: string, runId: string) => ({ gsi1pk: indexKeys.runs, gsi1sk: `${startedAt}#${runId}` }),
  /** gsi2 (sparse, keys only): runs still running, by start; a run leaves it when it ends. */
  runningRuns: 'RUNS#RUNNING',
  runningRun: (startedAt: string, runId: string) => ({
    gsi2pk: indexKeys.runningRuns,
    gsi2sk: `${startedAt}#${runId}`,
  }),
  /** gsi1: a provider's employers. */
  employersOfProvider: (providerId: string) => `${partitions.provider(providerId)}#EMPLOYERS`,
  employerOfProvider: (providerId: string, employerId: string) => ({
    gsi1pk: indexKeys.employersOfProvider(providerId),
    gsi1sk: `${prefixes.employer}${employerId}`,
  }),
  /** gsi2 (sparse): employers with product 290 active. */
  activeEmployers: 'PRODUCT#290#ACTIVE',
  activeEmployer: (employerId: string) => ({
    gsi2pk: indexKeys.activeEmployers,
    gsi2sk: `${prefixes.employer}${employerId}`,
  }),
  /** The start of the index partitions of users by signal set (applied or selected). */
  signalSetUsers: 'SET#',
  /** gsi1 (sparse): employer users' settings by the signal set they applied. */
  setApplied: (providerId: string, setId: string) =>
    `${indexKeys.signalSetUsers}${providerId}#${setId}#APPLIED`,
  /** gsi2 (sparse): employer users' settings by the signal set they selected. */
  setSelected: (providerId: string, setId: string) =>
    `${indexKeys.signalSetUsers}${providerId}#${setId}#SELECTED`,
  settingsOfUser: (employerId: string, userId: string) => `${prefixes.user}${employerId}#${userId}`,
  /** gsi1 (sparse): a provider's users' collected digests, by the date they are to be mailed. */
  collectedOfProvider: (providerId: string) => `MAILBOX#${providerId}`,
  collectedDigest: (providerId: string, wakeOn: string, recipientKey: string, runId: string) => ({
    gsi1pk: indexKeys.collectedOfProvider(providerId),
    gsi1sk: `${wakeOn}#${recipientKey}#${runId}`,
  }),
};

/**
 * Signals, the signal ledger, runs and digests. A recipient key names a user within its tenant
 * (`P:provider:user` or `E:employer:user`). A signal id starts with its signal date, so the
 * inbox partition's own sort key orders a user's signals by date: no index, one write unit.
 */
export const pipelineKeys = {
  signal: (recipientKey: string, signalId: string) =>
    within(partitions.inbox(recipientKey), `${prefixes.signal}${signalId}`),
  /** The sort key of a signal with this id, or the first one of a signal date (`YYYYMMDD`). */
  signalSortKey: (signalIdOrDay: string) => `${prefixes.signal}${signalIdOrDay}`,
  /**
   * One record of the signals a run created for an employer, under the last day any of them can
   * still be due (`openUntil`): a run reads only the records still open, whatever the history.
   */
  ledger: (employerId: string, openUntil: string, runId: string) =>
    within(partitions.employer(employerId), `${prefixes.ledger}${openUntil}#${runId}`),
  /** The first ledger sort key still open on a day. */
  ledgerFrom: (day: string) => `${prefixes.ledger}${day}`,
  /** Whether an event of the employer was handled, and by whom: one item per event, the first handling. */
  eventState: (employerId: string, eventKey: string) =>
    within(partitions.employer(employerId), `${prefixes.event}${eventKey}`),
  /** The mutex of an employer's signal writes (sorts after every ledger record). */
  ledgerLock: (employerId: string) => within(partitions.employer(employerId), `${prefixes.ledger}~LOCK`),
  run: (runId: string) => within(partitions.run(runId), 'RUN'),
  runEmployer: (runId: string, employerId: string) =>
    within(partitions.run(runId), `${prefixes.employer}${employerId}`),
  /** A recipient's digest of a run, for one employer: which signals it lists. */
  digest: (runId: string, recipientKey: string, employerId: string) =>
    within(partitions.run(runId), `${pipelineKeys.digestsOf(recipientKey)}${employerId}`),
  /** The sort-key prefix of one recipient's digests in a run. */
  digestsOf: (recipientKey: string) => `${prefixes.digest}${recipientKey}#`,
  /** Marks a (run, recipient) digest as sent: a redelivered message does not send again. */
  digestSent: (runId: string, recipientKey: string) =>
    within(partitions.run(runId), `${prefixes.sent}${recipientKey}`),
  suppressed: (email: string) => within(partitions.suppressed(email), 'SUPPRESSED'),
  /** A user's e-mail preferences and mailbox state (last weekly digest, the sending lease). */
  mailState: (recipientKey: string) => within(partitions.inbox(recipientKey), 'MAIL#STATE'),
  /** A run's digest of a user, kept to be mailed later (weekly cadence). */
  collected: (recipientKey: string, runDate: string, runId: string) =>
    within(partitions.inbox(recipientKey), `${prefixes.collected}${runDate}#${runId}`),
  /** The key that signs unsubscribe links (created once, on first use). */
  signingKey: (purpose: string) => within('PLATFORM', `KEY#${purpose}`),
  webhookDelivery: (providerId: string, webhookId: string, deliveryId: string) =>
    within(partitions.webhook(providerId), `${prefixes.deliveries(webhookId)}${deliveryId}`),
  webhookHealth: (providerId: string, webhookId: string) =>
    within(partitions.webhook(providerId), `HEALTH#${webhookId}`),
  calendarFeed: (tokenDigest: string) => within(partitions.calendar(tokenDigest), 'FEED'),
  /** The user's pointer to their calendar feed, in their inbox (a replacement finds the old one). */
  calendarPointer: (recipientKey: string) => within(partitions.inbox(recipientKey), 'CALENDAR'),
};

/** The event an event-state key names (`EMPLOYER#<id>` / `~EVENT#type#employee#subject#date`). */
export function eventOfStateKey(key: Key) {
  const [signalType, employeeId, subject, eventDate] = key.sk.slice(prefixes.event.length).split('#');
  return {
    employerId: key.pk.slice(partitions.employer('').length),
    signalType: signalType!,
    employeeId: employeeId!,
    subject: subject!,
    eventDate: eventDate!,
  };
}

/** The key of a directory resource. */
export function keyOf(ref: ResourceRef): Key {
  switch (ref.kind) {
    case 'provider':
      return keys.provider(ref.providerId);
    case 'providerUser':
      return keys.providerUser(ref.providerId, ref.userId);
    case 'employer':
      return keys.employer(ref.employerId);
    case 'department':
      return keys.department(ref.employerId, ref.departmentId);
    case 'employerUser':
      return keys.employerUser(ref.employerId, ref.userId);
    case 'employee':
      return keys.employee(ref.employerId, ref.employeeId);
    case 'providerDefaultSettings':
      return keys.providerDefaultSettings(ref.providerId);
    case 'providerUserSettings':
      return keys.providerUserSettings(ref.providerId, ref.userId);
    case 'employerUserSettings':
      return keys.employerUserSettings(ref.employerId, ref.userId);
    case 'signalSet':
      return keys.signalSet(ref.providerId, ref.setId);
    case 'customSignal':
      return keys.customSignal(ref.employerId, ref.employeeId, ref.customSignalId);
    case 'providerTemplate':
      return keys.providerTemplate(ref.providerId);
    case 'employerTemplate':
      return keys.employerTemplate(ref.employerId);
    case 'providerMoments':
      return keys.providerMoments(ref.providerId);
    case 'employerMoments':
      return keys.employerMoments(ref.employerId);
    case 'providerEscalationPolicy':
      return keys.providerEscalationPolicy(ref.providerId);
    case 'employerEscalationPolicy':
      return keys.employerEscalationPolicy(ref.employerId);
    case 'providerUserSubstitutes':
      return keys.providerUserSubstitutes(ref.providerId, ref.userId);
    case 'employerUserSubstitutes':
      return keys.employerUserSubstitutes(ref.employerId, ref.userId);
    case 'webhookEndpoint':
      return keys.webhookEndpoint(ref.providerId, ref.webhookId);
  }
}

/** Where a list of directory resources is read: partition (or index) and sort-key prefix. */
export function listScope(ref: ListRef): CursorScope & { indexName?: string } {
  switch (ref.kind) {
    case 'providerUsers':
      return {
        partitionAttribute: 'pk',
        partition: partitions.provider(ref.providerId),
        sortAttribute: 'sk',
        sortPrefix: prefixes.user,
      };
    case 'providerEmployers':
      return {
        indexName: 'gsi1',
        partitionAttribute: 'gsi1pk',
        partition: indexKeys.employersOfProvider(ref.providerId),
        sortAttribute: 'gsi1sk',
        sortPrefix: prefixes.employer,
      };
    case 'departments':
      return {
        partitionAttribute: 'pk',
        partition: partitions.employer(ref.employerId),
        sortAttribute: 'sk',
        sortPrefix: prefixes.department,
      };
    case 'employerUsers':
      return {
        partitionAttribute: 'pk',
        partition: partitions.employer(ref.employerId),
        sortAttribute: 'sk',
        sortPrefix: prefixes.user,
      };
    case 'employees':
      return {
        partitionAttribute: 'pk',
        partition: partitions.employer(ref.employerId),
        sortAttribute: 'sk',
        sortPrefix: prefixes.employee,
      };
    case 'signalSets':
      return {
        partitionAttribute: 'pk',
        partition: partitions.provider(ref.providerId),
        sortAttribute: 'sk',
        sortPrefix: prefixes.signalSet,
      };
    case 'customSignals':
      return {
        partitionAttribute: 'pk',
        partition: partitions.employer(ref.employerId),
        sortAttribute: 'sk',
        sortPrefix: prefixes.customSignals(ref.employeeId),
      };
    case 'setAppliedUsers':
      return {
        indexName: 'gsi1',
        partitionAttribute: 'gsi1pk',
        partition: indexKeys.setApplied(ref.providerId, ref.setId),
        sortAttribute: 'gsi1sk',
        sortPrefix: prefixes.user,
      };
    case 'webhookEndpoints':
      return {
        partitionAttribute: 'pk',
        partition: partitions.webhook(ref.providerId),
        sortAttribute: 'sk',
        sortPrefix: prefixes.webhookEndpoint,
      };
    case 'setSelectedUsers':
      return {
        indexName: 'gsi2',
        partitionAttribute: 'gsi2pk',
        partition: indexKeys.setSelected(ref.providerId, ref.setId),
        sortAttribute: 'gsi2sk',
        sortPrefix: prefixes.user,
      };
  }
}

/**
 * Secondary index attributes a resource carries, derived from its data; undefined means the
 * attribute is removed (the item leaves that sparse index).
 */
export function indexAttributes(ref: ResourceRef, data: object): Record<string, string | undefined> {
  if (ref.kind === 'providerMoments') {
    return { gsi2pk: indexKeys.momentOwners, gsi2sk: `${partitions.provider(ref.providerId)}` };
  }
  if (ref.kind === 'employerMoments') {
    return { gsi2pk: indexKeys.momentOwners, gsi2sk: `${partitions.employer(ref.employerId)}` };
  }
  if (ref.kind === 'employer') {
    return indexKeys.employerOfProvider((data as { providerId: string }).providerId, ref.employerId);
  }
  if (ref.kind === 'employerUserSettings') {
    const d = data as { providerId: string; appliedSetId?: string; selectedSetId?: string };
    const user = indexKeys.settingsOfUser(ref.employerId, ref.userId);
    return {
      gsi1pk: d.appliedSetId ? indexKeys.setApplied(d.providerId, d.appliedSetId) : undefined,
      gsi1sk: d.appliedSetId ? user : undefined,
      gsi2pk: d.selectedSetId ? indexKeys.setSelected(d.providerId, d.selectedSetId) : undefined,
      gsi2sk: d.selectedSetId ? user : undefined,
    };
  }
  return {};
}
