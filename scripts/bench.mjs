/* global chrome -- the functions passed to evaluate() run inside the extension, where chrome.* exists */
// npm run bench: builds the extension, then measures it in one headless Chromium run and writes
// bench/results.json and bench/results.md. Not part of npm test: timings vary with the machine.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { entrySizes } from './sizes.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (x) => Math.round(x * 10) / 10;
const kb = (bytes) => Math.round((bytes / 1024) * 100) / 100;

async function main() {
  await build({ root: ROOT, logLevel: 'warn' });
  const sizes = entrySizes(join(ROOT, 'dist'));

  // A copy of the build with one more page, empty, to measure the floor any extension page costs.
  const ext = mkdtempSync(join(tmpdir(), 'desk-reset-bench-ext-'));
  cpSync(join(ROOT, 'dist'), ext, { recursive: true });
  writeFileSync(join(ext, 'empty.html'), '<!doctype html><html><head><meta charset="utf-8"><title>floor</title></head><body><p>.</p></body></html>');
  const profile = mkdtempSync(join(tmpdir(), 'desk-reset-bench-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    headless: true,
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`, '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const id = new URL(worker.url()).host;
    // First install opens the options page; let it, so it cannot take over the tab we measure in.
    for (let t = 0; t < 100 && !context.pages().some((p) => p.url().includes('/src/options/')); t++) await new Promise((r) => setTimeout(r, 50));
    const page = await context.newPage();
    await page.goto(`chrome-extension://${id}/src/popup/index.html`);
    // Every minute a working minute, so breaks can be fired at any hour.
    await page.evaluate(() => chrome.storage.sync.set({ settings: { version: 5, workDays: [0, 1, 2, 3, 4, 5, 6], workHours: [{ start: '00:00', end: '24:00' }], safetyAcknowledged: true } }));
    await page.waitForTimeout(500);

    const paint = async (path, ready) => {
      const times = [];
      await page.goto(`chrome-extension://${id}/${path}`); // warm-up
      for (let i = 0; i < 25; i++) {
        await page.goto(`chrome-extension://${id}/${path}`);
        await page.waitForSelector(ready);
        times.push(await page.evaluate(() => new Promise((done) => {
          const fcp = () => performance.getEntriesByName('first-contentful-paint')[0];
          const look = () => (fcp() ? done(fcp().startTime) : requestAnimationFrame(look));
          look();
        })));
      }
      return median(times);
    };
    const floor = await paint('empty.html', 'p');
    const popup = await paint('src/popup/index.html', '#idle-title');

    // Alarm fired to drill visible: the real path, a compact window when no browser window is focused.
    const drillLatency = [];
    for (let i = 0; i < 10; i++) {
      await page.evaluate(() => chrome.runtime.sendMessage({ type: 'finish', outcome: 'skipped' }).catch(() => undefined));
      const due = await worker.evaluate(async () => {
        for (const w of await chrome.windows.getAll({ windowTypes: ['normal'] })) await chrome.windows.update(w.id, { state: 'minimized' });
        const when = Date.now() + 400;
        await chrome.alarms.create('break', { when });
        return when;
      });
      const win = await context.waitForEvent('page', { predicate: (p) => p.url().includes('window=1'), timeout: 10_000 });
      await win.waitForSelector('#drill-name');
      drillLatency.push((await win.evaluate(() => Date.now())) - due);
      await win.close();
    }

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
    const coldStart = [];
    const discarded = [];
    for (let attempt = 0; coldStart.length < 10 && attempt < 20; attempt++) {
      await page.evaluate(() => chrome.runtime.sendMessage({ type: 'finish', outcome: 'skipped' }));
      await page.evaluate(() => chrome.storage.sync.set({ settings: { version: 5, workDays: [0, 1, 2, 3, 4, 5, 6], workHours: [{ start: '00:00', end: '24:00' }], safetyAcknowledged: true, openDrillAutomatically: false } }));
      await page.waitForTimeout(300);
      await liveWorker().evaluate(() => void (globalThis.benchWarmMark = true));
      await cdp.send('ServiceWorker.stopAllWorkers');
      let running = true;
      for (let t = 0; t < 100 && (running = await workerRunning()); t++) await page.waitForTimeout(50);
      if (running) {
        discarded.push(`sample ${attempt + 1}: the worker was still running 5 s after the stop`);
        continue;
      }
      const due = await page.evaluate(async () => {
        const when = Date.now() + 500;
        await chrome.alarms.create('break', { when });
        return when;
      });
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

    const results = {
      date: new Date().toISOString(),
      chromium: context.browser()?.version() ?? (await page.evaluate(() => navigator.userAgent)),
      popupFirstPaintMs: round(popup),
      emptyPageFirstPaintMs: round(floor),
      popupToFloorRatio: round(popup / floor),
      alarmToDrillVisibleMs: median(drillLatency),
      serviceWorkerColdStartToAlarmHandledMs: median(coldStart),
      serviceWorkerColdStartSamples: coldStart.length,
      serviceWorkerColdStartDiscarded: discarded,
      gzipKB: {
        serviceWorker: kb(sizes.serviceWorker.gzip),
        popup: kb(sizes.popup.gzip),
        popupLoadedLater: kb(sizes.popup.lazyGzip),
        options: kb(sizes.options.gzip),
      },
      packageKB: round(sizes.packageBytes / 1024),
    };
    const table = [
      '| measure | result |',
      '| --- | --- |',
      `| popup first contentful paint (median of 25 warm loads) | ${results.popupFirstPaintMs} ms |`,
      `| empty extension page, same run (the floor) | ${results.emptyPageFirstPaintMs} ms |`,
      `| popup ÷ floor | ${results.popupToFloorRatio} × |`,
      `| alarm fired → drill visible (median of 10 breaks) | ${results.alarmToDrillVisibleMs} ms |`,
      `| service worker cold start → alarm handled (median of ${coldStart.length}${discarded.length ? `; ${discarded.length} discarded, worker not cold` : ''}) | ${results.serviceWorkerColdStartToAlarmHandledMs} ms |`,
      `| service worker JS, gzipped (budget 10 KB) | ${results.gzipKB.serviceWorker} KB |`,
      `| popup JS before first paint, gzipped (budget 15 KB) | ${results.gzipKB.popup} KB (+${results.gzipKB.popupLoadedLater} KB for a break) |`,
      `| options page JS, gzipped | ${results.gzipKB.options} KB |`,
      `| whole package, unpacked | ${results.packageKB} KB |`,
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
