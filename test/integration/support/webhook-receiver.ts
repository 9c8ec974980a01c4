import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * A webhook receiver on 127.0.0.1: records every request, and answers what `answer` says (200 by
 * default; a status, a status once something is done, or `hang` to never answer).
 */
export async function startReceiver() {
  const received: Received[] = [];
  let answer: (r: Received) => number | 'hang' | Promise<number> = () => 200;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const r = { headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      received.push(r);
      const status = answer(r);
      if (status === 'hang') return;
      void Promise.resolve(status).then((s) => res.writeHead(s).end());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    received,
    answer: (f: typeof answer) => {
      answer = f;
    },
    /** The parsed bodies of the requests received so far. */
    events: () =>
      received.map(
        (r) => JSON.parse(r.body) as { type: string; timestamp: string; data: Record<string, unknown> },
      ),
    /** Waits until `done` holds of what was received (up to 15 s). */
    async until(done: (r: Received[]) => boolean) {
      const end = Date.now() + 15_000;
      while (!done(received)) {
        if (Date.now() > end) throw new Error(`receiver: condition not met; got ${received.length} requests`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
