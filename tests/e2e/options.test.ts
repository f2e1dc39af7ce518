import { describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { CATALOG } from '../../src/core/catalog';
import { breakSeconds } from '../../src/core/rotation';
import { fromSync, storedRecord } from '../../src/core/settings-sync';
import { ALWAYS_WORKING, eachTestInFreshChromium, getAlarm, type Harness, readStorage, useSettings, waitFor } from './harness';
import { showSection } from './sections';

const SHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');
const MIN = 60_000;

let h: Harness;
let page: Page;
eachTestInFreshChromium((fresh) => (h = fresh), {
  alwaysWorking: true,
  then: async (fresh) => {
    page = await fresh.openPage('src/options/index.html');
    await page.getByTestId('upcoming').waitFor();
  },
});

const settings = async () => (await readStorage(h)).settings;

describe('options page', () => {
  it('schedule: every control saves as you go, the alarm and the preview follow', async () => {
    await page.getByLabel('Minutes between breaks').fill('60');
    await expect.poll(async () => (await settings()).intervalMinutes).toBe(60);
    await expect.poll(async () => (await getAlarm(h))?.periodInMinutes).toBe(60);
    await expect.poll(() => page.getByTestId('upcoming').textContent()).toMatch(/^Next breaks: /);

    await page.getByRole('checkbox', { name: 'Sunday' }).uncheck();
    await page.getByLabel('Period 1 ends').fill('12:00');
    await page.getByRole('button', { name: 'Add a period' }).click();
    await page.getByLabel('Period 2 starts').fill('13:00');
    await page.getByLabel('Period 2 ends').fill('18:00');
    await page.getByLabel('Heads-up before a break').selectOption('2');
    await page.getByLabel('Away this many minutes counts as a break').fill('8');
    await page.getByLabel('Snooze lengths (minutes)').fill('3, 7');
    await page.getByLabel('Snoozes in a row before only Done or Skip remain').fill('1');
    await expect.poll(settings).toMatchObject({
      workDays: [1, 2, 3, 4, 5, 6],
      workHours: [{ start: '00:00', end: '12:00' }, { start: '13:00', end: '18:00' }],
      headsUpMinutes: 2,
      idleMinutes: 8,
      snoozeMinutes: [3, 7],
      snoozeCap: 1,
    });
    await expect.poll(() => page.getByTestId('save-status').textContent()).toBe('All changes saved.');
  });

  it('an invalid value is explained beside its field and not saved; other fields still save', async () => {
    await page.getByLabel('Minutes between breaks').fill('5');
    await page.getByLabel('Away this many minutes counts as a break').fill('9');
    await expect.poll(() => page.locator('#interval-error').textContent()).toContain('15 to 240');
    expect(await page.getByLabel('Minutes between breaks').getAttribute('aria-invalid')).toBe('true');
    await expect.poll(async () => (await settings()).idleMinutes).toBe(9);
    expect((await settings()).intervalMinutes).toBe(90);
    expect(await page.getByLabel('Minutes between breaks').inputValue()).toBe('5'); // the typing is not lost either
  });

  it('exercises: equipment, places, cap, filters, bulk switches and a preview', async () => {
    await showSection(page, 'exercises');
    await page.getByRole('checkbox', { name: 'A resistance band' }).check();
    await page.getByRole('checkbox', { name: 'Floor space to lie down' }).check();
    await page.getByLabel('Longest drill at a break (seconds)').fill('90');
    await expect.poll(settings).toMatchObject({ equipment: ['wall', 'doorway', 'chair', 'band'], spaces: ['desk', 'standing', 'floor'], drillCapSeconds: 90 });

    // Each card says what the drill works and, where the articles place it, when it suits best.
    const rows = page.locator('li.card[data-drill="band-rows"]');
    expect(await rows.getByTestId('muscles').textContent()).toBe('Works: rhomboids, middle trapezius, posterior deltoid');
    expect(await rows.getByTestId('time-of-day').count()).toBe(0);
    const slides = page.locator('li.card[data-drill="wall-slides"]');
    expect(await slides.getByTestId('time-of-day').textContent()).toBe('Best: Morning mobility, Desk reset');

    // Each card says where it stands.
    expect(await slides.getByTestId('standing').textContent()).toBe('In rotation.');
    expect(await rows.getByTestId('standing').textContent()).toMatch(/^Not offered now: /);

    await page.getByLabel('Category', { exact: true }).selectOption('stretch');
    const shown = await page.locator('li.card').count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(25);
    await page.getByRole('button', { name: 'Switch off all shown' }).click();
    await expect.poll(async () => (await settings()).disabledDrills.length).toBe(shown);
    await page.getByRole('button', { name: 'Switch on all shown' }).click();
    await expect.poll(async () => (await settings()).disabledDrills).toEqual([]);

    // The filters together show exactly the matching drills.
    const ids = () => page.locator('li.card').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-drill')));
    const kit = ['wall', 'doorway', 'chair', 'band'];
    await page.getByLabel('Category', { exact: true }).selectOption('all');
    await page.getByLabel('Equipment', { exact: true }).selectOption('band');
    await page.getByLabel('Position', { exact: true }).selectOption('standing');
    expect(await ids()).toEqual(CATALOG.filter((d) => (d.equipment as readonly string[]).includes('band') && d.position === 'standing').map((d) => d.id));
    await page.getByLabel('Equipment', { exact: true }).selectOption('all');
    await page.getByLabel('Position', { exact: true }).selectOption('all');
    await page.getByLabel('State', { exact: true }).selectOption('fits');
    expect(await ids()).toEqual(CATALOG.filter((d) => d.equipment.every((e) => e === 'none' || kit.includes(e)) && breakSeconds(d, 90) <= 90).map((d) => d.id));
    await page.locator('li.card[data-drill="chin-tucks"]').getByRole('checkbox').uncheck();
    await page.getByLabel('State', { exact: true }).selectOption('off');
    expect(await ids()).toEqual(['chin-tucks']);
    expect(await page.locator('li.card[data-drill="chin-tucks"]').getByTestId('standing').textContent()).toBe('Switched off: not offered at breaks.');
    await page.getByLabel('State', { exact: true }).selectOption('hurt');
    expect(await ids()).toEqual([]);
    await page.getByLabel('State', { exact: true }).selectOption('all');
    await page.locator('li.card[data-drill="chin-tucks"]').getByRole('checkbox').check();
    await expect.poll(async () => (await settings()).disabledDrills).toEqual([]);

    const [tab] = await Promise.all([h.context.waitForEvent('page'), page.getByRole('button', { name: 'Preview Doorway chest stretch' }).click()]);
    await tab.locator('#drill-name').waitFor();
    expect(await tab.locator('#drill-name').textContent()).toBe('Doorway chest stretch');
    expect(await tab.locator('.eyebrow').first().textContent()).toBe('Preview');
    expect((await readStorage(h)).state.pending).toBeNull(); // a preview schedules nothing
  });

  it('behaviour: toggles save, and a routine gets its own alarm at its time', async () => {
    await showSection(page, 'behaviour');
    await page.getByRole('checkbox', { name: /Open the drill by itself/ }).uncheck();
    await page.getByRole('checkbox', { name: /Sound cues/ }).check();
    await page.getByRole('checkbox', { name: /Morning mobility/ }).check();
    await page.getByLabel('Morning routine at').fill('07:45');
    await expect.poll(settings).toMatchObject({ openDrillAutomatically: false, soundCues: true, morningRoutine: true, morningTime: '07:45' });
    const alarm = await waitFor(() => getAlarm(h, 'routine-morning'), 'the morning routine alarm');
    const when = new Date(alarm.scheduledTime);
    expect([when.getHours(), when.getMinutes()]).toEqual([7, 45]);
    expect(alarm.scheduledTime).toBeGreaterThan(Date.now());
    expect(alarm.scheduledTime).toBeLessThanOrEqual(Date.now() + 24 * 60 * MIN);
  });

  it('the routine notification opens the routine, one drill after another', async () => {
    await useSettings(h, { ...ALWAYS_WORKING, eveningRoutine: true, intervalMinutes: 75 });
    await h.sw(() => chrome.alarms.create('routine-evening', { when: Date.now() + 200 }));
    await waitFor(async () => ('routine-evening' in (await h.sw(() => chrome.notifications.getAll())) ? true : null), 'the routine notification');
    await h.sw(() => (chrome.notifications.onClicked as any).dispatch('routine-evening'));
    const win = await waitFor(async () => h.context.pages().find((p) => p.url().includes('routine=evening')), 'the routine window');
    await win.locator('#drill-name').waitFor();
    expect(await win.locator('.eyebrow').first().textContent()).toBe('Evening wind-down · 1 of 2');
    await win.getByRole('button', { name: 'Done' }).click();
    await expect.poll(() => win.locator('.eyebrow').first().textContent()).toBe('Evening wind-down · 2 of 2');
    await win.getByRole('button', { name: 'Done' }).click();
    await expect.poll(() => win.getByRole('heading', { name: 'Routine complete' }).count()).toBe(1);
    expect(await getAlarm(h, 'routine-evening')).not.toBeNull(); // set again for the next working day
  });

  it('two options tabs and the popup stay in step', async () => {
    const other = await h.openPage('src/options/index.html');
    const popup = await h.openPage('src/popup/index.html');
    await other.getByLabel('Snooze lengths (minutes)').fill('4, x'); // an edit in progress in the second tab
    await page.getByLabel('Minutes between breaks').fill('45');
    await expect.poll(() => other.getByLabel('Minutes between breaks').inputValue()).toBe('45');
    expect(await other.getByLabel('Snooze lengths (minutes)').inputValue()).toBe('4, x');
    await expect.poll(() => popup.getByTestId('next-break').textContent()).toMatch(/in 4[45] minutes/);
    // The edit in progress stays through a visit to another section of its tab.
    await showSection(other, 'behaviour');
    await showSection(page, 'behaviour');
    await other.getByRole('checkbox', { name: 'Sound cues for each phase of the guided timer' }).check();
    await expect.poll(() => page.getByRole('checkbox', { name: 'Sound cues for each phase of the guided timer' }).isChecked()).toBe(true);
  });

  it('progress: a chart of the last 30 days with a text alternative', async () => {
    const now = Date.now();
    await h.sw((t) => {
      const ev = (daysAgo: number, outcome: string) => ({ at: t - daysAgo * 86_400_000, outcome, dueAt: null, shownAt: null, drillId: 'chin-tucks', rating: 'right', seconds: 60 });
      return chrome.storage.local.set({ history: [ev(3, 'done'), ev(2, 'done'), ev(2, 'skipped'), ev(1, 'natural'), ev(0, 'done')] });
    }, now);
    await showSection(page, 'progress');
    const chart = page.getByTestId('progress-chart');
    await chart.waitFor();
    expect(await chart.getAttribute('role')).toBe('img');
    expect(await page.locator('#progress table.sr-only tbody tr').count()).toBe(30);
    await expect.poll(() => page.locator('#progress').textContent()).toMatch(/Chin tucks/);
  });

  it('screenshots of every section, light and dark', async () => {
    mkdirSync(SHOTS, { recursive: true });
    // Three weeks of breaks, so the progress section shows what a user would see.
    await h.sw((now) => {
      const drills = ['chin-tucks', 'wall-slides', 'doorway-pec-stretch', 'belly-breaths', 'shoulder-blade-squeeze'];
      const ratings = ['easy', 'right', 'right', 'hard'];
      const history = [];
      for (let day = 20; day >= 0; day--) {
        for (let i = 0; i < 5; i++) {
          const outcome = (day + i) % 7 === 0 ? 'skipped' : (day * i) % 5 === 3 ? 'natural' : 'done';
          const at = now - day * 86_400_000 - (5 - i) * 5_400_000;
          history.push({ at, outcome, dueAt: at, shownAt: outcome === 'natural' ? null : at, drillId: outcome === 'natural' ? null : drills[(day + i) % 5], rating: outcome === 'done' ? ratings[(day + i) % 4] : null, seconds: outcome === 'done' ? 60 : null });
        }
      }
      return chrome.storage.local.set({ history });
    }, Date.now());
    await page.setViewportSize({ width: 900, height: 900 });
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      for (const id of ['schedule', 'exercises', 'behaviour', 'progress', 'data', 'safety'] as const) {
        await showSection(page, id);
        if (id === 'progress') await page.getByTestId('progress-chart').waitFor();
        await page.locator(`#${id}`).screenshot({ path: `${SHOTS}/options-${id}-${scheme}.png` });
      }
    }
  });
});

