import type { Mailer, OutgoingMail, SuppressionList } from '../../../../shared/app/mail/ports.js';
import { InMemoryDigestStore } from './digest-fake.js';
import { InMemoryMailbox } from './mailbox-fake.js';
import { InMemorySignalStore } from './signal-fake.js';

export { InMemoryDigestStore, InMemoryMailbox, InMemorySignalStore };

import type { NewRun, Run, RunStore } from '../../../../shared/app/pipeline/ports.js';
import type { AppMetrics, Clock, MetricName } from '../../../../shared/app/ports.js';
import type {
  Audit,
  BatchResult,
  ListRef,
  Page,
  PageRequest,
  PartitionItems,
  Precondition,
  ResourceRef,
  ResourceStore,
  Stored,
} from '../../../../shared/app/resource-store.js';
import {
  ConflictError,
  NotFoundError,
  PreconditionFailedError,
  ValidationError,
} from '../../../../shared/domain/errors.js';

/** The parent a resource lives under, as the table's partitions have it. */
const partitionOf = (ref: ResourceRef) =>
  'employerId' in ref && ref.kind !== 'employer'
    ? `E:${ref.employerId}`
    : 'providerId' in ref
      ? `P:${ref.providerId}`
      : `E:${ref.employerId}`;
const keyOf = (ref: ResourceRef) => JSON.stringify(ref);

type Entry = { ref: ResourceRef; stored: Stored<object> };

/**
 * The directory in memory, with the semantics the DynamoDB store guarantees: versions and
 * preconditions, immutable fields, sorted lists with cursors, product 290. Fast and inspectable.
 */
export class InMemoryResourceStore implements ResourceStore {
  readonly items = new Map<string, Entry>();
  /** Writes seen, for assertions. */
  puts = 0;
  /** When set, called before each put: a test can make a concurrent writer win here. */
  beforePut?: (ref: ResourceRef) => Promise<void> | void;

  async get<T>(ref: ResourceRef): Promise<Stored<T> | undefined> {
    return this.items.get(keyOf(ref))?.stored as Stored<T> | undefined;
  }

  async put<T extends object>(
    ref: ResourceRef,
    data: T,
    audit: Audit,
    precondition: Precondition,
    immutable: Partial<Record<string, string>> = {},
  ): Promise<{ stored: Stored<T>; created: boolean }> {
    await this.beforePut?.(ref);
    this.puts += 1;
    const old = this.items.get(keyOf(ref))?.stored;
    for (const [field, value] of Object.entries(immutable)) {
      const was = (old?.data as Record<string, unknown> | undefined)?.[field];
      if (old && was !== value) throw new ConflictError(`${field} cannot change (it is ${String(was)}).`);
    }
    if (precondition.ifNoneMatch && old) throw new PreconditionFailedError('exists');
    if (precondition.ifMatch !== undefined && old?.version !== precondition.ifMatch)
      throw new PreconditionFailedError('changed');
    const stored: Stored<T> = {
      data,
      version: (old?.version ?? 0) + 1,
      createdAt: old?.createdAt ?? audit.at,
      updatedAt: audit.at,
      updatedBy: audit.by,
      ...(old?.products ? { products: old.products } : {}),
    };
    this.items.set(keyOf(ref), { ref, stored });
    return { stored, created: !old };
  }

  async delete(ref: ResourceRef, precondition: Precondition, dependents: readonly ResourceRef[] = []) {
    const old = this.items.get(keyOf(ref))?.stored;
    if (!old) throw new NotFoundError(`The ${ref.kind} does not exist.`);
    if (precondition.ifMatch !== undefined && old.version !== precondition.ifMatch)
      throw new PreconditionFailedError('changed');
    this.items.delete(keyOf(ref));
    for (const d of dependents) this.items.delete(keyOf(d));
  }

