import type { TransportResult, WebhookTransport } from '../../app/webhooks/ports.js';

/** A slow endpoint holds one attempt this long at most (never the others: each is its own message). */
export const WEBHOOK_TIMEOUT_MS = 10_000;

/** Posts with fetch: no redirect is followed (a 3xx is a failure), and the attempt times out. */
export const fetchTransport = (timeoutMs = WEBHOOK_TIMEOUT_MS): WebhookTransport => ({
  async post(url, headers, body): Promise<TransportResult> {
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers,
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(timeoutMs),
      });
      await response.body?.cancel();
      return { status: response.status };
    } catch (error) {
      const e = error as Error;
      return { error: e.name === 'TimeoutError' ? `no answer within ${timeoutMs / 1000} s` : e.message };
    }
  },
});
