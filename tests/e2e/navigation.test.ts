import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { eachTestInFreshChromium, type Harness } from './harness';

// The settings page's section list: beside the page at desktop widths, a bar across the top in a
// narrow window, in view wherever the reader scrolls. The page shows the section it names, one at a
// time, at its own address.
let h: Harness;
eachTestInFreshChromium((fresh) => (h = fresh), { alwaysWorking: true });

async function open(width: number, hash = ''): Promise<Page> {
  const page = await h.context.newPage();
  await page.setViewportSize({ width, height: 800 });
  await page.goto(`chrome-extension://${h.extensionId}/src/options/index.html${hash}`);
  await page.locator('main h2').first().waitFor();
  return page;
}

const nav = (page: Page) => page.getByRole('navigation', { name: 'Sections' });
const marked = (page: Page) => nav(page).locator('a[aria-current="page"]').allTextContents();
const SECTIONS = ['schedule', 'exercises', 'behaviour', 'progress', 'data', 'safety'];
const shown = (page: Page) => page.evaluate((ids) => ids.filter((id) => document.getElementById(id)), SECTIONS);
const box = async (page: Page, selector: string) => (await page.locator(selector).first().boundingBox())!;

describe('settings page navigation', () => {
  it('at desktop width: a column beside the page, in view while a long section scrolls; each link shows its section', async () => {
    const page = await open(1280);
    const [list, main] = [await box(page, 'nav.sections'), await box(page, 'main')];
    expect(list.x + list.width).toBeLessThanOrEqual(main.x);
    expect(await marked(page)).toEqual(['Schedule']);
    expect(await shown(page)).toEqual(['schedule']);

    await nav(page).getByRole('link', { name: 'Exercises' }).click();
    await expect.poll(() => shown(page)).toEqual(['exercises']);
    expect(await page.evaluate(() => location.hash)).toBe('#exercises');
    expect(await marked(page)).toEqual(['Exercises']);
    // The library is long: the list stays in view at its end.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const after = await box(page, 'nav.sections');
    expect(after.y).toBeGreaterThanOrEqual(0);
    expect(after.y + after.height).toBeLessThanOrEqual(800);

    // Another section starts at its top, not where the last one was scrolled to.
    await nav(page).getByRole('link', { name: 'Progress' }).click();
    await expect.poll(() => shown(page)).toEqual(['progress']);
    expect(await marked(page)).toEqual(['Progress']);
    expect(await page.evaluate(() => scrollY)).toBe(0);

    // Back and Forward go through the sections visited.
    await page.goBack();
    await expect.poll(() => shown(page)).toEqual(['exercises']);
    await page.goBack();
    await expect.poll(() => shown(page)).toEqual(['schedule']);
    expect(await marked(page)).toEqual(['Schedule']);
    await page.goForward();
    await expect.poll(() => shown(page)).toEqual(['exercises']);
  });

  it('in a narrow window: a bar above the page that stays at the top while the page scrolls', async () => {
    const page = await open(600, '#behaviour');
    const [list, main] = [await box(page, 'nav.sections'), await box(page, 'main')];
    expect(list.y + list.height).toBeLessThanOrEqual(main.y + 1);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(0);
    const bar = await box(page, 'nav.sections');
    expect(bar.y).toBe(0);
    expect(await marked(page)).toEqual(['Behaviour']);
  });

  it('a deep link or a reload opens the page at its section, marked; an unknown one at the first', async () => {
    const page = await open(1280, '#data');
    expect(await shown(page)).toEqual(['data']);
    expect(await marked(page)).toEqual(['Your data']);
    await page.reload();
    await page.locator('#data h2').waitFor();
    expect(await marked(page)).toEqual(['Your data']);
    const lost = await open(1280, '#no-such-section');
    expect(await shown(lost)).toEqual(['schedule']);
    expect(await marked(lost)).toEqual(['Schedule']);
  });
});
