import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CATALOG } from '../../src/core/catalog';
import { fits } from '../../src/core/library';
import { nextBreakAt } from '../../src/core/schedule';
import { readSettings } from '../../src/core/settings';
import { readState } from '../../src/core/state';
import { axeViolations } from './axe';
import { eachTestInFreshChromium, getAlarm, type Harness, readStorage, settled, waitFor } from './harness';

let h: Harness;
eachTestInFreshChromium((fresh) => (h = fresh));

/** The welcome the install opened. */
async function welcomePage(): Promise<Page> {
  const page = await waitFor(async () => h.context.pages().find((p) => p.url().endsWith('/src/welcome/index.html')), 'the welcome page');
  await page.locator('#step-title').waitFor();
  return page;
}

/** What has focus: its role-like tag and its accessible name, as a keyboard user would hear it. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return '';
    const label = (el as HTMLInputElement).labels?.[0]?.textContent ?? '';
    return `${el.tagName.toLowerCase()} ${(el.getAttribute('aria-label') ?? (label || el.innerText)).replace(/\s+/g, ' ').trim()}`;
  });

/** Presses Tab until the control named `name` (exactly, or starting so) has focus; Shift+Tab with `back`. */
async function tabTo(page: Page, name: string, back = false): Promise<void> {
  const seen: string[] = [];
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const now = await focused(page);
    if (now.slice(now.indexOf(' ') + 1).startsWith(name)) return;
    seen.push(now);
  }
  throw new Error(`Tab never reached "${name}"; it went through ${seen.join(' | ')}`);
}

const settings = async () => readSettings((await readStorage(h)).settings).settings;
const progress = async () => (await readStorage(h)).welcome;
const stepTitle = (page: Page) => page.locator('#step-title').textContent();

