/* global chrome -- the functions passed to evaluate() run inside the extension, where chrome.* exists */
// npm run screenshots: the five store images (1280 × 800, light theme) that the Chrome Web Store and
// addons.mozilla.org ask for, taken from a production build of the real extension in headless
// Chromium, into docs/store/. The README shows the same files.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { buildTarget } from './zip.mjs';

const ROOT = resolve(import.meta.dirname, '..');
export const STORE_SIZE = { width: 1280, height: 800 };
export const STORE_IMAGES = ['1-break', '2-between-breaks', '3-welcome', '4-drill-library', '5-progress'];
const POPUP_SIZE = { width: 380, height: 600 };

/** Runs in the extension: a month of breaks, as a user who mostly does them would have. */
async function seed({ now, drills }) {
  const day = 86_400_000;
  const ratings = ['right', 'easy', 'right', 'hard', null];
  const history = [];
  for (let d = 29; d >= 1; d--) {
    const weekday = new Date(now - d * day).getDay();
    if (weekday === 0 || weekday === 6) continue;
    for (let i = 0; i < 5; i++) {
      const at = now - d * day + (i - 5) * 90 * 60_000;
      const outcome = (d + i) % 9 === 0 ? 'skipped' : (d * i) % 11 === 5 ? 'natural' : 'done';
      const natural = outcome === 'natural';
      history.push({ at, outcome, dueAt: at, shownAt: natural ? null : at, drillId: natural ? null : drills[(d * 3 + i) % drills.length], rating: outcome === 'done' ? ratings[(d + 2 * i) % 5] : null, seconds: outcome === 'done' ? 55 + ((d + i) % 5) * 10 : null });
    }
  }
  const settings = {
    version: 5,
    workDays: [0, 1, 2, 3, 4, 5, 6],
    workHours: [{ start: '00:00', end: '24:00' }],
    equipment: ['wall', 'doorway', 'chair', 'band', 'anchored-band'],
    safetyAcknowledged: true,
  };
  // Two done earlier today, so the popup's counts are not all zero.
  for (const k of [2, 1]) history.push({ at: now - k * 80 * 60_000, outcome: 'done', dueAt: now - k * 80 * 60_000, shownAt: now - k * 80 * 60_000, drillId: drills[k], rating: 'right', seconds: 70 });
  // Two drills found easy twice, a week apart, so progress shows levels moving.
  const moves = [
    { drillId: 'wall-slides', from: 0, to: 1, at: now - 16 * day, why: 'easy' },
    { drillId: 'chin-tucks', from: 1, to: 2, at: now - 9 * day, why: 'easy' },
  ];
  const levels = { drills: Object.fromEntries(moves.map(({ drillId, ...last }) => [drillId, { rung: last.to, streak: null, last }])), log: moves };
  await chrome.storage.local.set({ history, levels });
  await chrome.storage.sync.set({ settings });
}

/** A popup image set on a page of the store's size, beside a short caption. */
function framed(image, title, text) {
  return `<!doctype html><html><head><meta charset="utf-8"><style>
    body { margin: 0; width: ${STORE_SIZE.width}px; height: ${STORE_SIZE.height}px; display: flex; align-items: center; justify-content: center; gap: 96px;
      background: linear-gradient(135deg, #fbfaf7 0%, #e6f2ee 100%); color: #1f2328; font: 17px/1.5 system-ui, sans-serif; }
    .caption { width: 460px; }
    .caption p:first-child { margin: 0 0 8px; color: #1a7f64; font-weight: 700; letter-spacing: 0.08em; text-transform: uppercase; font-size: 14px; }
    h1 { font-size: 40px; line-height: 1.15; margin: 0 0 18px; }
    img { width: ${POPUP_SIZE.width}px; border-radius: 12px; box-shadow: 0 18px 48px rgba(31, 35, 40, 0.22), 0 0 0 1px rgba(31, 35, 40, 0.08); }
  </style></head><body><div class="caption"><p>Desk Reset</p><h1>${title}</h1><p>${text}</p></div><img alt="" src="data:image/png;base64,${image.toString('base64')}"></body></html>`;
}

