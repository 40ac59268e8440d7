import { WebSocket } from 'ws';

/** One `next`, `error` or `complete` message of a subscription. */
export type LiveMessage =
  | { type: 'next'; payload: { data?: Record<string, unknown> | null; errors?: LiveError[] } }
  | { type: 'error'; payload: LiveError[] }
  | { type: 'complete' };

export interface LiveError {
  message: string;
  extensions?: Record<string, unknown>;
}

export interface LiveSubscription {
  readonly messages: LiveMessage[];
  /** Resolves with the next message (or the first one not yet taken). */
  next(timeoutMs?: number): Promise<LiveMessage>;
  /** Resolves when no message arrives for `ms` (what a test expects NOT to receive). */
  quiet(ms: number): Promise<LiveMessage[]>;
}

/**
 * A graphql-transport-ws client speaking the protocol itself, so tests see exactly what a
 * browser would: close codes, `error` messages, what arrives and what does not.
 */
export class LiveClient {
  readonly closed: Promise<{ code: number; reason: string }>;
  private readonly subscriptions = new Map<string, Subscription>();
  private nextId = 1;

  private constructor(readonly socket: WebSocket) {
    this.closed = new Promise((resolve) => {
      socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() }));
    });
    socket.on('message', (data: Buffer) => {
      const message = JSON.parse(data.toString()) as { id?: string } & LiveMessage;
      if (message.id) this.subscriptions.get(message.id)?.push(message);
    });
  }

  /** Opens a socket to `baseUrl`'s /graphql and waits for the connection_ack (or a close). */
  static async connect(
    baseUrl: string,
    options: { cookie?: string | null; origin?: string } = {},
  ): Promise<LiveClient> {
    const socket = new WebSocket(
      `${baseUrl.replace(/^http/, 'ws')}/graphql`,
      'graphql-transport-ws',
      {
        headers: {
          ...(options.cookie ? { cookie: options.cookie } : {}),
          ...(options.origin ? { origin: options.origin } : {}),
        },
      },
    );
    const client = new LiveClient(socket);
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => {
        socket.send(JSON.stringify({ type: 'connection_init' }));
      });
      socket.once('unexpected-response', (_req, res) =>
        reject(new Error(`upgrade refused: ${String(res.statusCode)}`)),
      );
      socket.once('error', reject);
      socket.on('message', (data: Buffer) => {
        if ((JSON.parse(data.toString()) as { type: string }).type === 'connection_ack') resolve();
      });
      void client.closed.then(({ code }) => reject(new Error(`closed: ${String(code)}`)));
    });
    return client;
  }

  subscribe(query: string, variables?: Record<string, unknown>): LiveSubscription {
    const id = String(this.nextId++);
    const subscription = new Subscription();
    this.subscriptions.set(id, subscription);
    this.socket.send(JSON.stringify({ id, type: 'subscribe', payload: { query, variables } }));
    return subscription;
  }

  close(): void {
    this.socket.close(1000);
  }
}

class Subscription implements LiveSubscription {
  readonly messages: LiveMessage[] = [];
  private taken = 0;
  private waiting: (() => void) | null = null;

  push(message: LiveMessage): void {
    this.messages.push(message);
    this.waiting?.();
  }

  async next(timeoutMs = 5_000): Promise<LiveMessage> {
    const deadline = Date.now() + timeoutMs;
    while (this.taken >= this.messages.length) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no message within ${String(timeoutMs)} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiting = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.waiting = null;
    }
    return this.messages[this.taken++] as LiveMessage;
  }

  async quiet(ms: number): Promise<LiveMessage[]> {
    const before = this.messages.length;
    await new Promise((resolve) => setTimeout(resolve, ms));
    return this.messages.slice(before);
  }
}
