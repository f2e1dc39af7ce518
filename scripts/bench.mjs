/* global chrome -- the functions passed to evaluate() run inside the extension, where chrome.* exists */
// npm run bench: builds the extension, then measures it in one headless Chromium run and writes
// bench/results.json and bench/results.md. Not part of npm test: timings vary with the machine.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { entrySizes } from './sizes.mjs';
import { buildTarget } from './zip.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (x) => Math.round(x * 10) / 10;
const kb = (bytes) => Math.round((bytes / 1024) * 100) / 100;

/**
 * Runs in the extension: makes a break fall due `ms` from now as the schedule itself would (the
 * stored timer moves back one interval, the alarm follows), since the worker ignores an alarm its
 * schedule would not have set. Returns the moment.
 */
async function breakDueIn(ms) {
  const when = Date.now() + ms;
  await navigator.locks.request('desk-reset-worker', async () => {
    const { state } = await chrome.storage.local.get('state');
    const { settings } = await chrome.storage.sync.get('settings');
    const interval = settings?.intervalMinutes ?? 90;
    await chrome.storage.local.set({ state: { ...state, lastResetAt: when - interval * 60_000, nextBreakAt: when } });
    await chrome.alarms.create('break', { when, periodInMinutes: interval });
  });
  return when;
}

/** Every minute a working minute, so breaks can be fired at any hour. */
const SETTINGS = { version: 5, workDays: [0, 1, 2, 3, 4, 5, 6], workHours: [{ start: '00:00', end: '24:00' }], safetyAcknowledged: true };
/** How many drills of their own the second round of break measurements stores: a whole written program. */
const OWN_DRILLS = 20;

/** Runs in the extension: stores `n` drills of the user's own in storage.sync, as the library writes them. */
function storeOwnDrills(n) {
  const drill = (i) => ({
    name: `My drill ${i + 1}`,
    purpose: 'What my physiotherapist prescribed',
    steps: ['Stand tall, feet hip-width apart.', 'Raise both arms slowly to shoulder height.', 'Lower them over three seconds.', 'Breathe out as you lower.'],
    cue: 'Shoulders down',
    mistake: 'Arching the back',
    category: 'strength',
    equipment: ['none'],
    position: 'standing',
    dose: { kind: 'reps', reps: 12, sets: 2, perSide: false, rest: 30, tempo: [{ phase: 'raise', seconds: 2 }, { phase: 'lower', seconds: 3 }] },
    figure: null,
    routines: [],
    levels: true,
    added: Date.UTC(2026, 11, 1) + i,
  });
  return chrome.storage.sync.set(Object.fromEntries(Array.from({ length: n }, (_, i) => [`own.own-bench${i + 1}`, drill(i)])));
}

