import WebSocket from 'ws';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// The browser-level DevTools connection, over the port Chromium names in its profile. Playwright
// holds its own connection (a pipe) to the same browser; this one is for what the tests do beside
// it: load an unpacked extension (and load it again, which is an update) and watch workers.

/**
 * What Chromium needs to let a test load extensions over DevTools: the extension domain (off
 * unless asked for) and a debugging port, which Chromium writes with its endpoint into
 * DevToolsActivePort in the profile. Playwright's own --disable-extensions must go too.
 */
export const DEVTOOLS_ARGS = ['--enable-unsafe-extension-debugging', '--remote-debugging-port=0'];

export class DevTools {
  private nextId = 1;
  private pending = new Map<number, { resolve(value: any): void; reject(error: Error): void; method: string }>();
  private listeners = new Set<(method: string, params: any, sessionId?: string) => void>();

  private constructor(private socket: WebSocket) {
    socket.on('message', (data) => {
      const message = JSON.parse(data.toString()) as { id?: number; result?: any; error?: { message: string }; method?: string; params?: any; sessionId?: string };
      if (message.id === undefined) {
        for (const listener of this.listeners) listener(message.method!, message.params, message.sessionId);
        return;
      }
      const waiting = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.error) waiting?.reject(new Error(`${waiting.method} failed: ${message.error.message}`));
      else waiting?.resolve(message.result);
    });
    socket.on('close', () => {
      for (const { reject, method } of this.pending.values()) reject(new Error(`DevTools connection closed before ${method} answered`));
      this.pending.clear();
    });
  }

  /** Connects to the browser endpoint of the Chromium running on `userDataDir`. */
  static async connect(userDataDir: string): Promise<DevTools> {
    const file = join(userDataDir, 'DevToolsActivePort');
    const deadline = Date.now() + 10_000;
    while (!existsSync(file) || readFileSync(file, 'utf8').split('\n').length < 2) {
      if (Date.now() > deadline) throw new Error(`Chromium wrote no ${file}: was it started with ${DEVTOOLS_ARGS.join(' ')}?`);
      await new Promise((r) => setTimeout(r, 50));
    }
    const [port, path] = readFileSync(file, 'utf8').trim().split('\n');
    const socket = new WebSocket(`ws://127.0.0.1:${port}${path}`, { perMessageDeflate: false });
    await new Promise((resolve, reject) => {
      socket.once('open', resolve);
      socket.once('error', reject);
    });
    return new DevTools(socket);
  }

  /** A command to the browser, or with `sessionId` to a target attached in flat mode. */
  send<R = any>(method: string, params: object = {}, sessionId?: string): Promise<R> {
    const id = this.nextId++;
    return new Promise<R>((resolve, reject) => {
      if (this.socket.readyState !== WebSocket.OPEN) return reject(new Error(`DevTools connection is closed; cannot send ${method}`));
      this.pending.set(id, { resolve, reject, method });
      this.socket.send(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }));
    });
  }

  on(listener: (method: string, params: any, sessionId?: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Loads the unpacked extension in `path`; loading the same folder again after its files changed
   * is an update, as a store's is: runtime.onInstalled fires with reason 'update'. Resolves with its id.
   */
  async loadUnpacked(path: string): Promise<string> {
    return (await this.send<{ id: string }>('Extensions.loadUnpacked', { path })).id;
  }

  close(): void {
    this.socket.close();
  }
}
