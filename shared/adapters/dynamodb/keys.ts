/**
 * Every key of the single table, in one place: nothing else spells a key. Ids are limited to
 * A-Za-z0-9._- at the edge, so `#` can separate key parts safely.
 */
export interface Key {
  pk: string;
  sk: string;
}

export const keys = {
  provider: (providerId: string): Key => ({ pk: `PROVIDER#${providerId}`, sk: 'PROVIDER' }),
  providerUser: (providerId: string, userId: string): Key => ({
    pk: `PROVIDER#${providerId}`,
    sk: `USER#${userId}`,
  }),
  employer: (employerId: string): Key => ({ pk: `EMPLOYER#${employerId}`, sk: 'EMPLOYER' }),
  department: (employerId: string, departmentId: string): Key => ({
    pk: `EMPLOYER#${employerId}`,
    sk: `DEPARTMENT#${departmentId}`,
  }),
  employerUser: (employerId: string, userId: string): Key => ({
    pk: `EMPLOYER#${employerId}`,
    sk: `USER#${userId}`,
  }),
  employee: (employerId: string, employeeId: string): Key => ({
    pk: `EMPLOYER#${employerId}`,
    sk: `EMPLOYEE#${employeeId}`,
  }),
  providerDefaultSettings: (providerId: string): Key => ({
    pk: `PROVIDER#${providerId}`,
    sk: 'SETTINGS#DEFAULT',
  }),
  providerUserSettings: (providerId: string, userId: string): Key => ({
    pk: `PROVIDER#${providerId}`,
    sk: `SETTINGS#USER#${userId}`,
  }),
  employerUserSettings: (employerId: string, userId: string): Key => ({
    pk: `EMPLOYER#${employerId}`,
    sk: `SETTINGS#USER#${userId}`,
  }),
  signalSet: (providerId: string, setId: string): Key => ({
    pk: `PROVIDER#${providerId}`,
    sk: `SET#${setId}`,
  }),
  providerTemplate: (providerId: string): Key => ({ pk: `PROVIDER#${providerId}`, sk: 'TEMPLATE#EMAIL' }),
  employerTemplate: (employerId: string): Key => ({ pk: `EMPLOYER#${employerId}`, sk: 'TEMPLATE#EMAIL' }),
  customSignal: (employerId: string, employeeId: string, customSignalId: string): Key => ({
    pk: `EMPLOYER#${employerId}`,
    sk: `CUSTOM#${employeeId}#${customSignalId}`,
  }),
};

/** Signals, runs and digests. A recipient key names a user within its tenant (`P:provider:user` or `E:employer:user`). */
export const pipelineKeys = {
  signal: (recipientKey: string, signalId: string): Key => ({
    pk: `INBOX#${recipientKey}`,
    sk: `SIGNAL#${signalId}`,
  }),
  /** gsi1: a user's signals by signal date; gsi2: the same by status; gsi3: the employer's signals by event date. */
  signalIndexes: (s: {
    recipientKey: string;
    signalId: string;
    signalDate: string;
    status: string;
    employerId: string;
    eventDate: string;
  }) => ({
    gsi1pk: `INBOX#${s.recipientKey}`,
    gsi1sk: `${s.signalDate}#${s.signalId}`,
    gsi2pk: `INBOX#${s.recipientKey}#${s.status}`,
    gsi2sk: `${s.signalDate}#${s.signalId}`,
    gsi3pk: `SIGNALS#EMPLOYER#${s.employerId}`,
    gsi3sk: `${s.eventDate}#${s.signalId}`,
  }),
  inbox: (recipientKey: string) => `INBOX#${recipientKey}`,
  inboxByStatus: (recipientKey: string, status: string) => `INBOX#${recipientKey}#${status}`,
  employerSignals: (employerId: string) => `SIGNALS#EMPLOYER#${employerId}`,
  run: (runId: string): Key => ({ pk: `RUN#${runId}`, sk: 'RUN' }),
  runEmployer: (runId: string, employerId: string): Key => ({
    pk: `RUN#${runId}`,
    sk: `EMPLOYER#${employerId}`,
  }),
  digestEntry: (runId: string, recipientKey: string, signalId: string): Key => ({
    pk: `RUN#${runId}`,
    sk: `DIGEST#${recipientKey}#${signalId}`,
  }),
  digestPrefix: 'DIGEST#',
  runPartition: (runId: string) => `RUN#${runId}`,
  /** Marks a (run, recipient) digest as sent: a redelivered message does not send again. */
  digestSent: (runId: string, recipientKey: string): Key => ({
    pk: `RUN#${runId}`,
    sk: `SENT#${recipientKey}`,
  }),
  suppressed: (email: string): Key => ({ pk: `SUPPRESSED#${email.toLowerCase()}`, sk: 'SUPPRESSED' }),
};

