import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { readLocaleSources } from '../../scripts/locales.mjs';
import { weekOf } from '../../src/core/checkin';
import { english } from '../english';
import { ALWAYS_WORKING, breakDueIn, getAlarm, launch, readStorage, settled, useSettings, waitFor, type Harness } from './harness';
import { showSection } from './sections';

// The weekly check-in in a real Chromium (issue 26): asked at the end of a finished drill once the
// journey is in its second week, answered by keyboard alone, stored for this local week, shown on
// the progress page (with the warning signs when the score is high) and carried by the export; in
// English, German and Spanish.

const DAY = 86_400_000;
const sources = readLocaleSources();

let h: Harness | null = null;
afterEach(async () => {
  const errors = [...(h?.errors ?? [])];
  await h?.close();
  h = null;
  expect(errors, 'errors reported by extension contexts').toEqual([]);
});

/**
 * A fresh Chromium whose first finished drill was eight days ago (the stored dates faked), so this
 * week is the journey's second or third and the plan's markers are asked; `checkIns` are stored as is.
 */
async function start(lang?: string, checkIns?: object[]): Promise<Harness> {
  h = await launch(lang ? { lang } : {});
  await waitFor(() => getAlarm(h!), 'the install alarm');
  await useSettings(h, ALWAYS_WORKING);
  await h.sw(
    async ({ day, entries }) => {
      const at = Date.now() - 8 * day;
      await chrome.storage.local.set({ history: [{ at, outcome: 'done', dueAt: at - 60_000, shownAt: at - 30_000, drillId: 'chin-tucks', rating: 'right', seconds: 60 }] });
      if (entries) await chrome.storage.local.set({ checkIns: { entries } });
    },
    { day: DAY, entries: checkIns },
  );
  return h;
}

/** Fires the break with no focused browser window, so the drill opens in its own window. */
async function breakWindow(): Promise<Page> {
  await h!.sw(async () => {
    for (const w of await chrome.windows.getAll({ windowTypes: ['normal'] })) await chrome.windows.update(w.id!, { state: 'minimized' });
  });
  await breakDueIn(h!);
  const page = await waitFor(async () => h!.context.pages().find((p) => p.url().includes('popup/break.html?window=1')), 'the drill window');
  await page.locator('#drill-name').waitFor();
  return page;
}

/** Presses Tab until the focus is on a radio of the fieldset `selector`; fails after 20. */
async function tabInto(page: Page, selector: string): Promise<void> {
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement instanceof HTMLInputElement && document.activeElement.type === 'radio' && !!document.activeElement.closest(s), selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

const focusedValue = (page: Page) => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value);

/**
 * Answers the check-in with the keyboard only: Tab to the scale, the arrow keys to `score`, then
 * the markers (when asked) yes by Space, no and not sure by the arrows, and Enter to send.
 */
async function answerByKeyboard(page: Page, score: number, markers: boolean): Promise<void> {
  await tabInto(page, 'fieldset.checkin-scale');
  expect(await focusedValue(page)).toBe('0');
  for (let i = 0; i < score; i++) await page.keyboard.press('ArrowRight');
  expect(await focusedValue(page)).toBe(String(score));
  if (markers) {
    await tabInto(page, 'fieldset.checkin-marker:nth-of-type(2)');
    await page.keyboard.press('Space');
    expect(await focusedValue(page)).toBe('yes');
    await tabInto(page, 'fieldset.checkin-marker:nth-of-type(3)');
    await page.keyboard.press('ArrowRight');
    expect(await focusedValue(page)).toBe('no');
    await tabInto(page, 'fieldset.checkin-marker:nth-of-type(4)');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await focusedValue(page)).toBe('unsure');
  }
  await page.keyboard.press('Enter');
}

const stored = async () => ((await readStorage(h!)).checkIns?.entries ?? []) as { week: string; at: number; score: number | null; markers: object }[];

