import type {
  CollectedDigest,
  DigestEntry,
  DigestStore,
  RunDigest,
} from '../../../../shared/app/digests/ports.js';
import type { InMemoryMailbox } from './mailbox-fake.js';

/** Digests in memory: entries per (run, recipient), and the claim / sent record the store keeps. */
export class InMemoryDigestStore implements DigestStore {
  readonly entries: DigestEntry[] = [];
  readonly digests: RunDigest[] = [];
  async recordDigests(digests: readonly RunDigest[]) {
    this.digests.push(...digests);
  }
  readonly state = new Map<string, { state: 'sending' | 'sent'; leaseUntil: number; messageId?: string }>();
  async digestRecipients(runId: string) {
    return [...new Set(this.entries.filter((e) => e.runId === runId).map((e) => e.recipientKey))];
  }
  async digestEntries(runIds: readonly string[], recipientKey: string) {
    return this.entries.filter((e) => runIds.includes(e.runId) && e.recipientKey === recipientKey);
  }
  async claimDigest(runId: string, recipientKey: string, now: Date, leaseSeconds: number) {
    const k = `${runId}|${recipientKey}`;
    const cur = this.state.get(k);
    const t = now.getTime() / 1000;
    if (cur?.state === 'sent') return 'sent' as const;
    if (cur && cur.leaseUntil >= t) return 'held' as const;
    this.state.set(k, { state: 'sending', leaseUntil: t + leaseSeconds });
    return 'claimed' as const;
  }
  async releaseDigest(runId: string, recipientKey: string) {
    const cur = this.state.get(`${runId}|${recipientKey}`);
    if (cur?.state === 'sending') cur.leaseUntil = 0;
  }
  /** The mailbox the send transaction also writes to (its collected digests and week). */
  mailbox: InMemoryMailbox | undefined;
  async markDigestSent(
    runId: string,
    recipientKey: string,
    _at: string,
    messageId: string,
    mailbox?: { collected: readonly CollectedDigest[]; lastWeeklyOn?: string | undefined },
  ) {
    this.state.set(`${runId}|${recipientKey}`, { state: 'sent', leaseUntil: 0, messageId });
    if (mailbox && this.mailbox) {
      await this.mailbox.discard(recipientKey, mailbox.collected, runId);
      if (mailbox.lastWeeklyOn) this.mailbox.stateOf(recipientKey).lastWeeklyOn = mailbox.lastWeeklyOn;
    }
  }
}