describe('the welcome', () => {
  it('is walked with the keyboard alone; each step is stored as it is answered, the alarm follows the hours', async () => {
    const page = await welcomePage();
    expect(await stepTitle(page)).toBe('First, when to stop');
    expect(await page.locator('#step-title').evaluate((el) => el.closest('section')?.textContent)).toMatch(/Numbness[\s\S]*night[\s\S]*breathing/);

    // Safety: acknowledged once, and the next step's title takes the focus.
    await tabTo(page, 'I understand');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await settings()).safetyAcknowledged).toBe(true);
    await expect.poll(() => focused(page)).toBe('h2 When do you work?');
    expect(await progress()).toEqual({ step: 'hours', finishedAt: null });

    // Hours: Saturday too, 08:00 to 17:30 with the suggested lunch gap, every 60 minutes.
    await tabTo(page, 'Saturday');
    await page.keyboard.press('Space');
    await tabTo(page, 'Starts at');
    await page.keyboard.type('0800AM');
    await tabTo(page, 'I take a lunch break');
    await page.keyboard.press('Space');
    await tabTo(page, '60 min');
    await page.keyboard.press('Enter');
    await expect.poll(async () => {
      const s = await settings();
      return { workDays: s.workDays, workHours: s.workHours, intervalMinutes: s.intervalMinutes };
    }).toEqual({ workDays: [1, 2, 3, 4, 5, 6], workHours: [{ start: '08:00', end: '12:00' }, { start: '13:00', end: '17:30' }], intervalMinutes: 60 });
    // The worker has put the break where these hours say, and the alarm on it.
    await settled(h);
    const stored = await readStorage(h);
    const state = readState(stored.state, Date.now()).state;
    const alarm = (await getAlarm(h))!;
    expect(alarm.periodInMinutes).toBe(60);
    expect(alarm.scheduledTime).toBe(state.nextBreakAt);
    expect(state.nextBreakAt).toBe(nextBreakAt(state, await settings(), Date.now()));
    await tabTo(page, 'Next');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('h2 What do you have, and where can you move?');
    expect((await progress()).step).toBe('kit');

    // Kit and space: a band, and floor space.
    const before = await page.getByTestId('fitting').textContent();
    await tabTo(page, 'A resistance band');
    await page.keyboard.press('Space');
    await tabTo(page, 'Floor space to lie down');
    await page.keyboard.press('Space');
    await expect.poll(async () => {
      const s = await settings();
      return { equipment: s.equipment, spaces: s.spaces };
    }).toEqual({ equipment: ['wall', 'doorway', 'chair', 'band'], spaces: ['desk', 'standing', 'floor'] });
    const kit = await settings();
    const fitting = CATALOG.filter((d) => fits(d, kit)).length;
    await expect.poll(() => page.getByTestId('fitting').textContent()).toBe(`${fitting} of 25 drills fit what you have and where you can move.`);
    expect(before).not.toBe(await page.getByTestId('fitting').textContent());
    await tabTo(page, 'Next');
    await page.keyboard.press('Enter');

    // Extras: the morning routine, with its own alarm, and sound cues.
    await expect.poll(() => focused(page)).toBe('h2 A few extras');
    await tabTo(page, 'Morning mobility');
    await page.keyboard.press('Space');
    await tabTo(page, 'Sound cues');
    await page.keyboard.press('Space');
    await expect.poll(async () => {
      const s = await settings();
      return { morningRoutine: s.morningRoutine, soundCues: s.soundCues };
    }).toEqual({ morningRoutine: true, soundCues: true });
    await waitFor(() => getAlarm(h, 'routine-morning'), 'the morning routine alarm');
    await tabTo(page, 'Next');
    await page.keyboard.press('Enter');

    // Ready: the first break's time, what was chosen, a real drill that fits, and done.
    await expect.poll(() => focused(page)).toBe('h2 You are ready');
    expect(await page.getByTestId('first-break').textContent()).toMatch(/^Your first break: .+\.$/);
    const summary = await page.getByTestId('summary').textContent();
    expect(summary).toContain('Mon–Sat');
    expect(summary).toContain('08:00–12:00, 13:00–17:30');
    await tabTo(page, 'Try a drill now');
    await page.keyboard.press('Enter');
    const pending = await waitFor(async () => (await readStorage(h)).state?.pending, 'the break tried from the welcome');
    const chosen = await settings();
    expect(fits(CATALOG.find((d) => d.id === pending.drillId)!, chosen), `${pending.drillId} fits the answers`).toBe(true);
    await page.bringToFront();
    await tabTo(page, 'Finish');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await progress()).finishedAt).toBeGreaterThan(0);
    expect(await page.getByTestId('finished').textContent()).toContain('All set.');
  });

  it('a tab closed half-way loses nothing: the welcome reopens where it was left, with the answers given', async () => {
    const page = await welcomePage();
    await page.getByRole('button', { name: 'I understand' }).click();
    await page.getByRole('button', { name: '45 min' }).click();
    await page.getByRole('checkbox', { name: 'Sunday' }).check();
    await expect.poll(async () => (await settings()).intervalMinutes).toBe(45);
    await expect.poll(async () => (await settings()).workDays).toEqual([0, 1, 2, 3, 4, 5]);
    await page.close();

    // The settings page offers the way back, which lands on the step left.
    const options = await h.openPage('src/options/index.html');
    await options.getByRole('link', { name: 'Finish setting up: the welcome' }).click();
    await options.locator('#step-title').waitFor();
    expect(await stepTitle(options)).toBe('When do you work?');
    expect(await options.getByLabel('Minutes between breaks').inputValue()).toBe('45');
    expect(await options.getByRole('button', { name: '45 min' }).getAttribute('aria-pressed')).toBe('true');
    expect(await options.getByRole('checkbox', { name: 'Sunday' }).isChecked()).toBe(true);
  });

  it('every step can be skipped: "Not now" leaves the safety notice for the first break, "Skip the rest" goes to the end', async () => {
    const page = await welcomePage();
    await page.getByRole('button', { name: 'Not now' }).click();
    expect(await stepTitle(page)).toBe('When do you work?');
    await page.getByRole('button', { name: 'Skip the rest and keep the defaults' }).click();
    expect(await stepTitle(page)).toBe('You are ready');
    await page.getByRole('button', { name: 'Back' }).click();
    expect(await stepTitle(page)).toBe('A few extras');
    await page.getByRole('button', { name: /Safety$/ }).click();
    expect(await stepTitle(page)).toBe('First, when to stop');
    await expect.poll(async () => (await progress()).step).toBe('safety');
    expect((await readStorage(h)).settings?.safetyAcknowledged ?? false).toBe(false);
  });

  it('a bad value is explained beside its field and not saved', async () => {
    const page = await welcomePage();
    await page.getByRole('button', { name: 'Not now' }).click();
    await page.getByLabel('Minutes between breaks').fill('5');
    await expect.poll(() => page.locator('#interval-error').textContent()).toBe('Choose a value from 15 to 240 minutes.');
    await page.getByRole('checkbox', { name: 'I take a lunch break' }).check();
    await page.getByLabel('Lunch from').fill('18:00');
    await expect.poll(() => page.locator('#hours-error').count()).toBe(1);
    await page.getByRole('button', { name: '120 min' }).click();
    await expect.poll(async () => (await settings()).intervalMinutes).toBe(120);
    expect((await settings()).workHours).toEqual([{ start: '09:00', end: '17:30' }]);
  });

  describe.each(['light', 'dark'] as const)('in the %s theme', (scheme) => {
    it('every step has no axe violations', async () => {
      const page = await welcomePage();
      await page.emulateMedia({ colorScheme: scheme });
      for (const [i, title] of ['First, when to stop', 'When do you work?', 'What do you have, and where can you move?', 'A few extras', 'You are ready'].entries()) {
        await page.locator('.welcome-steps button').nth(i).click();
        expect(await stepTitle(page)).toBe(title);
        expect(await axeViolations(page), title).toEqual([]);
      }
    });
  });
});
