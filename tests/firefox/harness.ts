import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser } from 'webextension-polyfill';
import { Bidi, callIn } from './bidi';
import { ErrorLog, networkSink } from './errors';
import { createProfile, GECKO_ID, ORIGIN, writePrefs } from './profile';
import { waitFor } from './wait';

export const DIST_FIREFOX = resolve(import.meta.dirname, '../../dist-firefox');
/** The harness's own extension tab, where `ext()` runs; the query keeps it apart from a real options tab. */
export const CONTROL_PATH = 'src/options/index.html?harness';

export function firefoxPath(): string {
  return process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
}

export type Install = { type: 'path'; path: string } | { type: 'archivePath'; path: string; permanent: true };

/** A running firefox-esr with the extension, driven over WebDriver BiDi. */
export interface Firefox {
  bidi: Bidi;
  profile: string;
  log: ErrorLog;
  /** Runs `fn` in an extension page, where `browser.*` is the real extension API. */
  ext<R, A = undefined>(fn: (browser: Browser, arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Runs `fn` in the browser window's chrome scope (needs --remote-allow-system-access). */
  chrome<R, A = undefined>(fn: (window: any, arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Runs `fn` in the given tab's page. */
  page<R, A = undefined>(context: string, fn: (window: any, arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** The content tabs, top level. */
  tabs(): Promise<{ context: string; url: string }[]>;
  /** Opens an extension page in a new tab and resolves once it has loaded. */
  openTab(path: string): Promise<string>;
  /** Quits Firefox; the profile stays when the caller passed it in. */
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Reuse this profile (a restart); without it a fresh profile is made and removed on close. */
  profile?: string;
  /** What to install (by default dist-firefox/, temporarily); null for a restart of a profile that has it permanently. */
  install?: Install | null;
  /** A home folder of its own, e.g. with ~/.mozilla/managed-storage, where Firefox finds an organisation's settings. */
  home?: string;
}

/**
 * Starts firefox-esr headless on a profile with the test prefs, installs the extension, waits until
 * its event page runs (on a first install, also for the welcome page it opens) and opens a control
 * tab on an extension page. Every error of an extension context lands in `log`.
 */
export async function launch(options: LaunchOptions = {}): Promise<Firefox> {
  const install = options.install === undefined ? { type: 'path' as const, path: DIST_FIREFOX } : options.install;
  if (install?.type === 'path' && !existsSync(join(install.path, 'manifest.json'))) throw new Error('dist-firefox/ is missing: run `npm run build:firefox` first.');
  const log = new ErrorLog();
  const sink = await networkSink(log);
  const profile = options.profile ?? createProfile();
  writePrefs(profile, sink.port);

  const child = spawn(firefoxPath(), ['--headless', '--no-remote', '--profile', profile, '--remote-debugging-port=0', '--remote-allow-system-access'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    // Firefox's test switch: no connection leaves the machine, and remote settings stay offline.
    env: { ...process.env, MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1', MOZ_CRASHREPORTER_DISABLE: '1', ...(options.home ? { HOME: options.home } : {}) },
  });
  let output = '';
  let closing = false;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  child.once('exit', (code, signal) => {
    if (!closing) log.add(`Firefox exited unexpectedly (code ${code}, signal ${signal})`);
  });
  for (const stream of [child.stdout!, child.stderr!]) {
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      if (output.length < 100_000) output += chunk;
      log.output(chunk);
    });
  }

  const quit = async (kill = false) => {
    closing = true;
    sink.close();
    if (kill) child.kill('SIGKILL');
    if (child.exitCode === null && child.signalCode === null) await stop(child, exited);
    if (!options.profile) rmSync(profile, { recursive: true, force: true });
  };

  try {
    const url = await waitFor(async () => /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(output)?.[1], 'Firefox to start its remote agent', 30_000).catch((e) => {
      throw new Error(`${e.message}\n${output.slice(-2000)}`);
    });
    const bidi = await Bidi.connect(`${url}/session`);
    bidi.on((event) => log.event(event));
    await bidi.send('session.new', { capabilities: {} });
    await bidi.send('session.subscribe', { events: ['log.entryAdded'] });
    if (install) {
      const { type, path } = install;
      await bidi.send('webExtension.install', { extensionData: { type, path }, ...(type === 'archivePath' ? { 'moz:permanent': true } : {}) });
    }
    const ff = connect(bidi, profile, log, async () => {
      try {
        await bidi.send('browser.close');
      } catch {
        // the connection may drop before the answer: the process exit is what counts
      }
      bidi.close();
      await quit();
    });
    await waitFor(() => ff.chrome((w, id) => w.WebExtensionPolicy.getByID(id)?.extension?.backgroundState === 'running', GECKO_ID), 'the event page to run');
    if (install) {
      // A first install opens the welcome page; wait for it so it cannot land in the middle of a test.
      await waitFor(async () => (await ff.tabs()).some((t) => t.url === `${ORIGIN}/src/welcome/index.html`), 'the welcome page');
    }
    await ff.openTab(CONTROL_PATH);
    return ff;
  } catch (error) {
    await quit(true);
    throw error;
  }
}

function connect(bidi: Bidi, profile: string, log: ErrorLog, close: () => Promise<void>): Firefox {
  let control: string | null = null;
  const tabs = async () => ((await bidi.send('browsingContext.getTree', { maxDepth: 0 })).contexts as { context: string; url: string }[]).map(({ context, url }) => ({ context, url }));
  const chromeWindow = async () => {
    const { contexts } = await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 });
    const win = (contexts as { context: string; url: string }[]).find((c) => c.url === 'chrome://browser/content/browser.xhtml');
    if (!win) throw new Error('no browser window');
    return win.context;
  };
  return {
    bidi,
    profile,
    log,
    ext: async (fn, arg) => {
      if (!control) throw new Error('the control tab is not open yet');
      return callIn(bidi, control, 'globalThis.browser', fn, arg);
    },
    chrome: async (fn, arg) => callIn(bidi, await chromeWindow(), 'globalThis', fn, arg),
    page: (context, fn, arg) => callIn(bidi, context, 'globalThis', fn, arg),
    tabs,
    openTab: async (path) => {
      const { context } = await bidi.send('browsingContext.create', { type: 'tab', background: true });
      await bidi.send('browsingContext.navigate', { context, url: `${ORIGIN}/${path}`, wait: 'complete' });
      if (path === CONTROL_PATH) control = context;
      return context;
    },
    close,
  };
}

/** Waits for Firefox to quit as asked; one that hangs is killed so a run never stalls. */
async function stop(child: ChildProcess, exited: Promise<void>): Promise<void> {
  const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  await exited;
  clearTimeout(timer);
}
