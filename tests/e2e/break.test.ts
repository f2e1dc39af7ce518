import { describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { CATALOG } from '../../src/core/catalog';
import { drillName } from '../english';
import { ALWAYS_WORKING, breakDueIn, eachTestInFreshChromium, getAlarm, type Harness, readStorage, useSettings, waitFor } from './harness';

const SHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');
const MIN = 60_000;

let h: Harness;
eachTestInFreshChromium((fresh) => (h = fresh), { alwaysWorking: true });

/** Fires the break alarm with no focused browser window, so the drill opens in its own window. */
async function fireIntoWindow(): Promise<Page> {
  await h.sw(async () => {
    for (const w of await chrome.windows.getAll({ windowTypes: ['normal'] })) await chrome.windows.update(w.id!, { state: 'minimized' });
  });
  await breakDueIn(h);
  const page = await waitFor(async () => h.context.pages().find((p) => p.url().includes('popup/break.html?window=1')), 'the drill window');
  await page.locator('#drill-name').waitFor();
  return page;
}

describe('the break, in Chromium', () => {
  it('fire a break, do it with the keyboard only, rate it; history and counters follow', async () => {
    const page = await fireIntoWindow();
    const name = await page.locator('#drill-name').textContent();
    const drill = CATALOG.find((d) => drillName(d.id) === name)!;

    await page.keyboard.press('Space');
    await expect.poll(() => page.getByTestId('announcer').textContent()).not.toBe('');
    const first = await page.getByTestId('announcer').textContent();
    await expect.poll(() => page.getByTestId('announcer').textContent(), { timeout: 8000 }).not.toBe(first);
    await page.keyboard.press('Space'); // pause
    await expect.poll(() => page.getByRole('button', { name: 'Resume timer' }).count()).toBe(1);

    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: `How did ${drillName(drill.id)} feel?` }).waitFor();
    // Tab to "About right" and press it: the rating is reachable without a mouse.
    for (let i = 0; i < 10 && !(await page.evaluate(() => document.activeElement?.textContent === 'About right')); i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');

    await expect.poll(async () => (await readStorage(h)).history?.at(-1)?.rating).toBe('right');
    const entry = (await readStorage(h)).history.at(-1);
    expect(entry).toMatchObject({ outcome: 'done', drillId: drill.id });
    expect(entry.seconds).toBeGreaterThanOrEqual(1);
    expect(entry.shownAt).toBeGreaterThan(0);
    expect(entry.dueAt).toBeGreaterThan(0);

    // The first drill brings the week's check-in on the back; "Not this week", by keyboard too.
    await page.getByRole('button', { name: 'Not this week' }).waitFor();
    for (let i = 0; i < 30 && !(await page.evaluate(() => document.activeElement?.textContent === 'Not this week')); i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await readStorage(h)).checkIns?.entries?.length).toBe(1);
    expect((await readStorage(h)).checkIns.entries[0].score).toBeNull();

    await expect.poll(() => page.getByTestId('today').textContent()).toContain('Done1');
    expect(await page.getByTestId('today').textContent()).toContain('Streak1 day');
  });

  it('Snooze through the UI brings the break back after the chosen length', async () => {
    const page = await h.openPage('src/popup/index.html');
    await page.getByRole('button', { name: 'Start a break now' }).click();
    const clicked = Date.now();
    await page.getByRole('button', { name: 'Snooze 10 min' }).click();
    await expect.poll(() => page.getByTestId('status').textContent()).toMatch(/^Snoozed: your drill comes back at/);
    const alarm = (await getAlarm(h))!.scheduledTime;
    expect(alarm).toBeGreaterThanOrEqual(clicked + 10 * MIN);
    expect(alarm).toBeLessThanOrEqual(Date.now() + 10 * MIN);
    expect((await readStorage(h)).history.at(-1)).toMatchObject({ outcome: 'snoozed' });
  });

  it('the Alt+Shift+B command starts a break and opens the drill', async () => {
    await h.sw(async () => {
      for (const w of await chrome.windows.getAll({ windowTypes: ['normal'] })) await chrome.windows.update(w.id!, { state: 'minimized' });
      (chrome.commands.onCommand as any).dispatch('start-break');
    });
    const page = await waitFor(async () => h.context.pages().find((p) => p.url().includes('popup/break.html?window=1')), 'the drill window');
    await page.locator('#drill-name').waitFor();
    expect((await readStorage(h)).state.pending).not.toBeNull();
    const commands = await h.sw(() => chrome.commands.getAll());
    expect(commands.find((c) => c.name === 'start-break')).toMatchObject({ description: 'Start a break now' });
  });

  it('"notification only" shows the notification and leaves the drill closed', async () => {
    await useSettings(h, { ...ALWAYS_WORKING, openDrillAutomatically: false, intervalMinutes: 60 });
    await breakDueIn(h);
    await waitFor(async () => ('break' in (await h.sw(() => chrome.notifications.getAll())) ? true : null), 'the notification');
    await new Promise((r) => setTimeout(r, 500));
    expect(await h.sw(() => chrome.runtime.getContexts({ contextTypes: ['POPUP' as chrome.runtime.ContextType] }))).toEqual([]);
    expect(h.context.pages().filter((p) => p.url().includes('popup/index.html'))).toEqual([]);
  });

  it('screenshots of the idle and break views, light and dark, at popup size', async () => {
    mkdirSync(SHOTS, { recursive: true });
    const page = await h.openPage('src/popup/index.html');
    await page.setViewportSize({ width: 380, height: 600 });
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await page.getByTestId('today').waitFor();
      await page.screenshot({ path: `${SHOTS}/popup-idle-${scheme}.png` });
      await page.getByRole('button', { name: 'Start a break now' }).click();
      await page.locator('#drill-name').waitFor();
      const before = await page.locator('.stage').boundingBox();
      await page.keyboard.press('Space');
      await page.waitForTimeout(2300);
      // The running timer must not move the layout.
      expect(await page.locator('.stage').boundingBox()).toEqual(before);
      await page.screenshot({ path: `${SHOTS}/popup-break-${scheme}.png` });
      await page.getByRole('button', { name: 'Skip' }).click();
    }
  });
});
