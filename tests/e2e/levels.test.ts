import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DRILL_IDS } from '../../src/core/catalog';
import { ALWAYS_WORKING, eachTestInFreshChromium, readStorage, settled, type Harness, useSettings } from './harness';

// Levels that follow how a drill felt, through the real popup, worker and storage.

let h: Harness;
eachTestInFreshChromium((fresh) => (h = fresh), { alwaysWorking: true });

/** Only chin tucks in the rotation, so every break brings them. */
// Levels alone: the weekly check-in after a rated drill is tests/e2e/checkin.test.ts's.
const onlyChinTucks = { ...ALWAYS_WORKING, weeklyCheckIn: false, disabledDrills: DRILL_IDS.filter((id) => id !== 'chin-tucks') };

/** A break from the popup, done and rated; resolves once the rating is stored. */
async function doAndRate(popup: Page, rating: string) {
  await popup.getByRole('button', { name: 'Start a break now' }).click();
  await popup.locator('#drill-name').waitFor();
  await popup.getByRole('button', { name: 'Done', exact: true }).click();
  const rated = (await readStorage(h)).history?.filter((e: { rating: string | null }) => e.rating !== null).length ?? 0;
  await popup.getByRole('group', { name: 'How did it feel' }).getByRole('button', { name: rating, exact: true }).click();
  await expect.poll(async () => (await readStorage(h)).history.filter((e: { rating: string | null }) => e.rating !== null).length).toBe(rated + 1);
  await settled(h);
}

describe('levels in Chromium', () => {
  it('rated easy twice, across two days, the drill comes a rung up: the break view and the timer count the new dose', async () => {
    await useSettings(h, onlyChinTucks);
    const popup = await h.openPage('src/popup/index.html');

    // A new user starts one rung below the articles' ten: eight chin tucks.
    await popup.getByRole('button', { name: 'Start a break now' }).click();
    await popup.locator('#drill-name').waitFor();
    expect(await popup.getByTestId('dose').textContent()).toContain('1 set of 8');
    expect(await popup.getByTestId('level').textContent()).toBe('Level 2 of 3');
    await popup.getByRole('button', { name: 'Done', exact: true }).click();
    await popup.getByRole('group', { name: 'How did it feel' }).getByRole('button', { name: 'Easy', exact: true }).click();
    await expect.poll(async () => (await readStorage(h)).levels?.drills?.['chin-tucks']?.streak).toEqual({ rating: 'easy', count: 1 });
    await settled(h);

    // The first drill was yesterday: its history moves back a day.
    await h.sw(async () => {
      const { history } = (await chrome.storage.local.get('history')) as { history: { at: number; dueAt: number | null; shownAt: number | null }[] };
      const day = 86_400_000;
      await chrome.storage.local.set({ history: history.map((e) => ({ ...e, at: e.at - day, dueAt: e.dueAt && e.dueAt - day, shownAt: e.shownAt && e.shownAt - day })) });
    });

    await doAndRate(popup, 'Easy');
    const { levels } = await readStorage(h);
    expect(levels.drills['chin-tucks']).toMatchObject({ rung: 2, streak: null, last: { from: 1, to: 2, why: 'easy' } });
    expect(levels.log).toMatchObject([{ drillId: 'chin-tucks', from: 1, to: 2, why: 'easy' }]);

    // The next break: ten, the level, why it changed, and the timer counting to ten.
    await popup.getByRole('button', { name: 'Start a break now' }).click();
    await popup.locator('#drill-name').waitFor();
    expect(await popup.getByTestId('dose').textContent()).toContain('1 set of 10');
    expect(await popup.getByTestId('level').textContent()).toBe('Level 3 of 3 · 1 set of 10, up from 1 set of 8: you found it easy twice.');
    await popup.getByRole('button', { name: 'Start timer' }).click();
    await expect.poll(() => popup.locator('.readout .counters').textContent()).toMatch(/Rep 1 of 10/);
  });

  it('set by hand in the drill library, with automatic levels off: ratings no longer move it', async () => {
    await useSettings(h, { ...onlyChinTucks, autoLevels: false });
    const options = await h.openPage('src/options/index.html#exercises');
    const picker = options.getByLabel('Level of Chin tucks (the ostrich)');
    await expect.poll(() => picker.inputValue()).toBe('1');
    expect(await options.getByLabel('Adjust each drill’s level to how it felt (easy twice: a little more; hard twice: a little less)').isChecked()).toBe(false);
    await picker.selectOption('0');
    await expect.poll(async () => (await readStorage(h)).levels?.drills?.['chin-tucks']?.rung).toBe(0);
    expect((await readStorage(h)).levels.log).toMatchObject([{ from: 1, to: 0, why: 'manual' }]);
    await expect.poll(() => options.locator('li.card[data-drill="chin-tucks"] .meta').first().textContent()).toContain('1 set of 5');

    const popup = await h.openPage('src/popup/index.html');
    await doAndRate(popup, 'Easy');
    await doAndRate(popup, 'Easy');
    expect((await readStorage(h)).levels.drills['chin-tucks'].rung).toBe(0);
  });
});
