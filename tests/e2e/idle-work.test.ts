import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, toStored } from '../../src/core/settings';
import { getAlarm, launch, useSettings, waitFor, type Harness } from './harness';
import { servePages, stopAndCountWorkerStarts } from './worker-starts';

// A day of browsing and a night with the badge on should cost the worker nothing: Chromium starts
// it for each event it listens to, so listening to what does not matter is work for nothing.

const MIN = 60_000;
let h: Harness;
let web: Awaited<ReturnType<typeof servePages>>;
beforeEach(async () => {
  [h, web] = await Promise.all([launch(), servePages()]);
  await waitFor(() => getAlarm(h), 'the install alarm');
});
afterEach(async () => {
  // The test's own pages are the one network use here: they come from this machine.
  const errors = h.errors.filter((e) => !e.startsWith(`network request: GET ${web.origin}/`));
  await h.close();
  await web.close();
  expect(errors, 'errors reported by extension contexts').toEqual([]);
});

describe('idle work, in Chromium', () => {
  it('20 ordinary pages start the stopped worker 0 times; with the sound hold on they do, and off again no longer', async () => {
    // Nothing of the extension stays open: only the browsing could wake its worker.
    for (const page of h.context.pages()) if (page.url().startsWith('chrome-extension://')) await page.close();
    const tab = await h.context.newPage();
    let next = 1;
    /** Worker starts while `pages` ordinary pages load in the tab, the worker stopped first. */
    const startsWhileBrowsing = async (pages: number) => {
      const counter = await stopAndCountWorkerStarts(h);
      for (const last = next + pages; next < last; next++) await tab.goto(web.url(next));
      // A start is reported within milliseconds of the event that caused it, and the first page
      // would cause one long before the last has loaded; half a second more allows for a busy machine.
      await new Promise((r) => setTimeout(r, 500));
      await counter.close();
      return counter.starts();
    };
    const defaults = { ...toStored(DEFAULT_SETTINGS), safetyAcknowledged: true };

    expect.soft(await startsWhileBrowsing(20), 'worker starts while 20 pages loaded, default settings').toBe(0);
    // Holding breaks while a tab plays sound needs to hear of tab changes (and shows the count sees starts).
    await useSettings(h, { ...defaults, holdForAudio: true });
    expect.soft(await startsWhileBrowsing(3), 'worker starts while 3 pages loaded, sound hold on').toBeGreaterThan(0);
    // Switched off again, Chromium must stop waking the worker for tab changes.
    await useSettings(h, { ...defaults, holdForAudio: false });
    expect.soft(await startsWhileBrowsing(10), 'worker starts while 10 pages loaded, sound hold off again').toBe(0);
  });

  it('with the badge on, outside working hours: nothing wakes the worker within 5 minutes', async () => {
    // Working days that leave out today and tomorrow (the test may run across midnight): the
    // working hours are at least a day away, so the badge shows hours. Its text changes once an
    // hour, half an hour before each whole hour left; the working period starts at a time that puts
    // the next break a whole number of hours from now, so that change is about 30 minutes away,
    // and whenever the test runs, nothing may honestly fall due within five.
    const { today, start, end } = await h.sw((interval) => {
      const pad = (n: number) => String(n).padStart(2, '0');
      for (const ahead of [60 - interval, 120 - interval, 180 - interval]) {
        const at = new Date(Date.now() + ahead * 60_000);
        const [hour, minute] = [at.getHours(), at.getMinutes()];
        if (hour < 23) return { today: new Date().getDay(), start: `${pad(hour)}:${pad(minute)}`, end: `${pad(hour + 1)}:${pad(minute)}` };
      }
      throw new Error('no hour before 23:00 among three in a row');
    }, 15);
    const workDays = [0, 1, 2, 3, 4, 5, 6].filter((d) => d !== today && d !== (today + 1) % 7);
    await useSettings(h, { ...toStored(DEFAULT_SETTINGS), safetyAcknowledged: true, showBadge: true, workDays, workHours: [{ start, end }], intervalMinutes: 15 });
    expect(await h.sw(() => chrome.action.getBadgeText({}))).not.toBe('');

    // Waiting five real minutes would cost the suite five minutes, so the test reads what could
    // start the worker in that time instead: only an alarm can (no page of the extension is open,
    // and the browsing test above covers tab events). No alarm may fall due within five minutes,
    // and none may repeat more often, or it would start the worker every few minutes all night.
    const now = Date.now();
    const alarms = await h.sw(() => chrome.alarms.getAll());
    expect(alarms.length).toBeGreaterThan(0); // the break alarm, for the next working day
    for (const alarm of alarms) {
      expect(alarm.scheduledTime - now, `${alarm.name} falls due in`).toBeGreaterThanOrEqual(5 * MIN);
      expect(alarm.periodInMinutes ?? Infinity, `${alarm.name} repeats every`).toBeGreaterThanOrEqual(5);
    }
  });
});
