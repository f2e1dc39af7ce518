import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { DRILL_IDS } from '../../src/core/catalog';
import { ALWAYS_WORKING, breakDueIn, eachTestInFreshChromium, getAlarm, launch, readStorage, useSettings, waitFor, type Harness } from './harness';
import { showSection } from './sections';
import { pngDataUrl } from './own-picture';

// A program file handed on, as a physiotherapist does: the drill written on one computer, with
// its picture, exported from the data section; imported on a fresh profile (another person's
// browser) through the preview; there it is in the library with its picture and comes at a break.

let h: Harness;
eachTestInFreshChromium((fresh) => (h = fresh), { alwaysWorking: true });

const ID = 'own-programe2e1';
const DRILL = {
  name: 'Towel neck glide',
  purpose: 'Eases a stiff neck, as my physiotherapist showed me',
  steps: ['Sit tall with a towel behind your neck', 'Hold both ends and glide your head back', 'Return slowly to the start'],
  cue: 'Long neck',
  mistake: '',
  category: 'stretch',
  equipment: ['none'],
  position: 'seated',
  dose: { kind: 'reps', reps: 8, sets: 2, perSide: false },
  figure: null,
  routines: [],
  levels: true,
  added: 1_700_000_000_000,
};
const PICTURE = pngDataUrl(96, 64);

/** Fires the break alarm with no focused browser window, so the drill opens in its own window. */
async function fireIntoWindow(on: Harness): Promise<Page> {
  await on.sw(async () => {
    for (const w of await chrome.windows.getAll({ windowTypes: ['normal'] })) await chrome.windows.update(w.id!, { state: 'minimized' });
  });
  await breakDueIn(on);
  const page = await waitFor(async () => on.context.pages().find((p) => p.url().includes('popup/break.html?window=1')), 'the drill window');
  await page.locator('#drill-name').waitFor();
  return page;
}

const naturalWidth = (img: ReturnType<Page['locator']>) => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth);

describe('a program file, in Chromium', () => {
  it('exported with an own drill and its picture, imported on a fresh profile through the preview: the drill is in its library and at its breaks', async () => {
    await h.sw(({ id, drill, picture }) => Promise.all([chrome.storage.sync.set({ [`own.${id}`]: drill }), chrome.storage.local.set({ [`picture.${id}`]: picture })]), { id: ID, drill: DRILL, picture: PICTURE });
    const source = await h.openPage('src/options/index.html#data');
    // Every own drill is chosen at first.
    await expect.poll(() => source.locator(`input[name="program-drill"][value="${ID}"]`).isChecked()).toBe(true);
    const [download] = await Promise.all([source.waitForEvent('download'), source.getByTestId('program-export').click()]);
    const path = (await download.path())!;
    const file = JSON.parse(readFileSync(path, 'utf8'));
    expect(file).toMatchObject({ format: 'desk-reset-program', version: 1, drills: [{ name: DRILL.name, steps: DRILL.steps, dose: DRILL.dose, picture: expect.stringMatching(/^data:image\/(png|jpeg|webp);base64,/) }] });
    // The ids of this computer stay here.
    expect(JSON.stringify(file)).not.toContain(ID);

    const other = await launch();
    try {
      await waitFor(() => getAlarm(other), 'the install alarm on the fresh profile');
      await useSettings(other, ALWAYS_WORKING);
      const page = await other.openPage('src/options/index.html#data');
      await page.getByTestId('program-file').setInputFiles(path);
      const preview = page.getByTestId('program-preview');
      await preview.waitFor();
      const listed = preview.getByTestId('program-drill');
      expect(await listed.count()).toBe(1);
      expect(await listed.textContent()).toContain(DRILL.name);
      expect(await listed.textContent()).toContain('2 sets of 8');
      await expect.poll(() => naturalWidth(listed.locator('img[data-testid="program-picture"]'))).toBe(96);
      // Nothing is written before the user says so.
      expect(Object.keys(await readStorage(other)).filter((k) => k.startsWith('own.') || k.startsWith('picture.'))).toEqual([]);

      await preview.getByTestId('program-import').click();
      await expect.poll(() => page.getByTestId('program-import-status').textContent()).toContain('Program imported.');
      await showSection(page, 'exercises');
      const card = page.locator('li.card[data-source="own"]');
      await expect.poll(() => card.count()).toBe(1);
      const id = (await card.getAttribute('data-drill'))!;
      expect(id).toMatch(/^own-[a-z0-9]+$/);
      expect(await card.textContent()).toContain(DRILL.name);
      await expect.poll(() => naturalWidth(card.locator('img[data-testid="own-card-picture"]'))).toBe(96);
      expect((await readStorage(other))[`picture.${id}`]).toMatch(/^data:image\/(png|jpeg|webp);base64,/);

      // Its only drill in rotation: the next break brings it, with its picture.
      await useSettings(other, { ...ALWAYS_WORKING, disabledDrills: [...DRILL_IDS] });
      const drill = await fireIntoWindow(other);
      expect(await drill.locator('#drill-name').textContent()).toBe(DRILL.name);
      expect((await readStorage(other)).state.pending.drillId).toBe(id);
      expect(await drill.getByTestId('own-mark').textContent()).toBe('From your own program');
      expect(await drill.locator('ol.steps li').allTextContents()).toEqual(DRILL.steps);
      const picture = drill.locator('img[data-testid="own-picture"]');
      await expect.poll(() => naturalWidth(picture)).toBe(96);
      expect(await picture.getAttribute('alt')).toBe(`Picture for ${DRILL.name}`);
    } finally {
      const errors = [...other.errors];
      await other.close();
      expect(errors, 'errors reported by extension contexts of the fresh profile').toEqual([]);
    }
  });
});
