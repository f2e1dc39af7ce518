import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { DIST, eachTestInFreshChromium, type Harness } from './harness';

// The popup budget, measured on what Chromium really fetches when the popup opens between breaks,
// not on what the build says it imports (between breaks and for a break, budgets.test.ts's).
// Between breaks 17 KB here (18 KB there since settings were read key by key) until the popup
// learned an organisation's lock on its drills; with a break 10 KB more, and the break page 27 KB,
// until the break view learned to bring the user's own drills and an organisation's program.
// On 2026-12-07: between breaks 17.06 KB, a break +14.24 KB (with its drawings), the break page
// 27.53 KB. With the posture resets and the hold for calls, on 2026-12-07: between breaks 17.76 KB,
// a break +14.72 KB, the break page 28.23 KB. With the weekly check-in after a finished drill
// (issue 26), built in with the break views (as a chunk of its own it split the popup's one file),
// a break about 2 KB more and the break page 30.1 KB.
const KB = 1024;

let h: Harness;
eachTestInFreshChromium((fresh) => (h = fresh), { alwaysWorking: true });

/** Opens the popup, recording every script it fetches as a path inside dist/. */
async function openRecording(path = 'src/popup/index.html'): Promise<{ page: Page; scripts: Set<string> }> {
  const page = await h.context.newPage();
  const scripts = new Set<string>();
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.host === h.extensionId && url.pathname.endsWith('.js')) scripts.add(url.pathname.slice(1));
  });
  await page.goto(`chrome-extension://${h.extensionId}/${path}`);
  return { page, scripts };
}

const gzipped = (files: string[]) => files.reduce((n, f) => n + gzipSync(readFileSync(join(DIST, f)), { level: 9 }).length, 0);

describe('what the popup loads', () => {
  it('between breaks it fetches at most 18 KB of gzipped JS; the break view, at most 17 KB more, comes with a break', async () => {
    const { page, scripts } = await openRecording();
    await page.getByRole('button', { name: 'Start a break now' }).waitFor();
    await page.waitForLoadState('networkidle');
    const idle = [...scripts];
    expect(idle.length).toBeGreaterThan(0);
    expect(gzipped(idle), `idle popup loaded ${idle.join(', ')}`).toBeLessThanOrEqual(18 * KB);
    expect(idle.some((f) => /BreakViews/.test(f)), 'the break view loaded with no break on screen').toBe(false);

    await page.getByRole('button', { name: 'Start a break now' }).click();
    await page.locator('#drill-name').waitFor();
    expect([...scripts].some((f) => /BreakViews/.test(f))).toBe(true);
    const forTheBreak = [...scripts].filter((f) => !idle.includes(f));
    expect(gzipped(forTheBreak), `the break added ${forTheBreak.join(', ')}`).toBeLessThanOrEqual(17 * KB);
  });

  it('during a break the toolbar button opens the break page, which draws the drill from one script', async () => {
    const { page } = await openRecording();
    await page.getByRole('button', { name: 'Start a break now' }).click();
    await page.locator('#drill-name').waitFor();
    const popup = await h.sw(() => chrome.action.getPopup({}));
    expect(new URL(popup).pathname).toBe('/src/popup/break.html');
    const { page: during, scripts } = await openRecording('src/popup/break.html');
    await during.locator('#drill-name').waitFor();
    // The drawings may follow; nothing else may come before the drill's name.
    const before = [...scripts].filter((f) => !/poses/.test(f));
    expect(before, `the break page loaded ${before.join(', ')}`).toHaveLength(1);
    expect(gzipped(before)).toBeLessThanOrEqual(30.5 * KB);
  });
});
