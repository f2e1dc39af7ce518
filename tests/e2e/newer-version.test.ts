import { describe, expect, it } from 'vitest';
import { eachTestInFreshChromium, settled, type Harness } from './harness';
import { showSection } from './sections';

// Storage is shared with newer versions of Desk Reset (another computer through sync, a rollback
// on this one). What this version does not understand it keeps, untouched, even when it writes.

let h: Harness;
eachTestInFreshChromium((fresh) => (h = fresh));

const DAY = 86_400_000;
/** Seven working periods: more than this version allows (six). */
const SEVEN_PERIODS = ['07:00', '08:00', '09:00', '10:00', '11:00', '12:00', '13:00'].map((start) => ({ start, end: start.replace(/:00$/, ':45') }));

/** Settings as a newer version wrote them, in the one record every version reads (`settings`). */
const NEWER_SETTINGS = {
  version: 99,
  painfulDrills: ['chin-tucks', 'kettlebell-halo'],
  equipment: ['wall', 'doorway', 'chair', 'kettlebell'],
  intervalMinutes: 10,
  workHours: SEVEN_PERIODS,
  safetyAcknowledged: true,
  coachVoice: { name: 'calm', rate: 0.9 },
};

describe('storage from a newer version, in Chromium', () => {
  it('ticking "Sound cues" on the settings page keeps the newer version\'s drills, kit, interval, hours and fields in sync', async () => {
    await h.sw((s) => chrome.storage.sync.set({ settings: s }), NEWER_SETTINGS);
    await settled(h);
    const options = await h.openPage('src/options/index.html#behaviour');
    await options.locator('#behaviour-title').waitFor();
    const sound = options.getByLabel('Sound cues for each phase of the guided timer');
    expect(await sound.isChecked()).toBe(false);
    await sound.check();
    await expect.poll(() => options.getByTestId('save-status').textContent()).toBe('All changes saved.');
    await settled(h);

    // This version's own change is in effect: a fresh page shows it.
    await options.reload();
    await options.locator('#behaviour-title').waitFor();
    expect(await sound.isChecked()).toBe(true);
    // The drill that hurt, which this version knows, stays out of its rotation too.
    await showSection(options, 'exercises');
    await expect.poll(() => options.locator('li.card[data-drill="chin-tucks"]').getAttribute('data-standing')).toBe('hurt');

    // What the newer version wrote is still there for it to read, as it wrote it: in the one record
    // every version reads, and in any key of its own a field may have beside it.
    const sync = (await h.sw(() => chrome.storage.sync.get(null))) as Record<string, any>;
    for (const [field, value] of Object.entries(NEWER_SETTINGS)) {
      for (const [key, stored] of Object.entries(sync)) {
        if (key !== 'settings' && key.split(/[.:/]/).at(-1) === field) expect.soft(stored, key).toEqual(value);
      }
    }
    expect(sync.settings).toMatchObject({
      version: 99,
      painfulDrills: ['chin-tucks', 'kettlebell-halo'],
      equipment: ['wall', 'doorway', 'chair', 'kettlebell'],
      intervalMinutes: 10,
      workHours: SEVEN_PERIODS,
      coachVoice: { name: 'calm', rate: 0.9 },
    });
  });

  it('history and level changes of a newer version survive opening the popup and the settings page, byte for byte', async () => {
    const stored = await h.sw(async (day) => {
      const at = Date.now() - day;
      const history = [
        { at: at - 3_600_000, outcome: 'done', dueAt: at - 3_700_000, shownAt: at - 3_650_000, drillId: 'chin-tucks', rating: 'easy', seconds: 50 },
        // An outcome this version does not know.
        { at: at - 1_800_000, outcome: 'stood', dueAt: at - 1_900_000, shownAt: at - 1_850_000, drillId: null, rating: null, seconds: 240, standingDesk: true },
        // A drill this version does not know.
        { at, outcome: 'done', dueAt: at - 100_000, shownAt: at - 60_000, drillId: 'kettlebell-halo', rating: 'right', seconds: 45 },
      ];
      // A level changed for a reason this version does not know.
      const change = { drillId: 'chin-tucks', from: 1, to: 2, at: at - 600_000, why: 'coach' };
      const levels = { drills: { 'chin-tucks': { rung: 2, streak: null, last: { from: 1, to: 2, at: change.at, why: 'coach' } } }, log: [change] };
      await chrome.storage.local.set({ history, levels });
      const got = await chrome.storage.local.get(['history', 'levels']);
      return JSON.stringify([got.history, got.levels]);
    }, DAY);

    const popup = await h.openPage('src/popup/index.html');
    await popup.getByTestId('today').waitFor();
    const options = await h.openPage('src/options/index.html#progress');
    await options.getByTestId('progress-totals').waitFor();
    // The levels drawn, or a word that none changed: this version may skip a change it cannot name.
    await options.locator('[data-testid="levels"], [data-testid="levels-none"]').first().waitFor();
    // Nothing announces a write that should not happen: give a page's read-and-repair the time it takes.
    await new Promise((r) => setTimeout(r, 500));
    await settled(h);

    const after = await h.sw(async () => {
      const got = await chrome.storage.local.get(['history', 'levels']);
      return JSON.stringify([got.history, got.levels]);
    });
    expect(after).toBe(stored);
  });
});