  async list<T>(ref: ListRef, page: PageRequest): Promise<Page<Stored<T>>> {
    const matches = [...this.items.values()]
      .filter((e) => belongs(e, ref))
      .sort((a, b) => keyOf(a.ref).localeCompare(keyOf(b.ref)));
    const start = page.cursor === undefined ? 0 : Number(page.cursor);
    if (!Number.isInteger(start)) throw new ValidationError('The cursor is not valid for this list.');
    const items = matches.slice(start, start + page.limit).map((e) => e.stored as Stored<T>);
    const next = start + page.limit < matches.length ? String(start + page.limit) : undefined;
    return { items, ...(next ? { nextCursor: next } : {}) };
  }

  async setProduct290(employerId: string, active: boolean, audit: Audit): Promise<Stored> {
    const entry = this.items.get(keyOf({ kind: 'employer', employerId }));
    if (!entry) throw new NotFoundError('The employer does not exist.');
    entry.stored = {
      ...entry.stored,
      products: active ? ['290'] : [],
      version: entry.stored.version + 1,
      updatedAt: audit.at,
    };
    return entry.stored as Stored;
  }

  async deleteEmployerCascade(employerId: string, precondition: Precondition): Promise<void> {
    await this.delete({ kind: 'employer', employerId }, precondition);
    for (const [k, e] of this.items) if (partitionOf(e.ref) === `E:${employerId}`) this.items.delete(k);
  }

  async deleteProviderCascade(providerId: string, precondition: Precondition): Promise<void> {
    await this.delete({ kind: 'provider', providerId }, precondition);
    for (const [k, e] of this.items) {
      const data = e.stored.data as { providerId?: string };
      if (
        partitionOf(e.ref) === `P:${providerId}` ||
        (e.ref.kind === 'employer' && data.providerId === providerId)
      )
        this.items.delete(k);
    }
  }

  async readEmployerPartition(employerId: string): Promise<PartitionItems> {
    return this.partition(`E:${employerId}`);
  }

  async readProviderPartition(providerId: string): Promise<PartitionItems> {
    return this.partition(`P:${providerId}`);
  }

  async readEmployeesOfEmployer(employerId: string, employeeIds: readonly string[]): Promise<PartitionItems> {
    const all = await this.partition(`E:${employerId}`);
    const kept = (kind: string) =>
      (all[kind] ?? []).filter((s) =>
        employeeIds.includes(String((s.data as { employeeId?: string }).employeeId)),
      );
    return { ...all, employee: kept('employee'), customSignal: kept('customSignal') };
  }

  async batchEmployees(
    employerId: string,
    upserts: ReadonlyArray<{ employeeId: string; data: object }>,
    deletes: readonly string[],
    audit: Audit,
  ): Promise<BatchResult[]> {
    const results: BatchResult[] = [];
    for (const u of upserts) {
      const { created } = await this.put(
        { kind: 'employee', employerId, employeeId: u.employeeId },
        u.data,
        audit,
        {},
      );
      results.push({
        employeeId: u.employeeId,
        operation: 'upsert',
        result: created ? 'created' : 'updated',
      });
    }
    for (const employeeId of deletes) {
      const ref: ResourceRef = { kind: 'employee', employerId, employeeId };
      const existed = this.items.delete(keyOf(ref));
      results.push({ employeeId, operation: 'delete', result: existed ? 'deleted' : 'absent' });
    }
    return results;
  }

  private partition(pk: string): PartitionItems {
    const result: PartitionItems = {};
    for (const e of this.items.values()) {
      if (partitionOf(e.ref) !== pk) continue;
      const list = result[e.ref.kind] ?? [];
      list.push(e.stored as Stored);
      result[e.ref.kind] = list;
    }
    return result;
  }
}

