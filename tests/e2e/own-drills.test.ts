import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { DRILL_IDS } from '../../src/core/catalog';
import { english } from '../english';
import { breakDueIn, eachTestInFreshChromium, type Harness, readStorage, settled, waitFor } from './harness';
import { pngPicture } from './own-picture';

// A drill the user types in from their physiotherapist's sheet, with a picture, through the drill
// library with the keyboard alone; then it is the only drill in rotation and comes at a break with
// its picture, its steps, the mark and the guided timer counting its dose.

let h: Harness;
eachTestInFreshChromium((fresh) => (h = fresh), { alwaysWorking: true });

const DRILL = {
  name: 'Towel neck glide',
  purpose: 'Eases a stiff neck, as my physiotherapist showed me',
  steps: ['Sit tall with a towel behind your neck', 'Hold both ends and glide your head back', 'Return slowly to the start'],
};

/** What the focused element is, for a failure message. */
const focused = (page: Page) => page.evaluate(() => {
  const el = document.activeElement;
  return el ? `${el.tagName.toLowerCase()}#${el.id} "${(el.textContent ?? '').trim().slice(0, 40)}"` : 'nothing';
});

/** Presses Tab until the focused element matches `selector` (and has `text`, when given), as a keyboard user moves through the page. */
async function tabTo(page: Page, selector: string, text?: string, most = 150): Promise<void> {
  for (let i = 0; i <= most; i++) {
    const there = await page.evaluate(({ s, t }) => {
      const el = document.activeElement;
      return !!el && el.matches(s) && (t === undefined || (el.textContent ?? '').trim() === t);
    }, { s: selector, t: text });
    if (there) return;
    if (i < most) await page.keyboard.press('Tab');
  }
  throw new Error(`${most} presses of Tab never reached ${selector}${text ? ` "${text}"` : ''}; focus is on ${await focused(page)}`);
}

/** Tabs to a text or number field and types its value over what it held. */
async function typeIn(page: Page, selector: string, value: string): Promise<void> {
  await tabTo(page, selector);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(value);
}

/** Tabs to a closed <select> and moves through its options with the arrow keys until `value` is chosen. */
async function chooseWithArrows(page: Page, selector: string, value: string): Promise<void> {
  await tabTo(page, selector);
  for (const key of ['ArrowDown', 'ArrowUp']) {
    for (let i = 0; i < 30; i++) {
      if ((await page.locator(selector).inputValue()) === value) return;
      await page.keyboard.press(key);
    }
  }
  throw new Error(`the arrow keys never chose ${value} in ${selector}`);
}

