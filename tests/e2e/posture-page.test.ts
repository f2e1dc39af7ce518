import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { toMessagesFile, translateWith } from '../../src/core/i18n';
import { postureText } from '../../src/core/posture-content';
import { POSTURE_KINDS } from '../../src/core/posture-kinds';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { readLocaleSources } from '../../scripts/locales.mjs';
import { axeViolations } from './axe';
import { launch, type Harness } from './harness';

// The page a click on a reset's notification opens (break.html?window=1&posture=<kind>): the reset
// alone, on one screen in every language: a toolbar popup's size, and the compact window's page
// area (400 × 560, as layout.test.ts measures the break view in), where a two-line German or
// Spanish heading once put Done below the fold.

const sources = readLocaleSources();
const SIZES = [
  { width: 380, height: 600 },
  { width: 400, height: 560 },
];

let h: Harness;
afterEach(async () => {
  const errors = [...h.errors];
  await h.close();
  expect(errors, 'errors reported by extension contexts').toEqual([]);
});

async function openReset(page: Page, kind: string): Promise<void> {
  await page.goto(`chrome-extension://${h.extensionId}/src/popup/break.html?window=1&posture=${kind}`);
  await page.locator('#posture-title').waitFor();
}

describe.each(['en', 'de', 'es'])('a posture reset’s page in %s', (lang) => {
  it('every reset fits one screen: its heading, the figure at 160 px, its cue and Done, nothing cut off', async () => {
    const tr = translateWith(toMessagesFile(sources[lang]!));
    h = await launch({ lang });
    const page = await h.context.newPage();
    for (const size of SIZES) {
      await page.setViewportSize(size);
      for (const kind of POSTURE_KINDS) {
        const what = `${kind} at ${size.width}×${size.height}`;
        await openReset(page, kind);
        const { title, cue } = postureText(kind, DEFAULT_SETTINGS, tr);
        expect(await page.getByRole('heading', { level: 1 }).textContent(), what).toBe(title);
        expect(await page.getByTestId('posture-cue').textContent(), what).toBe(cue);
        const figure = (await page.getByRole('img', { name: tr('illustration_label', [title]) }).boundingBox())!;
        expect([figure.width, figure.height], `${what}: figure`).toEqual([160, 160]);
        // Every part in view, Done last (the page's main element would scroll were the content taller than the view).
        const cut = await page.evaluate(
          (view) =>
            [...document.querySelectorAll('article.posture > *')]
              .filter((e) => {
                const r = e.getBoundingClientRect();
                return r.top < 0 || r.left < 0 || r.bottom > view.height || r.right > view.width;
              })
              .map((e) => e.tagName),
          size,
        );
        expect(cut, `${what}: parts out of view`).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth), `${what}: nothing to scroll sideways`).toBe(size.width);
      }
    }
  });
});

describe('a posture reset’s page, accessibility', () => {
  it('has no axe violations in the light and the dark theme', async () => {
    h = await launch();
    const page = await h.context.newPage();
    await page.setViewportSize(SIZES[0]!);
    await openReset(page, 'chin-tucks');
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await axeViolations(page), colorScheme).toEqual([]);
    }
  });
});
