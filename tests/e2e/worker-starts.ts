import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { settled, waitFor, type Harness } from './harness';

// How often Chromium starts the extension's service worker, as DevTools reports it, and ordinary
// web pages to browse meanwhile.

export interface StartCounter {
  /** Starts of the extension's worker since it was stopped (a version going from stopped to starting or running). */
  starts(): number;
  close(): Promise<void>;
}

/**
 * Stops the extension's worker and counts its starts from then on. Its page is opened first: a
 * new tab is itself an event the worker may listen to, and must not land in the count.
 */
export async function stopAndCountWorkerStarts(h: Harness): Promise<StartCounter> {
  const host = await h.context.newPage();
  const cdp = await h.context.newCDPSession(host);
  const scope = `chrome-extension://${h.extensionId}/`;
  const status = new Map<string, string>();
  let counting = false;
  let starts = 0;
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const v of versions) {
      if (!v.scriptURL.startsWith(scope)) continue;
      const was = status.get(v.versionId) ?? 'stopped';
      if (counting && (was === 'stopped' || was === 'stopping') && (v.runningStatus === 'starting' || v.runningStatus === 'running')) starts++;
      status.set(v.versionId, v.runningStatus);
    }
  });
  await cdp.send('ServiceWorker.enable');
  await settled(h);
  await cdp.send('ServiceWorker.stopAllWorkers');
  await waitFor(async () => {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const running = targetInfos.some((t) => t.type === 'service_worker' && t.url.startsWith(scope));
    return !running && [...status.values()].every((s) => s === 'stopped') ? true : null;
  }, 'the service worker to stop');
  counting = true;
  return {
    starts: () => starts,
    close: async () => {
      // Started again for what the test does next (its own calls run in the worker), once counting is over.
      counting = false;
      await cdp.send('ServiceWorker.startWorker', { scopeURL: scope });
      await cdp.detach();
      await host.close();
    },
  };
}

/** A web server on 127.0.0.1 with as many plain pages as asked for, each its own URL. */
export async function servePages(): Promise<{ origin: string; url(n: number): string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    const n = /^\/page\/(\d+)$/.exec(req.url ?? '')?.[1];
    // No page has an icon: the browser's request for one is answered with nothing, not an error.
    res.writeHead(n ? 200 : 204, { 'content-type': 'text/html; charset=utf-8' });
    res.end(n ? `<!doctype html><title>Page ${n}</title><h1>Page ${n}</h1><p>An ordinary page.</p>` : '');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (n) => `${origin}/page/${n}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
