import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { DRILL_IDS } from '../../src/core/catalog/ids';
import { WORKER_LOCK } from '../../src/background/queue';
import { readLocaleSources } from '../../scripts/locales.mjs';
import { pseudoMessages } from '../../scripts/pseudo-locale.mjs';
import { buildTarget } from '../../scripts/zip.mjs';
import { ALWAYS_WORKING, launch, useSettings, type Harness } from './harness';

// One screen to act: in a toolbar popup (Chrome caps it at 600 px high) and in the compact drill
// window, every drill's break view shows the timer, a full-size drawing and every way out of the
// break without scrolling, in each language.
const SHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');
const sources: Record<string, Record<string, string>> = readLocaleSources();
// The pseudo-locale (scripts/pseudo-locale.mjs): English 40% longer, accented, in a test-only build.
sources.pseudo = pseudoMessages(sources.en!);
let pseudoDir: string | undefined;
/** The test-only build in the pseudo-locale, made once for this file. */
function pseudoBuild(): string {
  if (pseudoDir) return pseudoDir;
  const dir = mkdtempSync(join(tmpdir(), 'desk-reset-pseudo-'));
  process.env.DESK_RESET_PSEUDO = '1';
  try {
    buildTarget('production', dir);
  } finally {
    delete process.env.DESK_RESET_PSEUDO;
  }
  return (pseudoDir = dir);
}
const POPUP = { width: 380, height: 600 };
/** The page area of the compact drill window (400 × 620 outside), less a title bar. */
const WINDOW = { width: 400, height: 560 };

/** How much a drill has to say in a language: its name, steps, cue and mistake. */
const wordiness = (lang: string, id: string) =>
  Object.entries(sources[lang]!)
    .filter(([key]) => key.startsWith(`d_${id}_`))
    .reduce((n, [, text]) => n + text.length, 0);

/** Puts `drillId` on screen as the pending break, as the worker would, and reloads the page. */
async function showBreak(h: Harness, page: Page, drillId: string) {
  await h.sw(async ({ id, lock }) => {
    await navigator.locks.request(lock, async () => {
      const { state } = (await chrome.storage.local.get('state')) as { state: Record<string, unknown> };
      const now = Date.now();
      await chrome.storage.local.set({ state: { ...state, snoozesInRow: 0, pending: { drillId: id, dueAt: now, shownAt: now, snoozedUntil: null, held: false, swapped: [], waiting: null } } });
    });
  }, { id: drillId, lock: WORKER_LOCK });
  await page.reload();
  await page.locator('#drill-name').waitFor();
  await page.locator('.stage svg.illustration').waitFor();
}

/** Asserts that everything needed to act is inside the viewport, above the action bar where it must be. */
async function expectOneScreen(page: Page, size: { width: number; height: number }, words: Record<string, string>, what: string) {
  const box = async (selector: string) => (await page.locator(selector).boundingBox())!;
  const bar = await box('.actions.bar');
  // Flush with the bottom edge, so nothing scrolls by beneath it.
  expect(bar.y + bar.height, `${what}: the action bar ends at the bottom of the view`).toBeCloseTo(size.height, 0);
  const names = [words.done, words.skip, words.swap, ...[5, 10, 15].map((m) => words.snooze_n!.replace('{1}', String(m)))];
  for (const name of names) {
    const b = (await page.getByRole('button', { name, exact: true }).boundingBox())!;
    expect(b, `${what}: ${name}`).not.toBeNull();
    expect(b.y, `${what}: ${name} top`).toBeGreaterThanOrEqual(bar.y - 0.5);
    expect(b.y + b.height, `${what}: ${name} bottom`).toBeLessThanOrEqual(size.height + 0.5);
    expect(b.x, `${what}: ${name} left`).toBeGreaterThanOrEqual(0);
    expect(b.x + b.width, `${what}: ${name} right`).toBeLessThanOrEqual(size.width + 0.5);
  }
  const art = await box('.stage svg.illustration');
  expect(art.height, `${what}: drawing height`).toBeGreaterThanOrEqual(160);
  for (const [label, b] of [['drawing', art], ['timer', await box('.timer')]] as const) {
    expect(b.y, `${what}: ${label} top`).toBeGreaterThanOrEqual(0);
    expect(b.y + b.height, `${what}: ${label} is above the action bar`).toBeLessThanOrEqual(bar.y + 0.5);
    expect(b.x + b.width, `${what}: ${label} right`).toBeLessThanOrEqual(size.width + 0.5);
  }
}