function belongs(e: Entry, list: ListRef): boolean {
  const r = e.ref as Record<string, string>;
  const data = e.stored.data as Record<string, unknown>;
  switch (list.kind) {
    case 'providerUsers':
      return r.kind === 'providerUser' && r.providerId === list.providerId;
    case 'providerEmployers':
      return (
        r.kind === 'employer' &&
        data.providerId === list.providerId &&
        (!list.only || list.only.includes(r.employerId!))
      );
    case 'departments':
      return r.kind === 'department' && r.employerId === list.employerId;
    case 'employerUsers':
      return r.kind === 'employerUser' && r.employerId === list.employerId;
    case 'employees':
      return r.kind === 'employee' && r.employerId === list.employerId;
    case 'signalSets':
      return r.kind === 'signalSet' && r.providerId === list.providerId;
    case 'webhookEndpoints':
      return r.kind === 'webhookEndpoint' && r.providerId === list.providerId;
    case 'customSignals':
      return (
        r.kind === 'customSignal' && r.employerId === list.employerId && r.employeeId === list.employeeId
      );
    case 'setAppliedUsers':
      return (
        r.kind === 'employerUserSettings' &&
        data.providerId === list.providerId &&
        data.appliedSetId === list.setId
      );
    case 'setSelectedUsers':
      return (
        r.kind === 'employerUserSettings' &&
        data.providerId === list.providerId &&
        data.selectedSetId === list.setId
      );
  }
}

/** Runs in memory (what dispatch and delivery use): created once, completed when every employer is counted. */
export class InMemoryRunStore
  implements
    Pick<RunStore, 'getRun' | 'createRun' | 'completeIfFinished' | 'markDeliveryQueued' | 'countDigest'>
{
  readonly runs = new Map<string, Run>();
  async createRun(run: NewRun) {
    if (this.runs.has(run.runId)) return false;
    this.runs.set(run.runId, {
      ...run,
      deliveryQueuedAt: null,
      digests: { queued: 0, done: 0, failed: 0 },
      ruleVersions: [],
      warnings: [],
    });
    return true;
  }
  async getRun(runId: string) {
    return this.runs.get(runId);
  }
  async completeIfFinished(runId: string, at: string) {
    const run = this.runs.get(runId);
    if (!run) return false;
    // Completed and not queued yet: true again, so a retry after a failed enqueue queues it.
    const again = run.status === 'completed' && run.deliveryQueuedAt === null;
    const finished =
      run.status === 'running' && run.employers.done + run.employers.failed >= run.employers.total;
    if (!again && !finished) return false;
    this.runs.set(runId, { ...run, status: 'completed', finishedAt: at });
    return true;
  }
  async markDeliveryQueued(runId: string, at: string, queued: number) {
    const run = this.runs.get(runId);
    if (run) this.runs.set(runId, { ...run, deliveryQueuedAt: at, digests: { ...run.digests, queued } });
  }
  async countDigest(runId: string, result: 'done' | 'failed') {
    const run = this.runs.get(runId);
    if (run) run.digests = { ...run.digests, [result]: run.digests[result] + 1 };
  }
}

/** A mailer that records what it was given; `fail` makes the next sends throw. */
export class RecordingMailer implements Mailer {
  readonly sent: OutgoingMail[] = [];
  failures: Error[] = [];
  async send(mail: OutgoingMail) {
    const failure = this.failures.shift();
    if (failure) throw failure;
    this.sent.push(mail);
    return { messageId: `m-${this.sent.length}` };
  }
}

export class InMemorySuppressions implements SuppressionList {
  readonly addresses = new Set<string>();
  async isSuppressed(email: string) {
    return this.addresses.has(email.toLowerCase());
  }
  async suppress(email: string) {
    this.addresses.add(email.toLowerCase());
  }
}

export const fixedTestClock = (iso = '2026-11-28T05:00:00Z'): Clock => ({
  now: () => new Date(iso),
  today: () => iso.slice(0, 10),
});

export const silentLogger = { debug() {}, info() {}, warn() {}, error() {} };

export const sequentialIds = () => {
  let n = 0;
  return { newId: (prefix: string) => `${prefix}-${++n}` };
};

/** Metrics kept in memory: the sum per name. */
export class RecordingMetrics implements AppMetrics {
  readonly sums = new Map<string, number>();
  count(name: MetricName, value = 1) {
    this.sums.set(name, (this.sums.get(name) ?? 0) + value);
  }
  milliseconds(name: MetricName, value: number) {
    this.sums.set(name, (this.sums.get(name) ?? 0) + value);
  }
}