/** Takes the five images from the built extension in `extensionDir` and writes them to `outDir`; returns their paths. */
export async function makeStoreScreenshots({ extensionDir, outDir, chromePath = process.env.CHROME_PATH || '/usr/bin/chromium' }) {
  mkdirSync(outDir, { recursive: true });
  const profile = mkdtempSync(join(tmpdir(), 'desk-reset-shots-'));
  const context = await chromium.launchPersistentContext(profile, {
    headless: true,
    executablePath: chromePath,
    colorScheme: 'light',
    viewport: STORE_SIZE,
    args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const out = (name) => join(outDir, `${name}.png`);
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const base = `chrome-extension://${new URL(worker.url()).host}`;
    const page = await context.newPage();
    const popupShot = async (path, ready) => {
      await page.setViewportSize(POPUP_SIZE);
      await page.goto(`${base}/${path}`);
      await page.locator(ready).first().waitFor();
      // A toolbar popup is as tall as what it shows.
      const height = await page.evaluate(() => document.querySelector('main').getBoundingClientRect().bottom);
      return page.screenshot({ animations: 'disabled', clip: { x: 0, y: 0, width: POPUP_SIZE.width, height: Math.min(POPUP_SIZE.height, Math.ceil(height)) } });
    };

    // The welcome, as it opens on install, at its kit step.
    const welcome = await waitForPage(context, '/src/welcome/index.html');
    await welcome.setViewportSize(STORE_SIZE);
    await welcome.getByRole('button', { name: 'I understand' }).click();
    await welcome.getByRole('button', { name: 'Next' }).click();
    await welcome.locator('.step[data-step="kit"]').waitFor();
    await welcome.getByRole('checkbox', { name: 'A resistance band' }).check();
    await welcome.getByText('All changes saved.').waitFor();
    await welcome.evaluate(() => window.scrollTo(0, document.querySelector('.step').getBoundingClientRect().top + window.scrollY - 24));
    await welcome.screenshot({ path: out('3-welcome'), animations: 'disabled' });
    await welcome.close();

    await page.goto(`${base}/src/popup/index.html`);
    await page.evaluate(seed, { now: Date.now(), drills: ['chin-tucks', 'wall-slides', 'band-pull-aparts', 'doorway-pec-stretch', 'band-rows', 'thoracic-extension-chair'] });
    await page.waitForTimeout(500);

    const idle = await popupShot('src/popup/index.html', '[data-testid="today"] dd');
    await page.setViewportSize(STORE_SIZE);
    await page.setContent(framed(idle, 'Your next break, at a glance', 'Breaks follow your working hours, wait while you are away from the desk and never nag an empty chair. Today’s count and your streak sit underneath.'));
    await page.screenshot({ path: out('2-between-breaks') });

    await page.goto(`${base}/src/popup/index.html`);
    await page.evaluate(() => chrome.runtime.sendMessage({ type: 'start-now' }));
    const drill = await popupShot('src/popup/break.html', '#drill-name');
    await page.setViewportSize(STORE_SIZE);
    await page.setContent(framed(drill, 'One short drill at each break', 'A minute of guided movement for your upper back and neck: a moving figure, numbered steps, a timer that counts the reps, and the cue that matters.'));
    await page.screenshot({ path: out('1-break') });

    // The settings page at the drill library, then at progress.
    await page.goto(`${base}/src/options/index.html#exercises`);
    await page.locator('li.card svg.illustration').first().waitFor();
    await page.evaluate(() => window.scrollTo(0, document.querySelector('#exercises fieldset:has(.cards)').getBoundingClientRect().top + window.scrollY - 24));
    await page.screenshot({ path: out('4-drill-library'), animations: 'disabled' });
    await page.locator('nav.sections a[href="#progress"]').click();
    await page.locator('[data-testid="progress-chart"]').waitFor();
    await page.screenshot({ path: out('5-progress'), animations: 'disabled' });
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
  return STORE_IMAGES.map(out);
}

async function waitForPage(context, path) {
  for (let i = 0; i < 200; i++) {
    const found = context.pages().find((p) => p.url().endsWith(path));
    if (found) return found;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${path} did not open`);
}

/** Width and height of a PNG, from its header. */
export function pngSize(file) {
  const bytes = readFileSync(file);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

if (process.argv[1] === import.meta.filename) {
  const ext = mkdtempSync(join(tmpdir(), 'desk-reset-shots-ext-'));
  buildTarget('production', ext);
  const files = await makeStoreScreenshots({ extensionDir: ext, outDir: join(ROOT, 'docs/store') });
  rmSync(ext, { recursive: true, force: true });
  for (const file of files) console.log(file.slice(ROOT.length + 1));
}