describe('your own drill, in Chromium', () => {
  it('written with the keyboard alone, with a picture, then the only drill in rotation: a break shows it and its timer counts its dose', async () => {
    const options = await h.openPage('src/options/index.html');
    await options.getByRole('navigation').waitFor();

    // From the top of the page: the Exercises link, then on to "Add your own drill".
    await tabTo(options, 'a[href="#exercises"]');
    await options.keyboard.press('Enter');
    await tabTo(options, '[data-testid="own-add"]');
    expect(await options.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Add your own drill');
    await options.keyboard.press('Enter');

    // The form opens with the name field focused.
    const form = options.locator('form[data-testid="own-form"]');
    await form.waitFor();
    await expect.poll(() => options.evaluate(() => document.activeElement?.id)).toBe('own-name');
    await options.keyboard.type(DRILL.name);
    await typeIn(options, '#own-purpose', DRILL.purpose);
    await typeIn(options, '#own-step-0', DRILL.steps[0]!);
    for (const [i, step] of DRILL.steps.slice(1).entries()) {
      await tabTo(options, '#own-step-add');
      await options.keyboard.press('Enter');
      // The new step's box takes the focus.
      await expect.poll(() => options.evaluate(() => document.activeElement?.id)).toBe(`own-step-${i + 1}`);
      await options.keyboard.type(step);
    }
    await chooseWithArrows(options, '#own-category', 'stretch');
    await chooseWithArrows(options, '#own-position', 'seated');
    await typeIn(options, '#own-reps', '8');
    await typeIn(options, '#own-sets', '2');
    // A tempo: raise for 2 s, lower for 4 s.
    await tabTo(options, '#own-phase-add');
    await options.keyboard.press('Enter');
    await expect.poll(() => options.evaluate(() => document.activeElement?.id)).toBe('own-phase-0');
    await chooseWithArrows(options, '#own-phase-0', 'raise');
    await typeIn(options, '#own-phase-seconds-0', '2');
    await tabTo(options, '#own-phase-add');
    await options.keyboard.press('Enter');
    await chooseWithArrows(options, '#own-phase-1', 'lower');
    await typeIn(options, '#own-phase-seconds-1', '4');

    // The picture: a real PNG from disk (the file chooser itself is the browser's, not the page's).
    const file = join(tmpdir(), `desk-reset-own-${Math.random().toString(36).slice(2)}.png`);
    writeFileSync(file, pngPicture(96, 64));
    await tabTo(options, '#own-picture-file');
    await options.locator('#own-picture-file').setInputFiles(file);
    const preview = form.locator('img[data-testid="own-form-picture"]');
    await preview.waitFor();
    expect(await preview.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);

    await tabTo(options, '[data-testid="own-save"]');
    await options.keyboard.press('Enter');
    await form.waitFor({ state: 'detached' });
    const card = options.locator('li.card[data-source="own"]');
    await card.waitFor();
    const id = (await card.getAttribute('data-drill'))!;
    expect(id).toMatch(/^own-[a-z0-9]+$/);
    expect(await card.textContent()).toContain(DRILL.name);
    // Stored as typed, its picture apart in storage.local.
    const stored = await readStorage(h);
    expect(stored[`own.${id}`]).toMatchObject({ ...DRILL, category: 'stretch', position: 'seated', dose: { kind: 'reps', reps: 8, sets: 2, tempo: [{ phase: 'raise', seconds: 2 }, { phase: 'lower', seconds: 4 }] } });
    expect(stored[`picture.${id}`]).toMatch(/^data:image\/(png|jpeg|webp);base64,/);
    await expect.poll(() => card.locator('img[data-testid="own-card-picture"]').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);

    // Every other drill off, with the keyboard too: the library's bulk switch, then this drill's own switch.
    await tabTo(options, 'button', english('bulk_off'));
    await options.keyboard.press('Enter');
    const own = card.locator('input[type="checkbox"]').first();
    // The bulk switch takes the user's own drills too.
    await expect.poll(() => own.isChecked()).toBe(false);
    await tabTo(options, `li.card[data-drill="${id}"] input[type="checkbox"]`);
    await options.keyboard.press('Space');
    await expect.poll(() => own.isChecked()).toBe(true);
    await expect.poll(async () => {
      const off = new Set<string>((await readStorage(h)).settings?.disabledDrills ?? []);
      return DRILL_IDS.every((d) => off.has(d)) && !off.has(id);
    }).toBe(true);
    await settled(h);

    // A break, into a drill window of its own, whose clock the test moves.
    await h.context.clock.install();
    await h.sw(async () => {
      for (const w of await chrome.windows.getAll({ windowTypes: ['normal'] })) await chrome.windows.update(w.id!, { state: 'minimized' });
    });
    await breakDueIn(h);
    const page = await waitFor(async () => h.context.pages().find((p) => p.url().includes('popup/break.html?window=1')), 'the drill window');
    await expect.poll(() => page.locator('#drill-name').textContent()).toBe(DRILL.name);
    expect((await readStorage(h)).state.pending.drillId).toBe(id);
    expect(await page.getByTestId('own-mark').textContent()).toBe('From your own program');
    expect(await page.locator('ol.steps li').allTextContents()).toEqual(DRILL.steps);
    const picture = page.locator('img[data-testid="own-picture"]');
    await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
    expect(await picture.getAttribute('alt')).toBe(`Picture for ${DRILL.name}`);
    // Its picture in the drawing's place: no drawing beside it.
    expect(await page.locator('.stage svg.illustration').count()).toBe(0);
    // At a break, one set of the two; the timer counts eight reps of raise 2 s, lower 4 s.
    const dose = await page.getByTestId('dose').textContent();
    expect(dose).toContain('1 set of 8');
    expect(dose).toContain('the full routine is 2 sets of 8');

    const readout = async () => ({
      count: await page.getByTestId('countdown').textContent(),
      cue: await page.getByTestId('cue').textContent(),
      counters: await page.locator('.readout .counters').textContent(),
    });
    expect(await readout()).toEqual({ count: '2', cue: 'raise', counters: 'Rep 1 of 8' });
    await page.keyboard.press('Space');
    // Once it has ticked, the clock stops and moves only as the test says: seconds of the dose in no time.
    const progress = page.getByRole('progressbar');
    await expect.poll(async () => Number(await progress.getAttribute('aria-valuenow'))).toBeGreaterThan(0);
    await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 100);
    await page.clock.runFor(2_500);
    await expect.poll(readout).toMatchObject({ cue: 'lower', counters: 'Rep 1 of 8' });
    await page.clock.runFor(12_000);
    await expect.poll(readout).toMatchObject({ cue: 'lower', counters: 'Rep 3 of 8' });
    await page.clock.runFor(40_000);
    await expect.poll(readout).toEqual({ count: '✓', cue: 'done', counters: 'Rep 8 of 8' });
  });
});
