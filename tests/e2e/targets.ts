import type { BrowserContext, Page } from 'playwright-core';

/** A CDP message from an attached target, as `Target.receivedMessageFromTarget` carries it. */
interface TargetMessage {
  method?: string;
  params?: any;
}

/**
 * Collects errors, over CDP, from the extension contexts Playwright does not fully watch:
 *
 * - the service worker, every incarnation of it: Chrome may restart it (after it is stopped, by a
 *   test or when idle) under the same target or a new one, and Playwright reports neither its
 *   uncaught exceptions (a throw in a listener or timer, outside any promise) nor, for a new
 *   target it has not announced, its console;
 * - extension pages Playwright has not attached to, above all the toolbar popup Chrome opens for
 *   `action.openPopup()`, which is no Playwright page.
 *
 * The CDP session lives on one page of the context; when that page closes, the watch moves to
 * another. Attaching enables the Runtime domain, which replays the console messages and
 * exceptions the target has already recorded, so nothing from before the (re)attach is lost;
 * replays are recognised and not reported twice.
 */
export async function watchExtensionTargets(context: BrowserContext, errors: string[]): Promise<{ stop(): void }> {
  let stopped = false;
  const reported = new Set<string>();
  /** Entries for exceptions, by target and exception id, so a rejection handled late can be withdrawn. */
  const exceptions = new Map<string, string>();
  const report = (key: string, entry: string) => {
    if (reported.has(key)) return;
    reported.add(key);
    errors.push(entry);
  };

  const watchFrom = async (host: Page): Promise<void> => {
    const cdp = await context.newCDPSession(host);
    const sessions = new Map<string, { targetId: string; label: string }>();
    const attached = new Set<string>();

    const consider = (info: { targetId: string; type: string; url: string; attached: boolean }) => {
      if (stopped || attached.has(info.targetId) || !info.url.startsWith('chrome-extension://')) return;
      // A page Playwright watches is attached from its first moment; one it is not attached to is not its page.
      const label = info.type === 'service_worker' ? 'service worker' : info.type === 'page' && !info.attached ? `extension page ${new URL(info.url).pathname}` : null;
      if (!label) return;
      attached.add(info.targetId);
      cdp.send('Target.attachToTarget', { targetId: info.targetId, flatten: false }).then(
        ({ sessionId }) => {
          sessions.set(sessionId, { targetId: info.targetId, label });
          // The session outlives a stop of the worker: when Chrome starts it again, it reports here.
          return cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: 1, method: 'Runtime.enable', params: {} }) });
        },
        () => attached.delete(info.targetId), // gone before we could attach
      ).catch(() => undefined);
    };

    cdp.on('Target.targetCreated', ({ targetInfo }) => consider(targetInfo));
    cdp.on('Target.targetInfoChanged', ({ targetInfo }) => consider(targetInfo));
    cdp.on('Target.detachedFromTarget', ({ sessionId, targetId }) => {
      sessions.delete(sessionId);
      if (targetId) attached.delete(targetId);
    });
    cdp.on('Target.receivedMessageFromTarget', ({ sessionId, message }) => {
      const target = sessions.get(sessionId);
      if (!target) return;
      const { method, params } = JSON.parse(message) as TargetMessage;
      if (method === 'Runtime.consoleAPICalled' && (params.type === 'error' || params.type === 'assert')) {
        const text = params.args.map((a: any) => (a.type === 'string' ? a.value : (a.description ?? JSON.stringify(a.value)))).join(' ');
        report(`${target.targetId} ${params.timestamp} ${text}`, `${target.label} console.${params.type}: ${text}`);
      }
      if (method === 'Runtime.exceptionThrown') {
        const details = params.exceptionDetails;
        const entry = `uncaught in ${target.label}: ${details.text} ${details.exception?.description ?? ''}`.trim();
        const key = `${target.targetId} ${params.timestamp} ${entry}`;
        if (!reported.has(key)) exceptions.set(`${sessionId} ${details.exceptionId}`, entry);
        report(key, entry);
      }
      if (method === 'Runtime.exceptionRevoked') {
        // A promise rejection handled after all (later than the task that rejected it).
        const entry = exceptions.get(`${sessionId} ${params.exceptionId}`);
        const at = entry === undefined ? -1 : errors.lastIndexOf(entry);
        if (at >= 0) errors.splice(at, 1);
      }
    });
    host.once('close', () => {
      if (stopped) return;
      const next = context.pages().find((p) => p !== host && !p.isClosed());
      (next ? watchFrom(next) : context.newPage().then(watchFrom)).catch((e: unknown) => {
        // Closing the context closes its pages first; only a live context must keep its watch.
        if (!stopped && !/closed/i.test(String(e))) errors.push(`harness lost its watch on extension targets: ${String(e)}`);
      });
    });
    // Reports the targets that exist already, then each new one and each change.
    await cdp.send('Target.setDiscoverTargets', { discover: true });
  };

  context.on('close', () => void (stopped = true));
  await watchFrom(context.pages()[0] ?? (await context.newPage()));
  return { stop: () => void (stopped = true) };
}
