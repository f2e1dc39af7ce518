import { afterEach, beforeEach, expect } from 'vitest';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { DEFAULT_SETTINGS, toStored } from '../../src/core/settings';
import { WORKER_LOCK } from '../../src/background/queue';
import { watchExtensionTargets } from './targets';
import { DEVTOOLS_ARGS, DevTools } from './devtools';

export const DIST = resolve(import.meta.dirname, '../../dist');

export function chromePath(): string {
  return process.env.CHROME_PATH || '/usr/bin/chromium';
}

const QUIET_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** The extension from its folder at start-up, as a developer loads it; over DevTools, none at start. */
export function launchArgs(extensionDir: string, overDevTools = false): string[] {
  if (overDevTools) return [...QUIET_ARGS, ...DEVTOOLS_ARGS];
  return [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...QUIET_ARGS];
}

/** A real Chromium with the built extension, collecting every error any extension context reports. */
export interface Harness {
  context: BrowserContext;
  extensionId: string;
  errors: string[];
  /** The browser-level DevTools connection, when launched with `overDevTools`. */
  devtools: DevTools | null;
  worker(): Promise<Worker>;
  /** Runs a function in the service worker, where `chrome.*` is the real extension API. */
  sw<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  openPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  userDataDir?: string;
  lang?: string;
  /** A copy of dist/ elsewhere, so it has an id of its own (an administrator's policy names it). */
  extensionDir?: string;
  /** Another way to start Chromium, e.g. with a policy only it can see. */
  executablePath?: string;
  env?: Record<string, string>;
  /**
   * Start with no extension and load it over DevTools (Extensions.loadUnpacked), so the test can
   * load the folder again later: an update in place, as a store's.
   */
  overDevTools?: boolean;
  /** Let tabs play sound, so Chromium marks a tab playing it audible (the sound hold). */
  sound?: boolean;
  /**
   * Pages the test serves itself, by exact address (Playwright fulfils them: nothing reaches the
   * network), e.g. a meeting room's. Only these are exempt from the harness's network check.
   */
  serve?: Record<string, string>;
}

