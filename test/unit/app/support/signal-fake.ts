import {
  type EscalationRecord,
  type EventAbout,
  type EventHandled,
  type EventRef,
  type EventState,
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
  readonly events = new Map<string, EventRef & EventState>();
  private stateOf(event: EventRef, legalDate: string | null) {
    const key = handledKeyOf(event);
    const known = this.events.get(key) ?? {
      ...event,
      handled: null,
      legalDate,
      escalations: [],
      unescalatedAt: null,
    };
    this.events.set(key, known);
    return known;
  }
  async markEventHandled(event: EventRef, handled: EventHandled, about: EventAbout = { legalDate: null }) {
    const state = this.stateOf(event, about.legalDate);
    state.handled ??= handled;
    return state.handled;
  }
  async recordEscalation(event: EventRef, about: EventAbout, record: EscalationRecord) {
    const state = this.stateOf(event, about.legalDate);
    if (!state.escalations.some((e) => e.level === record.level)) {
      state.escalations = [...state.escalations, record].sort((a, b) => a.level - b.level);
    }
  }
  async recordUnescalated(event: EventRef, about: EventAbout, at: string) {
    this.stateOf(event, about.legalDate).unescalatedAt ??= at;
  }
  async eventStates(events: readonly EventRef[]) {
    return new Map(
      events.flatMap((e) => {
        const state = this.events.get(handledKeyOf(e));
        return state ? [[handledKeyOf(e), state] as const] : [];
      }),
    );
  }
  async eventStatesOf(employerId: string) {
    return [...this.events.values()].filter((e) => e.employerId === employerId);
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
