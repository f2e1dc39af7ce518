import { describe, expect, it } from 'vitest';
import { english } from '../english';
import { ALWAYS_WORKING, getAlarm, readStorage, settled, useSettings } from './extension';
import { click, typeInto } from './page';
import { firefoxForThisFile } from './suite';
import { waitFor } from './wait';

const MIN = 60_000;
const firefox = firefoxForThisFile({ alwaysWorking: true });

describe('options page, in Firefox', () => {
  it('a change through the labelled controls is saved to storage.sync and reschedules the break alarm', async () => {
    const ff = firefox();
    await useSettings(ff, { ...ALWAYS_WORKING, intervalMinutes: 90 });
    const before = (await getAlarm(ff))!;
    const tab = await ff.openTab('src/options/index.html');

    const typed = Date.now();
    await typeInto(ff, tab, english('interval_label'), '45');
    await click(ff, tab, 'Sunday');

    const saved = await waitFor(async () => {
      const { settings } = (await ff.ext((browser) => browser.storage.sync.get('settings'))) as { settings?: any };
      return settings?.intervalMinutes === 45 && !settings.workDays.includes(0) ? settings : null;
    }, 'the new interval and days in storage.sync');
    expect(saved).toMatchObject({ intervalMinutes: 45, workDays: [1, 2, 3, 4, 5, 6], workHours: ALWAYS_WORKING.workHours });
    await waitFor(() => ff.page(tab, (w, done) => w.document.querySelector('[data-testid="save-status"]')?.textContent === done, english('saved_all')), 'the page to say it saved');

    const alarm = await waitFor(async () => {
      const a = await getAlarm(ff);
      return a?.periodInMinutes === 45 ? a : null;
    }, 'the break alarm at the new interval');
    await settled(ff);
    expect(alarm.scheduledTime).not.toBe(before.scheduledTime);
    expect(alarm.scheduledTime).toBe((await readStorage(ff)).state.nextBreakAt);
    // Counted from now or from the last break, never beyond the new interval.
    expect(alarm.scheduledTime).toBeLessThanOrEqual(Date.now() + 45 * MIN);
    expect(alarm.scheduledTime).toBeGreaterThan(typed);
    await ff.bidi.send('browsingContext.close', { context: tab });
  });

  it("the drill library's figures move (the Web Animations API animates their paths)", async () => {
    const ff = firefox();
    const tab = await ff.openTab('src/options/index.html#exercises');
    const pose = () =>
      ff.page(tab, (w) => {
        const svg = w.document.querySelector('li.card svg.illustration');
        return svg ? [...svg.querySelectorAll('[data-moves]')].map((e: Element) => `${w.getComputedStyle(e).getPropertyValue('d')} ${w.getComputedStyle(e).transform}`).join() : null;
      });
    const first = await waitFor(pose, 'a figure in the drill library');
    await waitFor(async () => (await pose()) !== first, 'the figure to move');
    await ff.bidi.send('browsingContext.close', { context: tab });
  });
});
