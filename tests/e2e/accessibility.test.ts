import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from './axe';
import { ALWAYS_WORKING, eachTestInFreshChromium, settled, type Harness } from './harness';
import { showSection } from './sections';

let h: Harness;
eachTestInFreshChromium((fresh) => (h = fresh), { alwaysWorking: true });

const violations = axeViolations;

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
    // The page shows one section at a time: a run over each, reached by its link.
    for (const id of ['schedule', 'exercises', 'behaviour', 'progress', 'data', 'safety'] as const) {
      await showSection(page, id);
      expect(await violations(page), id).toEqual([]);
    }
  });

  it('options: the first-run page, with two safety notices, has no axe violations', async () => {
    await h.sw((s) => chrome.storage.sync.set({ settings: s }), { ...ALWAYS_WORKING, safetyAcknowledged: false });
    await settled(h);
    const page = await h.openPage('src/options/index.html');
    await page.emulateMedia({ colorScheme: scheme });
    await page.getByTestId('upcoming').waitFor();
    await page.getByRole('heading', { name: 'Welcome. First, when to stop' }).waitFor();
    // Each notice is a region named by its own heading; the first-run one stays above every section.
    expect(await page.getByRole('region', { name: 'Welcome. First, when to stop' }).count()).toBe(1);
    expect(await violations(page)).toEqual([]);
    await showSection(page, 'safety');
    expect(await page.getByRole('region', { name: 'Welcome. First, when to stop' }).count()).toBe(1);
    expect(await page.getByRole('region', { name: 'About and safety' }).count()).toBe(1);
    expect(await violations(page)).toEqual([]);
  });

  it('options: the progress section with history (chart, streaks, top drills, ratings) has no axe violations', async () => {
    // Three weeks of breaks with every rating, including pain, so every part of the section renders.
    await h.sw((now) => {
      const drills = ['chin-tucks', 'wall-slides', 'doorway-pec-stretch', 'belly-breaths', 'shoulder-blade-squeeze'];
      const ratings = ['easy', 'right', 'hard', 'pain', null];
      const history = [];
      for (let day = 20; day >= 0; day--) {
        for (let i = 0; i < 5; i++) {
          const outcome = (day + i) % 7 === 0 ? 'skipped' : (day * i) % 5 === 3 ? 'natural' : 'done';
          const at = now - day * 86_400_000 - (5 - i) * 600_000;
          history.push({ at, outcome, dueAt: at, shownAt: outcome === 'natural' ? null : at, drillId: outcome === 'natural' ? null : drills[(day + i) % 5], rating: outcome === 'done' ? ratings[(day * 3 + i) % 5] : null, seconds: outcome === 'done' ? 60 : null });
        }
      }
      return chrome.storage.local.set({ history });
    }, Date.now());
    const page = await h.openPage('src/options/index.html#progress');
    await page.emulateMedia({ colorScheme: scheme });
    for (const id of ['progress-chart', 'progress-streaks', 'progress-totals', 'top-drills', 'ratings']) await page.getByTestId(id).waitFor();
    expect(await page.locator('#progress td.hurt').count(), 'a week with pain is marked').toBeGreaterThan(0);
    expect(await violations(page, '#progress')).toEqual([]);
  });

  /** Tabs `presses` times from the top of the page; every stop must be a control with a visible focus ring. */
  async function expectVisibleFocus(page: Page, presses: number) {
    const reached: string[] = [];
    for (let i = 0; i < presses; i++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body || el === document.documentElement) return null;
        const style = getComputedStyle(el);
        const label = (el as HTMLInputElement).labels?.[0]?.textContent ?? '';
        const name = (el.getAttribute('aria-label') ?? ((el as HTMLElement).innerText || label)).trim().slice(0, 40);
        return { what: `${el.tagName}${el.id ? `#${el.id}` : ''} ${name}`, width: style.outlineWidth, style: style.outlineStyle, visible: el.matches(':focus-visible') };
      });
      expect(focus, `Tab ${i + 1} reaches a control (after ${reached.join(', ') || 'nothing'})`).not.toBeNull();
      reached.push(focus!.what);
      expect(focus!.visible, `${focus!.what} matches :focus-visible`).toBe(true);
      expect(focus!.style, `${focus!.what} has a visible focus ring`).not.toBe('none');
      expect(parseFloat(focus!.width), `${focus!.what} focus ring width`).toBeGreaterThanOrEqual(2);
    }
    expect(new Set(reached).size, `distinct controls reached: ${reached.join(', ')}`).toBe(presses);
  }

  it('keyboard focus is visible on every control of the popup', async () => {
    const page = await h.openPage('src/popup/index.html');
    await page.emulateMedia({ colorScheme: scheme });
    await page.getByTestId('today').waitFor();
    const controls = await page.evaluate(
      () => [...document.querySelectorAll<HTMLElement>('a[href], button, summary, input, select, textarea, [tabindex]')].filter((el) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && el.checkVisibility({ visibilityProperty: true })).length,
    );
    expect(controls, 'the idle popup has controls').toBeGreaterThanOrEqual(3);
    await expectVisibleFocus(page, controls);
  });

  it('keyboard focus is visible on the first controls of the options page', async () => {
    const page = await h.openPage('src/options/index.html');
    await page.emulateMedia({ colorScheme: scheme });
    await page.getByTestId('upcoming').waitFor();
    await expectVisibleFocus(page, 12);
  });
});
