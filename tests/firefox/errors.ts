import { createServer, type Server } from 'node:net';
import type { BidiEvent } from './bidi';
import { ORIGIN } from './profile';

/**
 * Everything that counts as a failure of the extension, from the three places Firefox reports it:
 *
 * - its stdout: with `devtools.console.stdout.content` every console message of a content context
 *   is printed there, and uncaught errors and rejections of a page are printed as
 *   `JavaScript error: <url>, line N: …`. This is the one channel that hears every extension
 *   context, the event page and the toolbar popup included. The only content documents in these
 *   tests are the extension's pages and about:blank, so every `console.error` is the extension's;
 *   chrome (Firefox's own) console output is not printed (`devtools.console.stdout.chrome` is off).
 * - BiDi's `log.entryAdded`: errors of the tabs BiDi watches. Firefox 153 leaves extension pages
 *   out of BiDi's events (bug 1755014), so today this hears only non-extension tabs; it is kept so
 *   nothing is missed once Firefox includes them.
 * - the proxy every request of the profile is sent to: Desk Reset promises that nothing leaves the
 *   machine, and the profile gives Firefox itself no reason to go online, so any request fails.
 */
export class ErrorLog {
  readonly errors: string[] = [];
  /** console.warn lines: not failures, but some tests look for a warning the extension owes. */
  readonly warnings: string[] = [];
  private partial = '';

  /** Feeds Firefox's stdout or stderr, chunk by chunk. */
  output(chunk: string): void {
    const lines = (this.partial + chunk).split('\n');
    this.partial = lines.pop() ?? '';
    for (const line of lines) this.line(line);
  }

  event(event: BidiEvent): void {
    if (event.method !== 'log.entryAdded' || event.params.level !== 'error') return;
    const { type, text, source } = event.params;
    this.errors.push(`${type} error in context ${source?.context ?? '?'}: ${text}`);
  }

  add(error: string): void {
    this.errors.push(error);
  }

  /** Takes the errors seen so far, leaving the log empty. */
  drain(): string[] {
    return this.errors.splice(0);
  }

  private line(line: string): void {
    if (line.startsWith('console.error:')) this.errors.push(line);
    else if (line.startsWith('console.warn:')) this.warnings.push(line);
    else if (line.startsWith(`JavaScript error: ${ORIGIN}`)) this.errors.push(line);
  }
}

/** A local port that stands in for the network: every connection to it is logged as an error. */
export function networkSink(log: ErrorLog): Promise<{ port: number; close(): void }> {
  const server: Server = createServer((socket) => {
    socket.once('data', (data) => {
      log.add(`network request: ${data.toString().split('\r\n')[0]}`);
      socket.destroy();
    });
    socket.on('error', () => undefined);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({ port: typeof address === 'object' && address ? address.port : 0, close: () => server.close() });
    });
  });
}
