// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { english } from '../fake-gaps';

// Issue 28, right to left: each page takes its direction from the browser's `@@bidi_dir` for the
// language its words are in (rtl for Arabic), so the logical CSS lays it out from the right.
async function localizedWith(direction: string): Promise<HTMLElement> {
  vi.resetModules();
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key, subs) => (key === '@@bidi_dir' ? direction : english(key, subs as string[] | undefined)));
  const { localizePage } = await import('../../../src/platform/i18n');
  localizePage('page_title_popup');
  return document.documentElement;
}

describe('the page’s direction', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    document.documentElement.removeAttribute('dir');
  });

  it('is right to left where the language reads so, left to right otherwise', async () => {
    expect((await localizedWith('rtl')).dir).toBe('rtl');
    expect((await localizedWith('ltr')).dir).toBe('ltr');
    expect(document.title).toBe(english('page_title_popup'));
  });

  it('is left to right where the browser does not say', async () => {
    expect((await localizedWith('')).dir).toBe('ltr');
  });
});

describe('the styles', () => {
  it('use logical properties only, so a right-to-left page mirrors its margins, paddings, edges and alignment', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const root = join(import.meta.dirname, '../../../src');
    const sheets = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.css'));
    expect(sheets.length).toBeGreaterThan(5);
    const physical = /(margin|padding|border)-(left|right)\b|(^|[\s;{])(left|right)\s*:|text-align:\s*(left|right)|float:\s*(left|right)|border-(top|bottom)-(left|right)-radius/;
    const found = sheets.flatMap((f) => readFileSync(join(root, f), 'utf8').split('\n').flatMap((line, i) => (physical.test(line) ? [`${f}:${i + 1}: ${line.trim()}`] : [])));
    expect(found).toEqual([]);
  });
});
