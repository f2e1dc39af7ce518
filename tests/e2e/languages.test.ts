import { afterEach, describe, expect, it } from 'vitest';
import { readLocaleSources } from '../../scripts/locales.mjs';
import { ALWAYS_WORKING, getAlarm, launch, useSettings, waitFor, type Harness } from './harness';

const sources = readLocaleSources();

let h: Harness;
afterEach(async () => {
  const errors = [...h.errors];
  await h.close();
  expect(errors, 'errors reported by extension contexts').toEqual([]);
});

describe.each([
  ['de', 'Montag'],
  ['es', 'lunes'],
])('in %s', (lang, monday) => {
  it('the welcome, the popup, a drill, the options page and dates speak the browser’s language', async () => {
    const words = sources[lang]!;
    h = await launch({ lang });
    await waitFor(() => getAlarm(h), 'the install alarm');
    const welcome = h.context.pages().find((p) => p.url().endsWith('/src/welcome/index.html'))!;
    await expect.poll(() => welcome.locator('h1').textContent()).toBe(words.welcome_heading);
    expect(await welcome.evaluate(() => document.documentElement.lang)).toBe(lang);
    expect(await welcome.title()).toBe(words.page_title_welcome);
    await welcome.getByRole('button', { name: words.understand }).click();
    await expect.poll(() => welcome.locator('#step-title').textContent()).toBe(words.welcome_hours_title);
    expect(await welcome.getByRole('checkbox', { name: monday }).count()).toBe(1);
    await useSettings(h, ALWAYS_WORKING);

    const popup = await h.openPage('src/popup/index.html');
    await expect.poll(() => popup.locator('#idle-title').textContent()).toBe(words.next_break);
    // Screen readers pick their voice from the page's language, and the title names the window.
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe(lang);
    // The browser's own @@bidi_dir: left to right in each language shipped so far.
    expect(await popup.evaluate(() => document.documentElement.dir)).toBe('ltr');
    expect(await popup.title()).toBe(words.page_title_popup);
    expect(await popup.getByRole('button', { name: words.start_now }).count()).toBe(1);
    await popup.getByRole('button', { name: words.start_now }).click();
    const name = await popup.locator('#drill-name').textContent();
    expect(Object.entries(words).some(([k, v]) => /^d_.*_name$/.test(k) && v === name), `${name} is a ${lang} drill name`).toBe(true);
    expect(await popup.getByRole('button', { name: words.done, exact: true }).count()).toBe(1);

    const options = await h.openPage('src/options/index.html');
    await expect.poll(() => options.locator('h1').textContent()).toBe(words.options_title);
    expect(await options.evaluate(() => document.documentElement.lang)).toBe(lang);
    expect(await options.title()).toBe(words.page_title_options);
    // The form comes once the settings and the policy have answered.
    await expect.poll(() => options.getByRole('checkbox', { name: monday }).count()).toBe(1);
    const manifestName = await h.sw(() => chrome.i18n.getMessage('extDescription'));
    expect(manifestName).toBe(words.extDescription);
  });
});
