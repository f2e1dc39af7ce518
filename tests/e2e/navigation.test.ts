import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { eachTestInFreshChromium, type Harness } from './harness';

// The settings page's section list: beside the page at desktop widths, a bar across the top in a
// narrow window, in view wherever the reader scrolls, marking the section being read.
let h: Harness;
eachTestInFreshChromium((fresh) => (h = fresh), { alwaysWorking: true });

async function open(width: number, hash = ''): Promise<Page> {
  const page = await h.context.newPage();
  await page.setViewportSize({ width, height: 800 });
  await page.goto(`chrome-extension://${h.extensionId}/src/options/index.html${hash}`);
  // Each section waits for its storage (the form for the policy too, which a browser just started
  // answers late); the page is laid out once they stand.
  await page.locator('#data h2').waitFor();
  await page.locator('#exercises-title').waitFor();
  return page;
}

const nav = (page: Page) => page.getByRole('navigation', { name: 'Sections' });
const marked = (page: Page) => nav(page).locator('a[aria-current="location"]').textContent();
const box = async (page: Page, selector: string) => (await page.locator(selector).first().boundingBox())!;

describe('settings page navigation', () => {
  it('at desktop width: a column beside the page that stays in view and follows the reading', async () => {
    const page = await open(1280);
    const [list, main] = [await box(page, 'nav.sections'), await box(page, 'main')];
    expect(list.x + list.width).toBeLessThanOrEqual(main.x);
    await expect.poll(() => marked(page)).toBe('Schedule');

    await page.locator('#behaviour').evaluate((e) => e.scrollIntoView());
    await expect.poll(() => marked(page)).toBe('Behaviour');
    const after = await box(page, 'nav.sections');
    expect(after.y).toBeGreaterThanOrEqual(0);
    expect(after.y + after.height).toBeLessThanOrEqual(800);

    await nav(page).getByRole('link', { name: 'Exercises' }).click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#exercises');
    await expect.poll(() => marked(page)).toBe('Exercises');
    // Scrolled to the very end, the last section is the one being read, however short it is.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(() => marked(page)).toBe('About and safety');
    // Progress sits near the end and cannot scroll up to the line: reached by its link, it is marked.
    await nav(page).getByRole('link', { name: 'Progress' }).click();
    await expect.poll(() => marked(page)).toBe('Progress');
    expect((await box(page, '#progress')).y).toBeLessThan(800);
  });

  it('in a narrow window: a bar above the page that stays at the top while the page scrolls', async () => {
    const page = await open(600);
    const [list, main] = [await box(page, 'nav.sections'), await box(page, 'main')];
    expect(list.y + list.height).toBeLessThanOrEqual(main.y + 1);
    await page.locator('#behaviour').evaluate((e) => e.scrollIntoView());
    await expect.poll(() => marked(page)).toBe('Behaviour');
    const bar = await box(page, 'nav.sections');
    expect(bar.y).toBe(0);
    // The section's heading is not hidden under the bar.
    expect((await box(page, '#behaviour-title')).y).toBeGreaterThanOrEqual(bar.height);
  });

  it('a deep link opens the page at its section, marked', async () => {
    const page = await open(1280, '#exercises');
    // The page goes there once every section above it is drawn, the last of them a moment after the first.
    await expect.poll(async () => (await box(page, '#exercises-title')).y).toBeLessThan(800);
    expect((await box(page, '#exercises-title')).y).toBeGreaterThanOrEqual(0);
    await expect.poll(() => marked(page)).toBe('Exercises');
  });
});
