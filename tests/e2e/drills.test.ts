import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { CATALOG } from '../../src/core/catalog';
import { drillName } from '../english';
import { ALWAYS_WORKING, eachTestInFreshChromium, type Harness, readStorage, useSettings } from './harness';

const SHOTS = resolve(import.meta.dirname, '../../test-results/illustrations');

let h: Harness;
eachTestInFreshChromium((fresh) => (h = fresh));

/** Is more than a sliver of the picture different from its corner (the background)? */
async function inked(png: Buffer, page: import('playwright-core').Page): Promise<number> {
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = new OffscreenCanvas(img.width, img.height);
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const { data } = ctx.getImageData(0, 0, img.width, img.height);
    let ink = 0;
    for (let i = 0; i < data.length; i += 4) if (Math.abs(data[i]! - data[0]!) + Math.abs(data[i + 1]! - data[1]!) + Math.abs(data[i + 2]! - data[2]!) > 60) ink++;
    return ink / (data.length / 4);
  }, png.toString('base64'));
}

describe('drill library in Chromium', () => {
  it('every drill has its own illustration, visible in light and dark themes', async () => {
    mkdirSync(SHOTS, { recursive: true });
    const page = await h.openPage('src/options/index.html#exercises');
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      const seen = new Map<string, string>();
      for (const drill of CATALOG) {
        const svg = page.locator(`li.card[data-drill="${drill.id}"] svg.illustration`);
        await expect.poll(() => svg.count(), { message: `illustration of ${drill.id}` }).toBe(1);
        expect(await svg.getAttribute('aria-label')).toContain(drillName(drill.id));
        const png = await svg.screenshot({ path: `${SHOTS}/${drill.id}-${scheme}.png`, animations: 'disabled' });
        const ink = await inked(png, page);
        expect(ink, `${drill.id} (${scheme}) has a drawing on it`).toBeGreaterThan(0.03);
        const hash = createHash('sha256').update(png).digest('hex');
        expect(seen.get(hash), `${drill.id} looks exactly like ${seen.get(hash)}`).toBeUndefined();
        seen.set(hash, drill.id);
      }
    }
  });

  it('animates the figure, and holds it still for users who prefer reduced motion', async () => {
    const page = await h.openPage('src/options/index.html#exercises');
    const first = page.locator('li.card svg.illustration').first();
    const running = () => first.evaluate((svg) => svg.getAnimations({ subtree: true }).filter((a) => a.playState === 'running').length);
    // The figure moves: the limbs' shapes and the head's place change as it is drawn.
    const pose = () => first.evaluate((svg) => [...svg.querySelectorAll('[data-moves]')].map((e) => `${getComputedStyle(e).getPropertyValue('d')} ${getComputedStyle(e).transform}`).join());
    await expect.poll(running).toBeGreaterThan(0);
    const before = await pose();
    await expect.poll(pose).not.toBe(before);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await expect.poll(running).toBe(0);
    expect(await first.locator('.ghost').count()).toBe(1);
  });

  it('first run: the options page leads with the warning signs until they are acknowledged', async () => {
    const page = await h.openPage('src/options/index.html');
    const welcome = page.getByRole('heading', { name: 'Welcome. First, when to stop' });
    await expect.poll(() => welcome.count()).toBe(1);
    expect(await page.locator('.first-run').textContent()).toMatch(/Numbness[\s\S]*night[\s\S]*breathing[\s\S]*no medical advice/i);
    await page.getByRole('button', { name: 'I understand' }).click();
    await expect.poll(async () => (await readStorage(h)).settings?.safetyAcknowledged).toBe(true);
    await expect.poll(() => welcome.count()).toBe(0);
  });

  it('a first break shows the safety screen before the drill', async () => {
    await useSettings(h, { ...ALWAYS_WORKING, safetyAcknowledged: false });
    const page = await h.openPage('src/popup/index.html');
    await page.getByRole('button', { name: 'Start a break now' }).click();
    await page.getByRole('button', { name: 'I understand, show the drill' }).click();
    await expect.poll(() => page.locator('#drill-name').count()).toBe(1);
  });

  it('"It hurt" shows the warning signs and takes the drill out until re-enabled', async () => {
    // Two drills in the rotation: without pain filtering the painful one would be back at the
    // second break (the drill just done never repeats while another fits), so only the filter keeps it out.
    const pair = ['chin-tucks', 'belly-breaths'];
    await useSettings(h, { ...ALWAYS_WORKING, disabledDrills: CATALOG.map((d) => d.id).filter((id) => !pair.includes(id)) });
    const page = await h.openPage('src/popup/index.html');
    await page.getByRole('button', { name: 'Start a break now' }).click();
    const name = (await page.locator('#drill-name').textContent())!;
    const id = CATALOG.find((d) => drillName(d.id) === name)!.id;
    expect(pair).toContain(id);
    const other = drillName(pair.find((x) => x !== id)!);
    await page.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('button', { name: 'It hurt' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Sorry it hurt' }).count()).toBe(1);
    expect(await page.textContent('body')).toContain('Sharp or stabbing pain');
    await expect.poll(async () => (await readStorage(h)).settings.painfulDrills).toEqual([id]);
    // Said once it is stored: until then the popup says it is being taken out.
    await expect.poll(() => page.getByRole('status').textContent()).toBe(`${name} is out of your rotation. You can switch it back on in Settings.`);
    expect((await readStorage(h)).history.at(-1)).toMatchObject({ outcome: 'done', drillId: id, rating: 'pain' });

    // The drill no longer comes up: the other one does, break after break…
    await page.getByRole('button', { name: 'OK' }).click();
    for (let i = 0; i < 3; i++) {
      await page.getByRole('button', { name: 'Start a break now' }).click();
      await expect.poll(() => page.locator('#drill-name').textContent()).toBe(other);
      await page.getByRole('button', { name: 'Skip' }).click();
      await expect.poll(() => page.getByRole('button', { name: 'Start a break now' }).count()).toBe(1);
    }
    // …until it is switched back on in the options page.
    const options = await h.openPage('src/options/index.html#exercises');
    await options.getByRole('button', { name: `Re-enable ${name}` }).click();
    await expect.poll(async () => (await readStorage(h)).settings.painfulDrills).toEqual([]);
  });

  it('Swap offers the next candidate in place of the drill on screen', async () => {
    await useSettings(h, ALWAYS_WORKING);
    const page = await h.openPage('src/popup/index.html');
    await page.getByRole('button', { name: 'Start a break now' }).click();
    const first = await page.locator('#drill-name').textContent();
    await page.getByRole('button', { name: 'Swap' }).click();
    await expect.poll(() => page.locator('#drill-name').textContent()).not.toBe(first);
    expect((await readStorage(h)).state.pending.swapped).toHaveLength(1);
  });
});