describe('the weekly check-in, in Chromium', () => {
  it('after a finished drill in week 2: answered by keyboard, stored for this week, on the progress page and in the export', async () => {
    // Last week's check-in said 5; this week's is due.
    const lastWeek = Date.now() - 7 * DAY;
    await start(undefined, [{ week: weekOf(lastWeek), at: lastWeek, score: 5, markers: {} }]);
    const page = await breakWindow();
    // Never at a break's start.
    expect(await page.getByRole('form', { name: english('checkin_question') }).count()).toBe(0);
    await page.getByRole('button', { name: english('done'), exact: true }).click();
    await page.getByRole('group', { name: english('rating_group') }).getByRole('button', { name: english('rate_right'), exact: true }).click();

    const form = page.getByRole('form', { name: english('checkin_question') });
    await form.waitFor();
    // Native radios in fieldsets: a screen reader names the scale and each marker.
    expect(await form.getByRole('group', { name: english('checkin_question') }).getByRole('radio').count()).toBe(11);
    expect(await form.getByRole('group', { name: english('checkin_marker_sitTwoHours') }).getByRole('radio').count()).toBe(3);
    expect(await form.textContent()).toContain(english('checkin_scale_high'));
    await answerByKeyboard(page, 3, true);

    const markers = { sitTwoHours: 'yes', painFreeMornings: 'no', overheadEasier: 'unsure' };
    await expect.poll(async () => (await stored()).length).toBe(2);
    const entries = await stored();
    expect(entries[1]).toMatchObject({ week: weekOf(Date.now()), score: 3, markers });
    expect(entries[0]).toMatchObject({ week: weekOf(lastWeek), score: 5 });
    expect((await readStorage(h!)).history.at(-1)).toMatchObject({ outcome: 'done', rating: 'right' });
    await settled(h!);

    const options = await h!.openPage('src/options/index.html#progress');
    const panel = options.getByTestId('checkin-panel');
    await expect.poll(() => panel.getByTestId('checkin-latest').textContent()).toBe(english('checkin_latest', ['3']));
    const row = panel.locator(`[data-testid="checkin-table"] tr[data-week="${weekOf(Date.now())}"]`);
    expect(await row.locator('td').allTextContents()).toEqual(['3', english('checkin_answer_yes'), english('checkin_answer_no'), english('checkin_answer_unsure')]);
    expect(await panel.getByTestId('checkin-summary').textContent()).toMatch(new RegExp(`^${english('checkin_trend_went_other', ['5', '3', '2'])}, with `));
    expect(await panel.getByTestId('checkin-warning').count()).toBe(0);
    // Asked this week already: the page offers no second one.
    expect(await panel.getByRole('button', { name: english('checkin_now') }).count()).toBe(0);

    await showSection(options, 'data');
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: english('data_export') }).click()]);
    const file = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(file.checkIns).toMatchObject([
      { week: weekOf(lastWeek), score: 5 },
      { week: weekOf(Date.now()), score: 3, markers },
    ]);
  });

  it('a score of 8 after a 4 shows the warning signs above the charts and offers to lighten every level', async () => {
    const now = Date.now();
    await start(undefined, [
      { week: weekOf(now - 7 * DAY), at: now - 7 * DAY, score: 4, markers: {} },
      { week: weekOf(now), at: now, score: 8, markers: {} },
    ]);
    // Chin tucks at their top rung, set by hand earlier: lightening moves them one down.
    await h!.sw(() => chrome.storage.local.set({ levels: { drills: { 'chin-tucks': { rung: 2, streak: null, last: null } }, log: [] } }));
    const options = await h!.openPage('src/options/index.html#progress');
    const warning = options.getByTestId('checkin-warning');
    await warning.waitFor();
    expect(await warning.getByRole('heading').textContent()).toBe(english('checkin_warning_high'));
    for (const sign of ['warn_sharp', 'warn_numb', 'warn_night', 'warn_breathing']) expect(await warning.textContent()).toContain(english(sign));
    expect(await warning.textContent()).toContain(english('checkin_see_clinician'));
    // Never hidden behind a chart: it comes before both.
    const before = (other: string) => options.evaluate((o) => !!(document.querySelector('[data-testid="checkin-warning"]')!.compareDocumentPosition(document.querySelector(`[data-testid="${o}"]`)!) & Node.DOCUMENT_POSITION_FOLLOWING), other);
    expect(await before('checkin-chart')).toBe(true);
    expect(await before('dose-chart')).toBe(true);
    expect(await options.getByTestId('checkin-latest').textContent()).toBe(english('checkin_latest', ['8']));

    await warning.getByRole('button', { name: english('checkin_lighten') }).click();
    await expect.poll(() => warning.getByRole('status').textContent()).toBe(english('checkin_lightened'));
    await expect.poll(async () => (await readStorage(h!)).levels?.drills?.['chin-tucks']?.rung).toBe(1);
    const { log } = (await readStorage(h!)).levels as { log: { drillId: string; from: number; to: number; why: string }[] };
    expect(log).toContainEqual(expect.objectContaining({ drillId: 'chin-tucks', from: 2, to: 1, why: 'manual' }));
    // Every other drill that could went a rung down with it, each from where it stood, never up.
    expect(log.length).toBeGreaterThan(1);
    for (const move of log) expect(move.to, move.drillId).toBe(move.from - 1);
  });
});

describe.each([['de'], ['es']])('the weekly check-in in %s', (lang) => {
  it('asked after a finished drill, answered by keyboard, the score on the progress page in the language', async () => {
    const words = sources[lang]!;
    const fill = (text: string, ...subs: string[]) => subs.reduce((s, v, i) => s.replace(`{${i + 1}}`, v), text);
    await start(lang);
    const popup = await h!.openPage('src/popup/index.html');
    await popup.getByRole('button', { name: words.start_now }).click();
    await popup.locator('#drill-name').waitFor();
    await popup.getByRole('button', { name: words.done, exact: true }).click();
    await popup.getByRole('group', { name: words.rating_group }).getByRole('button', { name: words.rate_right, exact: true }).click();
    const form = popup.getByRole('form', { name: words.checkin_question });
    await form.waitFor();
    expect(await form.textContent()).toContain(words.checkin_marker_painFreeMornings);
    await answerByKeyboard(popup, 6, true);
    await expect.poll(async () => (await stored()).map((c) => c.score)).toEqual([6]);

    const options = await h!.openPage('src/options/index.html#progress');
    await expect.poll(() => options.getByTestId('checkin-latest').textContent()).toBe(fill(words.checkin_latest!, '6'));
    expect(await options.getByTestId('checkin-summary').textContent()).toBe(fill(words.checkin_trend_first!, '6'));
    expect(await options.locator('[data-testid="checkin-table"] tbody td').first().textContent()).toBe('6');
    expect(await options.locator('#checkin-panel-title').textContent()).toBe(words.checkin_panel_title);
  });
});
