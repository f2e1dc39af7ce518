/* global chrome -- the functions passed to evaluate() run inside the extension, where chrome.* exists */
// npm run bench: builds the extension, then measures it in one headless Chromium run and writes
// bench/results.json and bench/results.md. Not part of npm test: timings vary with the machine.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { measureBreaks } from './bench/alarms.mjs';
import { OWN_DRILLS, SETTINGS, storeHistory, storeOwnDrills } from './bench/data.mjs';
import { EMPTY, SCRIPTED, writeFloors } from './bench/floors.mjs';
import { writePreactFloors } from './bench/preact-floors.mjs';
import { table, verdicts } from './bench/report.mjs';
import { loadInTurns, watchPages } from './bench/settled.mjs';
import { entrySizes } from './sizes.mjs';
import { buildTarget } from './zip.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (bytes) => Math.round((bytes / 1024) * 100) / 100;
// BENCH_ONLY=popup,settings: only those pages with the floors, for a quick look (nothing written).
const ONLY = process.env.BENCH_ONLY?.split(',');
const only = (pages) => (ONLY ? Object.fromEntries(Object.entries(pages).filter(([name]) => ONLY.includes(name))) : pages);

async function main() {
  // A production build of its own (dist/ belongs to npm start and the tests), with the floors.
  const ext = mkdtempSync(join(tmpdir(), 'desk-reset-bench-ext-'));
  buildTarget('production', ext);
  const sizes = entrySizes(ext);
  writeFloors(ext);
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
    await watchPages(page);
    await page.goto(`chrome-extension://${id}/${EMPTY}`);
    await page.evaluate((settings) => chrome.storage.sync.set({ settings }), SETTINGS);
    await page.evaluate(`(${storeHistory})(42)`);
    // One break through the worker, so what it keeps beside the history is written as it always is.
    await page.evaluate(() => chrome.runtime.sendMessage({ type: 'start-now' }));
    await page.waitForTimeout(300);
    await page.evaluate(() => chrome.runtime.sendMessage({ type: 'finish', outcome: 'skipped' }));
    await page.waitForTimeout(500);

    // The pages a user meets between breaks, in turns with the floors; then those of a break.
    const floors = { empty: EMPTY, scripted: SCRIPTED };
    // Each page is loaded in turns with the floors and its own Preact floor (bench/preact-floors.mjs).
    const inTurns = async (pages) => loadInTurns(page, id, { ...floors, ...pages, ...(await writePreactFloors(page, id, ext, pages)) });
    // The settings page shows one section at a time: as it opens (the schedule), and at its two largest.
    const settingsAt = { settings: 'src/options/index.html', settingsExercises: 'src/options/index.html#exercises', settingsProgress: 'src/options/index.html#progress' };
    const between = await inTurns(only({ popup: 'src/popup/index.html', ...settingsAt, welcome: 'src/welcome/index.html' }));
    await page.evaluate(() => chrome.runtime.sendMessage({ type: 'start-now' }));
    // The page the toolbar button opens during a break: the worker points it at the break view;
    // the drill window is the same page as a compact window opens it.
    const { pathname, search } = new URL(await page.evaluate(() => chrome.action.getPopup({})));
    const breakPage = `${pathname.slice(1)}${search}`;
    const during = await inTurns(only({ popupDuringBreak: breakPage, drillWindow: `${breakPage}${search ? '&' : '?'}window=1` }));
    if (ONLY) {
      // A look at some pages while working on them: printed, not written as the bench's results.
      for (const [round, pages] of Object.entries({ between, during })) for (const [name, p] of Object.entries(pages)) console.log(round, name.padEnd(18), p, name in pages && pages.scripted ? `settled ${(p.settledMs / pages.scripted.settledMs).toFixed(2)} ×, first paint ${(p.firstPaintMs / pages.scripted.firstPaintMs).toFixed(2)} ×` : '');
      return;
    }

    const plain = await measureBreaks(context, page, id);
    // The same again with a program of the user's own in storage.sync, which the worker reads at
    // every event and the break page reads to draw the drill (some of its breaks are own drills).
    await page.evaluate(`(${storeOwnDrills})(${OWN_DRILLS})`);
    const own = await measureBreaks(context, page, id);

    const turns = { 'between breaks': between, 'during a break': during };
    const results = {
      date: new Date().toISOString(),
      chromium: context.browser()?.version() ?? (await page.evaluate(() => navigator.userAgent)),
      turns,
      verdicts: verdicts(turns),
      worker: {
        alarmToDrillVisibleMs: median(plain.drillLatency),
        alarmToDrillVisibleSamplesMs: plain.drillLatency,
        coldStartMs: median(plain.coldStart),
        coldStartSamples: plain.coldStart.length,
        coldStartDiscarded: plain.discarded,
        withOwnDrills: { ownDrills: OWN_DRILLS, alarmToDrillVisibleMs: median(own.drillLatency), alarmToDrillVisibleSamplesMs: own.drillLatency, coldStartMs: median(own.coldStart), coldStartSamples: own.coldStart.length },
      },
      gzipKB: { serviceWorker: kb(sizes.serviceWorker.gzip), popup: kb(sizes.popup.gzip), popupLoadedLater: kb(sizes.popup.lazyGzip), breakPage: kb(sizes.breakPage.gzip), options: kb(sizes.options.gzip) },
      packageKB: Math.round(sizes.packageBytes / 1024),
    };
    const g = results.gzipKB;
    const sizeTable = ['| gzipped JS | size |', '| --- | --- |', `| service worker | ${g.serviceWorker} KB |`, `| popup before first paint | ${g.popup} KB |`, `| what the popup loads later | ${g.popupLoadedLater} KB |`, `| break page before first paint | ${g.breakPage} KB |`, `| options page | ${g.options} KB |`, `| whole package, unpacked | ${results.packageKB} KB |`].join('\n');
    writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
    writeFileSync(join(ROOT, 'bench/results.md'), `${table(results)}\n\n${sizeTable}\n\nMeasured ${results.date} with Chromium ${results.chromium}, headless; medians of 25 loads, pages in turns.\n`);
    console.log(table(results));
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
