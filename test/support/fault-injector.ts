import { TooManyRequestsException } from '@aws-sdk/client-sesv2';

/** What can go wrong with a call: refused (throttled, a 500, a timeout), or applied with the answer lost. */
export type FaultKind = 'throttle' | 'server' | 'timeout' | 'lost';
const KINDS: readonly FaultKind[] = ['throttle', 'server', 'timeout', 'lost'];

export interface FaultEvent {
  client: string;
  command: string;
  kind: FaultKind;
  /** The key the call was about (pk and sk), when it names one. */
  target: string;
}

interface Stack {
  middlewareStack: { add(mw: unknown, options: { step: 'initialize'; name: string }): void };
}

const keyText = (v: unknown) => (typeof v === 'string' ? v : ((v as { S?: string } | undefined)?.S ?? ''));

function targetOf(input: Record<string, any>): string {
  const k =
    input.Key ?? input.Item ?? input.TransactItems?.[0]?.Update?.Key ?? input.TransactItems?.[0]?.Put?.Item;
  return k ? `${keyText(k.pk)}|${keyText(k.sk)}` : '';
}

function errorOf(client: string, kind: Exclude<FaultKind, 'lost'>): Error {
  if (kind === 'throttle' && client === 'ses') {
    return new TooManyRequestsException({
      message: 'injected: Maximum sending rate exceeded',
      $metadata: {},
    });
  }
  const names = {
    throttle: 'ThrottlingException',
    server: 'InternalServerError',
    timeout: 'TimeoutError',
  } as const;
  return Object.assign(new Error(`injected ${kind} on ${client}`), { name: names[kind], $metadata: {} });
}

/**
 * Test-only: makes a share of the calls of the clients it is attached to fail, outside the SDK's
 * own retries (so every fault reaches the code): throttled, a 500, a timeout, or applied and then
 * the answer lost (the call took effect, the caller sees an error, as when a worker dies right
 * after a step). Records every fault it injects.
 */
export class FaultInjector {
  readonly events: FaultEvent[] = [];
  enabled = true;

  constructor(
    private readonly rate: number,
    private readonly random: () => number,
  ) {}

  attach(client: Stack, name: string): void {
    client.middlewareStack.add(
      (next: (args: unknown) => Promise<unknown>, context: { commandName?: string }) =>
        async (args: { input: Record<string, any> }) => {
          if (!this.enabled || this.random() >= this.rate) return next(args);
          const kind = KINDS[Math.floor(this.random() * KINDS.length)]!;
          const event = {
            client: name,
            command: String(context.commandName),
            kind,
            target: targetOf(args.input),
          };
          this.events.push(event);
          if (kind === 'lost') {
            await next(args);
            throw errorOf(name, 'server');
          }
          throw errorOf(name, kind);
        },
      { step: 'initialize', name: `faults-${name}` },
    );
  }

  /** Wraps a queue's send in the same faults (SQS in AWS; the in-process queue here). */
  queue<T extends { send(messages: readonly unknown[], delaySeconds?: number): Promise<void> }>(
    queue: T,
    name: string,
  ): T {
    const send = queue.send.bind(queue);
    queue.send = async (messages, delaySeconds) => {
      if (!this.enabled || this.random() >= this.rate) return send(messages, delaySeconds);
      const kind = KINDS[Math.floor(this.random() * KINDS.length)]!;
      this.events.push({ client: name, command: 'SendMessageBatch', kind, target: '' });
      if (kind === 'lost') await send(messages, delaySeconds);
      throw errorOf(name, kind === 'lost' ? 'server' : kind);
    };
    return queue;
  }

  /** Wraps a webhook transport: refused (an error, a 500) or sent with the answer lost. */
  transport<T extends { post(url: string, headers: Record<string, string>, body: string): Promise<unknown> }>(
    transport: T,
    name: string,
  ): T {
    const post = transport.post.bind(transport);
    return {
      ...transport,
      post: async (url: string, headers: Record<string, string>, body: string) => {
        if (!this.enabled || this.random() >= this.rate) return post(url, headers, body);
        const kind = KINDS[Math.floor(this.random() * KINDS.length)]!;
        this.events.push({ client: name, command: 'POST', kind, target: headers['webhook-id'] ?? '' });
        if (kind === 'lost') {
          await post(url, headers, body);
          return { error: 'injected: the answer was lost' };
        }
        return kind === 'server' ? { status: 500 } : { error: `injected ${kind}` };
      },
    } as T;
  }
}