let h: Harness;
afterEach(async () => {
  const errors = [...h.errors];
  await h.close();
  expect(errors, 'errors reported by extension contexts').toEqual([]);
});

describe.each(['en', 'de', 'es', 'pseudo'])('the break view in %s', (lang) => {
  it('fits one screen for every drill, in the toolbar popup and the drill window; the timer reports its progress', { timeout: 120_000 }, async () => {
    const words = sources[lang]!;
    h = await (lang === 'pseudo' ? launch({ lang: 'en', extensionDir: pseudoBuild() }) : launch({ lang }));
    await useSettings(h, { ...ALWAYS_WORKING, snoozeMinutes: [5, 10, 15] });
    const popup = await h.openPage('src/popup/index.html');
    await popup.setViewportSize(POPUP);
    for (const id of DRILL_IDS) {
      await showBreak(h, popup, id);
      await expectOneScreen(popup, POPUP, words, `${id} in the popup`);
    }

    const ring = popup.getByRole('progressbar', { name: words.timer_ring });
    expect(await ring.getAttribute('aria-valuenow')).toBe('0');
    await popup.getByRole('button', { name: words.timer_start }).click();
    await expect.poll(async () => Number(await ring.getAttribute('aria-valuenow')), { timeout: 5000 }).toBeGreaterThan(0);
    expect(await ring.getAttribute('aria-valuetext')).toMatch(/\d/);

    // The window is wider but shorter: the wordiest drills again.
    const wordiest = [...DRILL_IDS].sort((a, b) => wordiness(lang, b) - wordiness(lang, a)).slice(0, 3);
    const win = await h.openPage('src/popup/break.html?window=1');
    await win.setViewportSize(WINDOW);
    for (const id of wordiest) {
      await showBreak(h, win, id);
      await expectOneScreen(win, WINDOW, words, `${id} in the drill window`);
    }

    mkdirSync(SHOTS, { recursive: true });
    await showBreak(h, popup, wordiest[0]!);
    for (const scheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await popup.screenshot({ path: `${SHOTS}/break-${lang}-${scheme}.png` });
    }
  });
});

/** Words cut or pushed out of view: clipped text, anything past the right edge, a page that scrolls sideways. */
function cutWords(): string[] {
  const found: string[] = [];
  if (document.documentElement.scrollWidth > innerWidth + 1) found.push(`the page scrolls sideways (${document.documentElement.scrollWidth} px)`);
  // Inside a strip that scrolls (the settings page's section bar in a narrow window), words are reached by scrolling.
  const scrolls = (el: Element | null): boolean => !!el && (['auto', 'scroll'].includes(getComputedStyle(el).overflowX) || scrolls(el.parentElement));
  for (const el of document.querySelectorAll<HTMLElement>('body *')) {
    if (!el.textContent?.trim() || scrolls(el.parentElement)) continue;
    const style = getComputedStyle(el);
    const clips = ['hidden', 'clip'].includes(style.overflowX) || style.textOverflow === 'ellipsis';
    const what = `<${el.tagName.toLowerCase()}> ${el.textContent.trim().slice(0, 40)}`;
    if (clips && el.scrollWidth > el.clientWidth + 1) found.push(`cut: ${what}`);
    const box = el.getBoundingClientRect();
    if (box.width > 0 && box.right > innerWidth + 1) found.push(`past the right edge: ${what}`);
  }
  return found;
}

describe('the welcome and the settings page in the pseudo-locale', () => {
  it('cut no words and push none out of view, wide and narrow', { timeout: 120_000 }, async () => {
    h = await launch({ lang: 'en', extensionDir: pseudoBuild() });
    const page = await h.openPage('src/welcome/index.html');
    for (const width of [1280, 400]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`chrome-extension://${h.extensionId}/src/welcome/index.html`);
      await page.locator('#step-title').waitFor();
      expect(await page.evaluate(cutWords), `the welcome at ${width} px`).toEqual([]);
      for (const section of ['schedule', 'exercises', 'behaviour', 'progress', 'data', 'safety']) {
        await page.goto(`chrome-extension://${h.extensionId}/src/options/index.html#${section}`);
        await page.locator(`#${section} h2`).first().waitFor();
        expect(await page.evaluate(cutWords), `the settings page's ${section} at ${width} px`).toEqual([]);
      }
    }
  });
});