export async function launch(options: LaunchOptions = {}): Promise<Harness> {
  const extensionDir = options.extensionDir ?? DIST;
  if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`${extensionDir} has no build: run \`npm run build\` first.`);
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'desk-reset-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    headless: true,
    executablePath: options.executablePath ?? chromePath(),
    ...(options.env ? { env: { ...process.env, ...options.env } as Record<string, string> } : {}),
    // --lang picks the extension's messages; locale sets navigator.language to match.
    ...(options.lang ? { locale: options.lang } : {}),
    // Playwright mutes headless Chromium (--mute-audio), and a muted browser marks no tab audible:
    // a test of the sound hold lets it play (quietly) instead.
    ...(options.overDevTools || options.sound ? { ignoreDefaultArgs: [...(options.overDevTools ? ['--disable-extensions'] : []), ...(options.sound ? ['--mute-audio'] : [])] } : {}),
    args: [...launchArgs(extensionDir, options.overDevTools), ...(options.lang ? [`--lang=${options.lang}`] : [])],
  });
  const errors: string[] = [];
  // Every incarnation of the service worker and any page Playwright does not see (the toolbar
  // popup) are watched over CDP; Playwright reports console messages and uncaught errors of its pages.
  const targets = await watchExtensionTargets(context, errors);
  context.on('weberror', (e) => errors.push(`uncaught in page: ${e.error().message}`));
  // Desk Reset promises that nothing leaves the machine: any request off the extension is a failure,
  // but for the pages the test serves itself.
  const served = new Map(Object.entries(options.serve ?? {}));
  for (const [url, body] of served) await context.route(url, (route) => route.fulfill({ contentType: 'text/html', body }));
  context.on('request', (r) => {
    if (!/^(chrome-extension|data|blob|about):/.test(r.url()) && !served.has(r.url())) errors.push(`network request: ${r.method()} ${r.url()}`);
  });
  context.on('console', (m) => {
    if (m.type() === 'error' && !m.worker()) errors.push(`page console.error: ${m.text()}`);
  });

  // The worker comes and goes (Chrome stops it when idle; tests stop it on purpose): always use the live one.
  const closed = new WeakSet<Worker>();
  const track = (w: Worker) => w.on('close', () => closed.add(w));
  context.on('serviceworker', track);
  context.serviceWorkers().forEach(track);
  const worker = async () => context.serviceWorkers().findLast((w) => !closed.has(w)) ?? (await context.waitForEvent('serviceworker'));
  const devtools = options.overDevTools ? await DevTools.connect(userDataDir) : null;
  await devtools?.loadUnpacked(extensionDir);
  const extensionId = new URL((await worker()).url()).host;
  const welcomeUrl = `chrome-extension://${extensionId}/src/welcome/index.html`;
  if (!options.userDataDir) {
    // A fresh profile is a first install, which opens the welcome; wait for it so it cannot take
    // over a tab a test opens next.
    await waitFor(async () => context.pages().find((p) => p.url() === welcomeUrl), 'the welcome page');
  }

  return {
    context,
    extensionId,
    errors,
    devtools,
    worker,
    sw: async (fn, arg) => (await worker()).evaluate(fn as never, arg) as never,
    openPage: async (path) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    close: async () => {
      targets.stop();
      devtools?.close();
      await context.close();
      if (!options.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Polls until `probe` returns a truthy value; the last value seen goes into the failure message. */
export async function waitFor<T>(probe: () => Promise<T>, what: string, timeoutMs = 10_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  while (Date.now() < deadline) {
    last = await probe();
    if (last) return last as NonNullable<T>;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Timed out waiting for ${what}; last saw ${JSON.stringify(last)}`);
}

/**
 * The toolbar popup is not a Playwright page, so we reach it over CDP: find its target and
 * evaluate in it through the browser's target messaging. (The harness collects its errors.)
 */
export class PopupTarget {
  private nextId = 1;
  private pending = new Map<number, (result: unknown) => void>();

  private constructor(
    private cdp: CDPSession,
    private sessionId: string,
  ) {}

  static async attach(h: Harness): Promise<PopupTarget> {
    const page = h.context.pages()[0] ?? (await h.context.newPage());
    const cdp = await h.context.newCDPSession(page);
    const target = await waitFor(async () => {
      const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{}] });
      return targetInfos.find((t) => t.type === 'page' && t.url.startsWith(`chrome-extension://${h.extensionId}/src/popup/`));
    }, 'the toolbar popup target');
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
    const popup = new PopupTarget(cdp, sessionId);
    // Its errors are already collected: the harness watches every page Playwright does not.
    cdp.on('Target.receivedMessageFromTarget', (event) => {
      if (event.sessionId !== sessionId) return;
      const message = JSON.parse(event.message) as { id?: number; result?: any; error?: any };
      if (message.id !== undefined) popup.pending.get(message.id)?.(message);
    });
    return popup;
  }

  private call(method: string, params: object): Promise<any> {
    const id = this.nextId++;
    const done = new Promise<any>((resolve) => this.pending.set(id, resolve));
    void this.cdp.send('Target.sendMessageToTarget', { sessionId: this.sessionId, message: JSON.stringify({ id, method, params }) });
    return done;
  }

  /** Evaluates an expression in the popup document and returns its JSON value. */
  async evaluate<T>(expression: string): Promise<T> {
    const reply = await this.call('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true });
    if (reply.error || reply.result?.exceptionDetails) throw new Error(`popup evaluate failed: ${JSON.stringify(reply)}`);
    return reply.result.result.value as T;
  }

  async text(): Promise<string> {
    // Empty until the popup's document has a body: callers poll.
    return this.evaluate<string>(`document.body?.innerText ?? ''`);
  }
}

/** The named alarm as Chromium holds it, or null. */
export async function getAlarm(h: Harness, name = 'break') {
  return (await h.sw(async (n) => (await chrome.alarms.get(n)) ?? null, name)) as chrome.alarms.Alarm | null;
}

/** Both storage areas merged, as plain data. */
export async function readStorage(h: Harness): Promise<Record<string, any>> {
  return h.sw(async () => ({ ...(await chrome.storage.local.get(null)), ...(await chrome.storage.sync.get(null)) }));
}

/** Settings that make every minute of every day a working minute, so tests do not depend on the clock. */
export const ALWAYS_WORKING = {
  ...toStored(DEFAULT_SETTINGS),
  workDays: [0, 1, 2, 3, 4, 5, 6],
  workHours: [{ start: '00:00', end: '24:00' }],
  safetyAcknowledged: true,
};

/**
 * The stored next break while a test waits for the worker to reschedule: no schedule sets it, so
 * any other value means the worker has handled the change, even one that leaves the break where it
 * was (as the default hours do during working hours).
 */
export const RESCHEDULE_MARK = 1;

/** Writes settings the way the options page does and waits for the worker to reschedule (they must differ from the stored ones). */
export async function useSettings(h: Harness, settings: object): Promise<void> {
  await h.sw(async ({ s, lock, mark }) => {
    await navigator.locks.request(lock, async () => {
      const { state } = (await chrome.storage.local.get('state')) as { state: object };
      await chrome.storage.local.set({ state: { ...state, nextBreakAt: mark } });
    });
    await chrome.storage.sync.set({ settings: s });
  }, { s: settings, lock: WORKER_LOCK, mark: RESCHEDULE_MARK });
  await waitFor(async () => {
    const s = await readStorage(h);
    return isDeepStrictEqual(s.settings, settings) && s.state?.nextBreakAt !== RESCHEDULE_MARK ? true : null;
  }, 'the worker to reschedule after a settings change');
  // The new state is written before the alarms are set: wait for the whole handler, so an alarm a
  // test sets next cannot be overwritten by the tail of this reschedule.
  await settled(h);
}

/** Resolves once every event the worker has begun handling is finished (its queue is a Web Lock). */
export async function settled(h: Harness): Promise<void> {
  await h.sw((name) => navigator.locks.request(name, () => undefined), WORKER_LOCK);
}

/**
 * Makes the break fall due `inMs` from now, as if its interval had run: the stored timer moves back
 * one interval and the break alarm is set for that moment. (The worker ignores an alarm that the
 * schedule would not have set.) Resolves with the moment.
 */
export async function breakDueIn(h: Harness, inMs = 300): Promise<number> {
  return h.sw(async ({ ms, lock }) => {
    const when = Date.now() + ms;
    await navigator.locks.request(lock, async () => {
      const { state } = (await chrome.storage.local.get('state')) as { state: any };
      const { settings } = (await chrome.storage.sync.get('settings')) as { settings?: { intervalMinutes?: number } };
      const interval = settings?.intervalMinutes ?? 90;
      const back = when - interval * 60_000;
      const timer = state.pending ? { pending: { ...state.pending, shownAt: back, snoozedUntil: null } } : { lastResetAt: back };
      await chrome.storage.local.set({ state: { ...state, ...timer, nextBreakAt: when } });
      await chrome.alarms.create('break', { when, periodInMinutes: interval });
    });
    return when;
  }, { ms: inMs, lock: WORKER_LOCK });
}

/**
 * Makes a posture reset fall due `inMs` from now, as if its gap had run since the drill timer last
 * started with no reset since: the stored timer moves back one gap (the drill stays the interval
 * less that gap away, well over the 10 minutes a reset keeps from it) and the reset's alarm is set
 * for that moment. (The worker ignores an alarm that its schedule would not have set.) Resolves
 * with the moment. The settings must have resets on.
 */
export async function postureDueIn(h: Harness, inMs = 300): Promise<number> {
  return h.sw(async ({ ms, lock }) => {
    const when = Date.now() + ms;
    await navigator.locks.request(lock, async () => {
      const { state } = (await chrome.storage.local.get('state')) as { state: any };
      const { settings } = (await chrome.storage.sync.get('settings')) as { settings?: { intervalMinutes?: number; postureMinutes?: number } };
      const back = when - (settings?.postureMinutes ?? 30) * 60_000;
      await chrome.storage.local.set({ state: { ...state, lastResetAt: back, posture: null, nextBreakAt: back + (settings?.intervalMinutes ?? 90) * 60_000 } });
      await chrome.alarms.create('posture', { when });
    });
    return when;
  }, { ms: inMs, lock: WORKER_LOCK });
}

/** Stops every service worker, as Chrome does after 30 s idle; resolves once the extension's is gone. */
export async function stopServiceWorker(h: Harness): Promise<void> {
  const blank = await h.context.newPage();
  const cdp = await h.context.newCDPSession(blank);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await waitFor(async () => {
    const { targetInfos } = await cdp.send('Target.getTargets');
    return targetInfos.some((t) => t.type === 'service_worker') ? null : true;
  }, 'the service worker to stop');
  await cdp.detach();
  await blank.close();
}

/**
 * Gives every test a fresh Chromium with the extension installed (its break alarm set), and fails
 * the test when any extension context reported an error or made a network request.
 */
export function eachTestInFreshChromium(receive: (h: Harness) => void, options: { alwaysWorking?: boolean; then?: (h: Harness) => Promise<void> } = {}): void {
  let current: Harness | null = null;
  beforeEach(async () => {
    current = await launch();
    receive(current);
    await waitFor(() => getAlarm(current!), 'the install alarm');
    if (options.alwaysWorking) await useSettings(current, ALWAYS_WORKING);
    await options.then?.(current);
  });
  afterEach(async () => {
    const errors = [...(current?.errors ?? [])];
    await current?.close();
    current = null;
    expect(errors, 'errors reported by extension contexts').toEqual([]);
  });
}