/** The partitions and sort-key prefixes lists are read from. */
export const partitions = {
  provider: (providerId: string) => `PROVIDER#${providerId}`,
  employer: (employerId: string) => `EMPLOYER#${employerId}`,
};

export const prefixes = {
  user: 'USER#',
  department: 'DEPARTMENT#',
  employee: 'EMPLOYEE#',
  employer: 'EMPLOYER#',
  signalSet: 'SET#',
  customSignals: (employeeId: string) => `CUSTOM#${employeeId}#`,
  settingsUser: 'USER#',
};

/** Secondary index keys. */
export const indexKeys = {
  /** gsi1: a provider's employers. */
  employerOfProvider: (providerId: string, employerId: string) => ({
    gsi1pk: `PROVIDER#${providerId}#EMPLOYERS`,
    gsi1sk: `EMPLOYER#${employerId}`,
  }),
  employersOfProvider: (providerId: string) => `PROVIDER#${providerId}#EMPLOYERS`,
  /** gsi2 (sparse): employers with product 290 active. */
  activeEmployer: (employerId: string) => ({
    gsi2pk: 'PRODUCT#290#ACTIVE',
    gsi2sk: `EMPLOYER#${employerId}`,
  }),
  activeEmployers: 'PRODUCT#290#ACTIVE',
  /** gsi1 (sparse): employer users' settings by the signal set they applied. */
  setApplied: (providerId: string, setId: string) => `SET#${providerId}#${setId}#APPLIED`,
  /** gsi2 (sparse): employer users' settings by the signal set they selected. */
  setSelected: (providerId: string, setId: string) => `SET#${providerId}#${setId}#SELECTED`,
  settingsOfUser: (employerId: string, userId: string) => `USER#${employerId}#${userId}`,
};

/** Decodes and checks a list cursor: it must be a key of the very partition (and index) being listed. */
export interface CursorScope {
  /** Attribute that holds the partition of the list and its expected value. */
  partitionAttribute: 'pk' | 'gsi1pk' | 'gsi2pk';
  partition: string;
  sortAttribute: 'sk' | 'gsi1sk' | 'gsi2sk';
  sortPrefix: string;
}

export function encodeCursor(lastEvaluatedKey: Record<string, unknown>): string {
  return Buffer.from(JSON.stringify(lastEvaluatedKey), 'utf8').toString('base64url');
}

/** Undefined when the cursor was not made by encodeCursor for this list. */
export function decodeCursor(cursor: string, scope: CursorScope): Record<string, string> | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
  const entries = Object.entries(parsed);
  const allowed = new Set(['pk', 'sk', scope.partitionAttribute, scope.sortAttribute]);
  if (
    entries.length > 4 ||
    entries.some(([k, v]) => !allowed.has(k) || typeof v !== 'string' || v.length > 300)
  ) {
    return undefined;
  }
  const key = parsed as Record<string, string>;
  if (key[scope.partitionAttribute] !== scope.partition) return undefined;
  if (!key[scope.sortAttribute]?.startsWith(scope.sortPrefix)) return undefined;
  if (!key.pk || !key.sk) return undefined;
  return key;
}
