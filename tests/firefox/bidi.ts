import WebSocket from 'ws';

/** A BiDi event as Firefox sends it. */
export interface BidiEvent {
  method: string;
  params: any;
}

interface Reply {
  type: 'success' | 'error';
  id: number;
  result?: any;
  error?: string;
  message?: string;
}

/**
 * A minimal WebDriver BiDi client: numbered commands that resolve with their result or reject with
 * Firefox's error, and a listener for every event. Nothing more is needed to drive Firefox's own
 * remote agent, so no geckodriver or client library sits in between.
 */
export class Bidi {
  private nextId = 1;
  private pending = new Map<number, { resolve(value: any): void; reject(error: Error): void; method: string }>();
  private listeners = new Set<(event: BidiEvent) => void>();

  private constructor(private socket: WebSocket) {
    socket.on('message', (data) => this.receive(JSON.parse(data.toString())));
    socket.on('close', () => {
      for (const { reject, method } of this.pending.values()) reject(new Error(`BiDi connection closed before ${method} answered`));
      this.pending.clear();
    });
  }

  static connect(url: string): Promise<Bidi> {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(url, { perMessageDeflate: false });
      socket.once('open', () => resolve(new Bidi(socket)));
      socket.once('error', reject);
    });
  }

  send<R = any>(method: string, params: object = {}): Promise<R> {
    const id = this.nextId++;
    return new Promise<R>((resolve, reject) => {
      if (this.socket.readyState !== WebSocket.OPEN) return reject(new Error(`BiDi connection is closed; cannot send ${method}`));
      this.pending.set(id, { resolve, reject, method });
      this.socket.send(JSON.stringify({ id, method, params }));
    });
  }

  on(listener: (event: BidiEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  close(): void {
    this.socket.close();
  }

  private receive(message: Reply | (BidiEvent & { type: 'event' })): void {
    if (message.type === 'event') {
      for (const listener of this.listeners) listener(message);
      return;
    }
    const waiting = this.pending.get(message.id);
    if (!waiting) return;
    this.pending.delete(message.id);
    if (message.type === 'success') waiting.resolve(message.result);
    else waiting.reject(new Error(`${waiting.method} failed: ${message.error}: ${message.message}`));
  }
}

/**
 * Calls `fn(scope, arg)` in a browsing context and returns its value; `scope` is the expression
 * `scope` evaluated there (the page's `browser`, the chrome window's `globalThis`). The result goes
 * through JSON, and the argument too, so tests get plain data back instead of BiDi's remote values;
 * a throw or rejection in the page becomes a rejection here with the page's message.
 */
export async function callIn<R, A, S>(bidi: Bidi, context: string, scope: string, fn: (scope: S, arg: A) => R | Promise<R>, arg?: A): Promise<R> {
  const functionDeclaration = `async (arg) => JSON.stringify(await (${fn.toString()})(${scope}, JSON.parse(arg) ?? undefined) ?? null)`;
  const reply = await bidi.send('script.callFunction', {
    functionDeclaration,
    target: { context },
    arguments: [{ type: 'string', value: JSON.stringify(arg ?? null) }],
    awaitPromise: true,
    resultOwnership: 'none',
  });
  if (reply.type === 'exception') {
    const { text, exception } = reply.exceptionDetails;
    throw new Error(`in ${context}: ${text}${exception?.value?.message ? ` (${exception.value.message})` : ''}`);
  }
  return JSON.parse(reply.result.value) as R;
}
