import {
  type EventHandled,
  type EventRef,
  handledKeyOf,
  type InboxFilter,
  type SignalStatus,
  type SignalStore,
  type StoredSignal,
} from '../../../../shared/app/pipeline/ports.js';
import type { PageRequest } from '../../../../shared/app/resource-store.js';

/** A user's signal list in memory: status moves only from the expected statuses, as the store's conditions say. */
export class InMemorySignalStore implements SignalStore {
  readonly signals = new Map<string, StoredSignal>();

  add(signal: StoredSignal) {
    this.signals.set(`${signal.recipientKey}|${signal.signalId}`, signal);
  }
  async putNew(signals: readonly StoredSignal[]) {
    for (const s of signals) this.add(s);
  }
  async putIfAbsent(signals: readonly StoredSignal[]) {
    const existed = new Set<string>();
    for (const s of signals) {
      if (this.signals.has(`${s.recipientKey}|${s.signalId}`)) existed.add(s.signalId);
      else this.add(s);
    }
    return existed;
  }
  async withdrawSignal(recipientKey: string, signalId: string) {
    return (
      (await this.transition(recipientKey, signalId, ['unread', 'read'], { status: 'withdrawn' })) !==
      undefined
    );
  }
  async reviveSignal(recipientKey: string, signalId: string) {
    return (
      (await this.transition(recipientKey, signalId, ['withdrawn'], { status: 'unread', readAt: null })) !==
      undefined
    );
  }
  async getSignal(recipientKey: string, signalId: string) {
    return this.signals.get(`${recipientKey}|${signalId}`);
  }
  async updateStatus(
    recipientKey: string,
    signalId: string,
    from: readonly SignalStatus[],
    change: { status: 'read' | 'handled'; at: string; by?: string; note?: string | null },
  ) {
    const fields =
      change.status === 'read'
        ? { status: change.status, readAt: change.at }
        : {
            status: change.status,
            handledAt: change.at,
            handledBy: change.by ?? null,
            note: change.note ?? null,
          };
    return this.transition(recipientKey, signalId, from, fields);
  }
  async listInbox(recipientKey: string, filter: InboxFilter, page: PageRequest) {
    const items = [...this.signals.values()]
      .filter((s) => s.recipientKey === recipientKey && (!filter.status || s.status === filter.status))
      .sort((a, b) => b.signalDate.localeCompare(a.signalDate))
      .slice(0, page.limit);
    return { items };
  }
  readonly events = new Map<string, EventHandled>();
  async markEventHandled(event: EventRef, handled: EventHandled) {
    const key = handledKeyOf(event);
    if (!this.events.has(key)) this.events.set(key, handled);
    return this.events.get(key)!;
  }
  async handledEvents(events: readonly EventRef[]) {
    return new Map(
      events.flatMap((e) => {
        const h = this.events.get(handledKeyOf(e));
        return h ? [[handledKeyOf(e), h] as const] : [];
      }),
    );
  }
  async deleteInbox(recipientKey: string) {
    for (const [key, s] of this.signals) if (s.recipientKey === recipientKey) this.signals.delete(key);
  }
  private async transition(
    key: string,
    id: string,
    from: readonly SignalStatus[],
    fields: Partial<StoredSignal>,
  ) {
    const s = this.signals.get(`${key}|${id}`);
    if (!s || !from.includes(s.status)) return undefined;
    const next = { ...s, ...fields } as StoredSignal;
    this.signals.set(`${key}|${id}`, next);
    return next;
  }
}
