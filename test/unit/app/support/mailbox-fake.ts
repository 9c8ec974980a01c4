import type { CollectedDigest, Mailbox, MailState } from '../../../../shared/app/digests/ports.js';
import { DEFAULT_EMAIL_PREFERENCES } from '../../../../shared/domain/email-preferences.js';

/** Mailboxes in memory: state and collected digests per user, and the leases. */
export class InMemoryMailbox implements Mailbox {
  readonly states = new Map<string, MailState>();
  readonly collectedOf = new Map<
    string,
    Map<string, CollectedDigest & { wakeOn: string | null; providerId: string }>
  >();
  readonly leases = new Map<string, { runId: string; until: number }>();
  stateOf(recipientKey: string): MailState {
    let state = this.states.get(recipientKey);
    if (!state) {
      state = { preferences: { ...DEFAULT_EMAIL_PREFERENCES } };
      this.states.set(recipientKey, state);
    }
    return state;
  }
  private box(recipientKey: string) {
    let box = this.collectedOf.get(recipientKey);
    if (!box) {
      box = new Map();
      this.collectedOf.set(recipientKey, box);
    }
    return box;
  }
  async state(recipientKey: string) {
    return structuredClone(this.stateOf(recipientKey));
  }
  async save(recipientKey: string, providerId: string, state: MailState, wakeOn: string | null) {
    this.states.set(recipientKey, structuredClone(state));
    for (const d of this.box(recipientKey).values()) Object.assign(d, { wakeOn, providerId });
  }
  async collected(recipientKey: string) {
    return [...this.box(recipientKey).values()]
      .sort((a, b) => a.runDate.localeCompare(b.runDate) || a.runId.localeCompare(b.runId))
      .map(({ runId, runDate }) => ({ runId, runDate }));
  }
  async stateOfEach(recipientKeys: readonly string[]) {
    return new Map(recipientKeys.map((k) => [k, structuredClone(this.stateOf(k))]));
  }
  async collect(
    providerId: string,
    digest: CollectedDigest,
    recipients: ReadonlyArray<{ recipientKey: string; wakeOn: string }>,
  ) {
    for (const { recipientKey, wakeOn } of recipients) {
      this.box(recipientKey).set(digest.runId, { ...digest, wakeOn, providerId });
    }
  }
  async dueRecipients(providerIds: readonly string[], date: string) {
    return [...this.collectedOf].flatMap(([key, box]) =>
      [...box.values()].some(
        (d) => providerIds.includes(d.providerId) && d.wakeOn !== null && d.wakeOn <= date,
      )
        ? [key]
        : [],
    );
  }
  async lease(recipientKey: string, runId: string, now: Date, seconds: number) {
    const t = now.getTime() / 1000;
    const cur = this.leases.get(recipientKey);
    if (cur && cur.until >= t && cur.runId !== runId) return false;
    this.leases.set(recipientKey, { runId, until: t + seconds });
    return true;
  }
  async releaseLease(recipientKey: string, runId: string) {
    if (this.leases.get(recipientKey)?.runId === runId) this.leases.delete(recipientKey);
  }
  async discard(recipientKey: string, digests: readonly CollectedDigest[], runId: string) {
    for (const d of digests) this.box(recipientKey).delete(d.runId);
    await this.releaseLease(recipientKey, runId);
  }
  async signingKey() {
    return new Uint8Array(32).fill(7);
  }
}
