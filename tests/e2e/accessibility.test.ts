import { describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { eachTestInFreshChromium, type Harness } from './harness';

let h: Harness;
eachTestInFreshChromium((fresh) => (h = fresh), { alwaysWorking: true });

async function violations(page: Page, include?: string) {
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']);
  if (include) builder.include(include);
  const { violations } = await builder.analyze();
  return violations.map((v) => `${v.id}: ${v.help} → ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}

describe.each(['light', 'dark'] as const)('accessibility, %s theme', (scheme) => {
  it('popup: the idle view and the break view have no axe violations', async () => {
    const page = await h.openPage('src/popup/index.html');
    await page.setViewportSize({ width: 380, height: 600 });
    await page.emulateMedia({ colorScheme: scheme });
    await page.getByTestId('today').waitFor();
    await page.locator('details.pause-menu summary').click();
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Start a break now' }).click();
    await page.locator('#drill-name').waitFor();
    await page.keyboard.press('Space');
    expect(await violations(page)).toEqual([]);
  });

  it('options: every section has no axe violations', async () => {
    const page = await h.openPage('src/options/index.html');
    await page.emulateMedia({ colorScheme: scheme });
    await page.getByTestId('upcoming').waitFor();
    for (const id of ['schedule', 'exercises', 'behaviour', 'progress', 'data', 'safety']) {
      expect(await violations(page, `#${id}`), `section ${id}`).toEqual([]);
    }
    expect(await violations(page)).toEqual([]);
  });

  it('keyboard focus is visible on every control', async () => {
    const page = await h.openPage('src/popup/index.html');
    await page.emulateMedia({ colorScheme: scheme });
    await page.getByTestId('today').waitFor();
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      const outline = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        return { tag: el.tagName, width: style.outlineWidth, style: style.outlineStyle };
      });
      if (outline.tag === 'BODY') continue;
      expect(outline.style, `${outline.tag} has a visible focus ring`).not.toBe('none');
      expect(parseFloat(outline.width)).toBeGreaterThanOrEqual(2);
    }
  });
});