async function main() {
  // A production build of its own (dist/ belongs to npm start and the tests), with one more page,
  // empty, to measure the floor any extension page costs.
  const ext = mkdtempSync(join(tmpdir(), 'desk-reset-bench-ext-'));
  buildTarget('production', ext);
  const sizes = entrySizes(ext);
  writeFileSync(join(ext, 'empty.html'), '<!doctype html><html><head><meta charset="utf-8"><title>floor</title></head><body><p>.</p></body></html>');
  // Two more pages, for what no extension page with a script can beat on this machine: one with a
  // one-line script, and one whose script reads the same two stored values the popup needs and
  // writes one into the page (its content ready).
  const scripted = (name) => `<!doctype html><html><head><meta charset="utf-8"><title>${name}</title><script type="module" src="/${name}.js"></script></head><body><p>.</p></body></html>`;
  writeFileSync(join(ext, 'script.html'), scripted('script'));
  writeFileSync(join(ext, 'script.js'), "performance.mark('content-ready');\n");
  writeFileSync(join(ext, 'storage.html'), scripted('storage'));
  writeFileSync(
    join(ext, 'storage.js'),
    "Promise.all([chrome.storage.local.get('state'), chrome.storage.sync.get('settings')]).then(([{ state }]) => {\n  document.querySelector('p').textContent = String(state?.nextBreakAt);\n  performance.mark('content-ready');\n});\n",
  );
  const profile = mkdtempSync(join(tmpdir(), 'desk-reset-bench-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    headless: true,
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`, '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const id = new URL(worker.url()).host;
    // First install opens the welcome; let it, so it cannot take over the tab we measure in.
    for (let t = 0; t < 100 && !context.pages().some((p) => p.url().includes('/src/welcome/')); t++) await new Promise((r) => setTimeout(r, 50));
    const page = await context.newPage();
    await page.goto(`chrome-extension://${id}/src/popup/index.html`);
    await page.evaluate((settings) => chrome.storage.sync.set({ settings }), SETTINGS);
    await page.waitForTimeout(500);

    // Load event and content ready of pages, in ms from navigation start: medians of 25 warm loads
    // each. The pages take turns, so the floor and the popup meet the same moments of the machine.
    const loadOnce = async (path, ready) => {
      await page.goto(`chrome-extension://${id}/${path}`);
      await page.waitForSelector(ready);
      return page.evaluate(() => new Promise((done) => {
        const look = () => {
          const nav = performance.getEntriesByType('navigation')[0];
          if (!nav || nav.loadEventStart === 0) return requestAnimationFrame(look);
          done({ load: nav.loadEventStart, ready: performance.getEntriesByName('content-ready')[0]?.startTime ?? null });
        };
        look();
      }));
    };
    const loadInTurns = async (pages) => {
      const runs = pages.map(() => ({ loads: [], readies: [] }));
      for (const [path, ready] of pages) await loadOnce(path, ready); // warm-up
      for (let i = 0; i < 25; i++) {
        for (const [k, [path, ready]] of pages.entries()) {
          const t = await loadOnce(path, ready);
          runs[k].loads.push(t.load);
          if (t.ready !== null) runs[k].readies.push(t.ready);
        }
      }
      return runs.map((r, k) => {
        if (pages[k][0] !== 'empty.html' && r.readies.length !== r.loads.length) throw new Error(`${pages[k][0]} set no content-ready mark`);
        return { load: median(r.loads), ready: r.readies.length ? median(r.readies) : null };
      });
    };
    const [floor, idle, oneScript, storageRead] = await loadInTurns([
      ['empty.html', 'p'],
      ['src/popup/index.html', '#idle-title'],
      ['script.html', 'p'],
      ['storage.html', 'p'],
    ]);
    await page.evaluate(() => chrome.runtime.sendMessage({ type: 'start-now' }));
    // The page the toolbar button opens during a break: the worker points it at the break view.
    const { pathname, search } = new URL(await page.evaluate(() => chrome.action.getPopup({})));
    const [floorDuring, during] = await loadInTurns([
      ['empty.html', 'p'],
      [`${pathname.slice(1)}${search}`, '#drill-name'],
    ]);

    // Alarm fired to drill visible: the real path, a compact window when no browser window is focused.
    // "Fired" is when the alarm event reaches the worker (a listener of the bench's own stamps it),
    // "visible" the content-ready mark of the drill window, both on the wall clock.
    // The bench's own tab leaves the break page; it is no part of a user's screen when a break comes.
    const alarmToDrill = async () => {
      await page.evaluate((settings) => chrome.storage.sync.set({ settings }), SETTINGS);
      await page.goto(`chrome-extension://${id}/empty.html`);
      const drillLatency = [];
      for (let i = 0; i < 10; i++) {
        await page.evaluate(() => chrome.runtime.sendMessage({ type: 'finish', outcome: 'skipped' }).catch(() => undefined));
        const live = context.serviceWorkers().at(-1) ?? worker;
        await live.evaluate(async () => {
          globalThis.benchFiredAt = null;
          if (!globalThis.benchListening) chrome.alarms.onAlarm.addListener((a) => { if (a.name === 'break') globalThis.benchFiredAt = Date.now(); });
          globalThis.benchListening = true;
          for (const w of await chrome.windows.getAll({ windowTypes: ['normal'] })) await chrome.windows.update(w.id, { state: 'minimized' });
        });
        await live.evaluate(`(${breakDueIn})(400)`);
        const win = await context.waitForEvent('page', { predicate: (p) => p.url().includes('window=1'), timeout: 10_000 });
        await win.waitForSelector('#drill-name');
        const visible = await win.evaluate(() => performance.timeOrigin + performance.getEntriesByName('content-ready')[0].startTime);
        const fired = await live.evaluate(() => globalThis.benchFiredAt);
        if (typeof fired !== 'number') throw new Error('the bench saw no alarm event in the worker');
        drillLatency.push(Math.round(visible - fired));
        await win.close();
      }
      return drillLatency;
    };

    // Service-worker cold start to handling an alarm: stop the worker, let an alarm wake it, and
    // read the time its handler stamped on the break it put on screen. A sample counts only if the
    // worker really was cold: its target gone after the stop, and a mark left in its memory before
    // the stop gone after the alarm (a warm worker would still hold it). Others are discarded.
    const cdpPage = await context.newPage();
    const cdp = await context.newCDPSession(cdpPage);
    await cdp.send('ServiceWorker.enable');
    const workerRunning = async () => (await cdp.send('Target.getTargets')).targetInfos.some((x) => x.type === 'service_worker');
    const liveWorker = () => context.serviceWorkers().at(-1) ?? worker;
    const within = (promise, ms) => Promise.race([promise, new Promise((_, reject) => setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms))]);
    const coldStarts = async () => {
      const coldStart = [];
      const discarded = [];
      for (let attempt = 0; coldStart.length < 10 && attempt < 20; attempt++) {
        await page.evaluate(() => chrome.runtime.sendMessage({ type: 'finish', outcome: 'skipped' }));
        await page.evaluate((settings) => chrome.storage.sync.set({ settings: { ...settings, openDrillAutomatically: false } }), SETTINGS);
        await page.waitForTimeout(300);
        // The break is set up before the stop, so nothing but its alarm can wake the stopped worker.
        const due = await page.evaluate(`(${breakDueIn})(4000)`);
        await page.waitForTimeout(300);
        await liveWorker().evaluate(() => void (globalThis.benchWarmMark = true));
        await cdp.send('ServiceWorker.stopAllWorkers');
        let running = true;
        for (let t = 0; t < 60 && (running = await workerRunning()); t++) await page.waitForTimeout(50);
        if (running || Date.now() > due - 200) {
          discarded.push(`sample ${attempt + 1}: the worker was not stopped well before the alarm`);
          await page.waitForTimeout(Math.max(0, due - Date.now() + 500));
          continue;
        }
        const shownAt = await page.evaluate(() => new Promise((done) => {
          const look = async () => {
            const { state } = await chrome.storage.local.get('state');
            if (state?.pending?.shownAt) done(state.pending.shownAt);
            else setTimeout(look, 20);
          };
          look();
        }));
        const warm = await within(liveWorker().evaluate(() => globalThis.benchWarmMark === true), 5000).catch((error) => error);
        if (warm !== false) {
          discarded.push(`sample ${attempt + 1}: ${warm === true ? 'the alarm was handled by the worker that should have stopped' : `could not check the worker (${warm.message})`}`);
          continue;
        }
        coldStart.push(shownAt - due);
      }
      for (const reason of discarded) console.warn(`cold start: discarded ${reason}`);
      if (!coldStart.length) throw new Error('No cold-start sample: the service worker never stopped.');
      return { coldStart, discarded };
    };

    const drillLatency = await alarmToDrill();
    const { coldStart, discarded } = await coldStarts();
    // The same again with a program of the user's own in storage.sync, which the worker reads at
    // every event and the break page reads to draw the drill (some of its breaks are own drills).
    await page.evaluate(`(${storeOwnDrills})(${OWN_DRILLS})`);
    const ownDrillLatency = await alarmToDrill();
    const own = await coldStarts();

    const ratio = (x, base = floor) => round(x / base.load);
    const results = {
      date: new Date().toISOString(),
      chromium: context.browser()?.version() ?? (await page.evaluate(() => navigator.userAgent)),
      floorLoadMs: round(floor.load),
      popupIdle: { loadMs: round(idle.load), contentReadyMs: round(idle.ready), loadRatio: ratio(idle.load), contentReadyRatio: ratio(idle.ready) },
      popupDuringBreak: { floorLoadMs: round(floorDuring.load), loadMs: round(during.load), contentReadyMs: round(during.ready), contentReadyRatio: ratio(during.ready, floorDuring) },
      // The least any page with a script reaches here: for comparison, no target.
      oneLineScriptPage: { loadMs: round(oneScript.load), loadRatio: ratio(oneScript.load) },
      storageReadPage: { loadMs: round(storageRead.load), contentReadyMs: round(storageRead.ready), contentReadyRatio: ratio(storageRead.ready) },
      alarmToDrillVisibleMs: median(drillLatency),
      alarmToDrillVisibleSamplesMs: drillLatency,
      serviceWorkerColdStartToAlarmHandledMs: median(coldStart),
      serviceWorkerColdStartSamples: coldStart.length,
      serviceWorkerColdStartDiscarded: discarded,
      withOwnDrills: {
        ownDrills: OWN_DRILLS,
        alarmToDrillVisibleMs: median(ownDrillLatency),
        alarmToDrillVisibleSamplesMs: ownDrillLatency,
        serviceWorkerColdStartToAlarmHandledMs: median(own.coldStart),
        serviceWorkerColdStartSamples: own.coldStart.length,
        serviceWorkerColdStartDiscarded: own.discarded,
      },
      gzipKB: {
        serviceWorker: kb(sizes.serviceWorker.gzip),
        popup: kb(sizes.popup.gzip),
        popupLoadedLater: kb(sizes.popup.lazyGzip),
        breakPage: kb(sizes.breakPage.gzip),
        options: kb(sizes.options.gzip),
      },
      packageKB: round(sizes.packageBytes / 1024),
    };
    const verdict = (ok) => (ok ? 'met' : '**missed**');
    const table = [
      '| measure | result | target |',
      '| --- | --- | --- |',
      `| empty extension page, load event (the floor; median of 25 warm loads) | ${results.floorLoadMs} ms | |`,
      `| popup between breaks, load event | ${results.popupIdle.loadMs} ms = ${results.popupIdle.loadRatio} × floor | ≤ 1.3 × (${verdict(results.popupIdle.loadRatio <= 1.3)}) |`,
      `| popup between breaks, content ready (next break in the DOM) | ${results.popupIdle.contentReadyMs} ms = ${results.popupIdle.contentReadyRatio} × floor | ≤ 1.5 × (${verdict(results.popupIdle.contentReadyRatio <= 1.5)}) |`,
      `| popup during a break, content ready (drill name in the DOM; against a floor of ${results.popupDuringBreak.floorLoadMs} ms in the same turns) | ${results.popupDuringBreak.contentReadyMs} ms = ${results.popupDuringBreak.contentReadyRatio} × floor | ≤ 2 × (${verdict(results.popupDuringBreak.contentReadyRatio <= 2)}) |`,
      `| for comparison: a page with a one-line script, load event | ${results.oneLineScriptPage.loadMs} ms = ${results.oneLineScriptPage.loadRatio} × floor | |`,
      `| for comparison: a page whose script reads the two stored values, content ready | ${results.storageReadPage.contentReadyMs} ms = ${results.storageReadPage.contentReadyRatio} × floor | |`,
      `| alarm fired → drill visible (median of 10 breaks) | ${results.alarmToDrillVisibleMs} ms | ≤ 200 ms (${verdict(results.alarmToDrillVisibleMs <= 200)}) |`,
      `| service worker cold start → alarm handled (median of ${coldStart.length}${discarded.length ? `; ${discarded.length} discarded, worker not cold` : ''}) | ${results.serviceWorkerColdStartToAlarmHandledMs} ms | ≤ 50 ms (${verdict(results.serviceWorkerColdStartToAlarmHandledMs <= 50)}) |`,
      `| with ${OWN_DRILLS} own drills stored: alarm fired → drill visible (median of 10 breaks) | ${results.withOwnDrills.alarmToDrillVisibleMs} ms | ≤ 200 ms (${verdict(results.withOwnDrills.alarmToDrillVisibleMs <= 200)}) |`,
      `| with ${OWN_DRILLS} own drills stored: service worker cold start → alarm handled (median of ${own.coldStart.length}${own.discarded.length ? `; ${own.discarded.length} discarded, worker not cold` : ''}) | ${results.withOwnDrills.serviceWorkerColdStartToAlarmHandledMs} ms | ≤ 50 ms (${verdict(results.withOwnDrills.serviceWorkerColdStartToAlarmHandledMs <= 50)}) |`,
      `| service worker JS, gzipped | ${results.gzipKB.serviceWorker} KB | ≤ 22 KB |`,
      `| popup JS before first paint, gzipped | ${results.gzipKB.popup} KB | ≤ 18 KB |`,
      `| popup JS a break adds, gzipped | ${results.gzipKB.popupLoadedLater} KB | ≤ 15.25 KB |`,
      `| break page JS before first paint (the popup with the break view built in), gzipped | ${results.gzipKB.breakPage} KB | ≤ 11.5 KB over the popup |`,
      `| options page JS, gzipped | ${results.gzipKB.options} KB | |`,
      `| whole package, unpacked | ${results.packageKB} KB | |`,
    ].join('\n');
    writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
    writeFileSync(join(ROOT, 'bench/results.md'), `${table}\n\nMeasured ${results.date} with ${results.chromium}, headless.\n`);
    console.log(table);
  } finally {
    await context.close();
    rmSync(ext, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