describe('your data', () => {
  async function importFile(content: string | Buffer) {
    const file = join(tmpdir(), `desk-reset-import-${Math.random().toString(36).slice(2)}.json`);
    writeFileSync(file, content);
    await showSection(page, 'data');
    await page.getByLabel('Import a file').setInputFiles(file);
  }

  it('export then import gives back exactly the same settings and history', async () => {
    await h.sw(() => chrome.storage.local.set({ history: [{ at: Date.now() - 5000, outcome: 'done', dueAt: null, shownAt: null, drillId: 'wall-slides', rating: 'easy', seconds: 70 }] }));
    const before = await readStorage(h);
    await showSection(page, 'data');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export settings and history' }).click()]);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(download.suggestedFilename()).toMatch(/^desk-reset-\d{4}-\d\d-\d\d\.json$/);

    await showSection(page, 'schedule');
    await page.getByLabel('Minutes between breaks').fill('120');
    await expect.poll(async () => (await settings()).intervalMinutes).toBe(120);
    await h.sw(() => chrome.storage.local.set({ history: [] }));

    await importFile(text);
    await expect.poll(() => page.locator('#data').textContent()).toContain('Minutes between breaks: 120 → 90');
    await page.getByRole('button', { name: 'Replace my settings and history' }).click();
    await expect.poll(() => page.locator('#data').textContent()).toContain('Imported.');
    const after = await readStorage(h);
    // The settings as every version reads them, whichever keys of storage.sync hold them.
    expect(storedRecord(fromSync(after))).toEqual(storedRecord(fromSync(before)));
    expect(after.history).toEqual(before.history);
  });

  it.each([
    ['not JSON', '{ this is not json', /JSON/i],
    // Refused by its size before it is read: just over the 20 MB an export may be (its pictures travel in it).
    ['too large', Buffer.alloc(20_100_000, 32), /The file is 20\.1 MB; a Desk Reset export is at most 20 MB/],
    ['a script in a string', JSON.stringify({ format: 'desk-reset', version: 1, exportedAt: '2026-01-01T00:00:00Z', settings: { version: 5, workHours: [{ start: '<script>alert(1)</script>', end: '17:00' }] }, history: { events: [], days: [] } }), /markup/i],
    ['an unknown key', JSON.stringify({ format: 'desk-reset', version: 1, exportedAt: '2026-01-01T00:00:00Z', settings: { version: 5, intervalMinutes: 60, evil: 1 }, history: { events: [], days: [] } }), /evil/],
    ['a wrong type', JSON.stringify({ format: 'desk-reset', version: 1, exportedAt: '2026-01-01T00:00:00Z', settings: { version: 5, intervalMinutes: 'lots' }, history: { events: [], days: [] } }), /intervalMinutes/],
  ])('refuses a file with %s, says why, and changes nothing', async (_name, content, message) => {
    const before = await readStorage(h);
    await importFile(content as string | Buffer);
    await expect.poll(async () => (await page.locator('#data [role="alert"]').allTextContents()).join(' ')).toMatch(message);
    expect(await page.getByRole('button', { name: 'Replace my settings and history' }).count()).toBe(0);
    expect(await page.locator('#data script').count()).toBe(0);
    expect(await readStorage(h)).toEqual(before);
  });

  it('reset to defaults asks first, and keeps the history', async () => {
    await page.getByLabel('Minutes between breaks').fill('30');
    await expect.poll(async () => (await settings()).intervalMinutes).toBe(30);
    await showSection(page, 'data');
    await page.getByRole('button', { name: 'Reset settings to defaults' }).click();
    expect((await settings()).intervalMinutes).toBe(30);
    await page.getByRole('button', { name: 'Reset', exact: true }).click();
    // Every choice is forgotten, so each setting is at its default again; the acknowledgement stays.
    await expect.poll(async () => (await settings()).intervalMinutes).toBeUndefined();
    expect((await settings()).safetyAcknowledged).toBe(true);
    await showSection(page, 'schedule');
    await expect.poll(() => page.getByLabel('Minutes between breaks').inputValue()).toBe('90');
  });
});
