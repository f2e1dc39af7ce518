import { describe, expect, it } from 'vitest';
import { formatClock } from '../../src/core/clock';
import { ALWAYS_WORKING, breakDueIn, eachTestInFreshChromium, getAlarm, type Harness, readStorage, useSettings, waitFor } from './harness';

const MIN = 60_000;

let h: Harness;
eachTestInFreshChromium((fresh) => (h = fresh));

const badge = () => h.sw(() => chrome.action.getBadgeText({}));

describe('scheduler in Chromium', () => {
  it('working hours that exclude now, set in the options page, give no break before the next period', async () => {
    // A three-hour period that does not contain the current minute, on every day of the week.
    const now = new Date();
    const nowMin = now.getHours() * 60 + now.getMinutes();
    const start = nowMin + 300 <= 1440 - 15 ? Math.ceil((nowMin + 120) / 15) * 15 : Math.floor((nowMin - 300) / 15) * 15;
    const page = await h.openPage('src/options/index.html');
    for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']) {
      await page.getByRole('checkbox', { name: day }).check();
    }
    await page.getByLabel('Period 1 starts').fill(formatClock(start));
    await page.getByLabel('Period 1 ends').fill(formatClock(start + 180));
    await expect.poll(async () => (await readStorage(h)).settings?.workHours).toEqual([{ start: formatClock(start), end: formatClock(start + 180) }]);

    const periodStart = new Date(now.getFullYear(), now.getMonth(), now.getDate(), 0, start);
    if (periodStart.getTime() <= now.getTime()) periodStart.setDate(periodStart.getDate() + 1);
    const expected = periodStart.getTime() + 90 * MIN;
    await expect.poll(async () => (await getAlarm(h))?.scheduledTime).toBe(expected);
    expect((await h.sw(() => chrome.alarms.getAll())).filter((a) => a.name === 'break')).toHaveLength(1);
  });

  it('an invalid working period in the options page is explained and not saved', async () => {
    const page = await h.openPage('src/options/index.html');
    await page.getByLabel('Period 1 starts').fill('18:00');
    await page.getByLabel('Period 1 ends').fill('09:00');
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('must end after it starts');
    await new Promise((r) => setTimeout(r, 800)); // past the save delay
    expect((await readStorage(h)).settings?.workHours ?? [{ start: '09:00', end: '17:30' }]).toEqual([{ start: '09:00', end: '17:30' }]);
  });

  it('pause and resume from the popup move the alarm and show the pause on the badge', async () => {
    await useSettings(h, ALWAYS_WORKING);
    const page = await h.openPage('src/popup/index.html');

    const before = Date.now();
    await page.getByText('Pause breaks').click();
    await page.getByRole('button', { name: 'For 30 minutes' }).click();
    await expect.poll(async () => (await readStorage(h)).state.pause).not.toBeNull();
    const paused = (await getAlarm(h))!.scheduledTime;
    expect(paused).toBeGreaterThanOrEqual(before + 30 * MIN);
    expect(paused).toBeLessThanOrEqual(Date.now() + 30 * MIN);
    expect(await badge()).toBe('II');
    await expect.poll(() => page.getByTestId('status').textContent()).toMatch(/Paused until (tomorrow (at )?)?\d{1,2}:\d\d( [AP]M)?\./); // after 23:30 the end is tomorrow

    const resumedAt = Date.now();
    await page.getByRole('button', { name: 'Resume' }).click();
    await expect.poll(async () => (await readStorage(h)).state.pause).toBeNull();
    const resumed = (await getAlarm(h))!.scheduledTime;
    expect(resumed).toBeGreaterThanOrEqual(resumedAt + 90 * MIN);
    expect(resumed).toBeLessThanOrEqual(Date.now() + 90 * MIN);
    expect(await badge()).toBe('');

    await page.getByText('Pause breaks').click();
    await page.getByRole('button', { name: 'Until I resume' }).click();
    await expect.poll(() => getAlarm(h)).toBeNull();
    await expect.poll(() => page.getByTestId('status').textContent()).toBe('Paused until you resume.');
  });

  it('Snooze on the notification button reschedules the same drill', async () => {
    await useSettings(h, ALWAYS_WORKING);
    await breakDueIn(h);
    await waitFor(async () => ('break' in (await h.sw(() => chrome.notifications.getAll())) ? true : null), 'the break notification');
    const { drillId } = (await readStorage(h)).state.pending;

    const clickedAt = Date.now();
    // Chromium's extension events can be dispatched from the worker, which is what a click on the button does.
    await h.sw(() => (chrome.notifications.onButtonClicked as any).dispatch('break', 1));
    await expect.poll(async () => (await readStorage(h)).state.pending?.snoozedUntil ?? null).not.toBeNull();
    const alarm = (await getAlarm(h))!.scheduledTime;
    expect(alarm).toBeGreaterThanOrEqual(clickedAt + 5 * MIN);
    expect(alarm).toBeLessThanOrEqual(Date.now() + 5 * MIN);
    expect(await h.sw(() => chrome.notifications.getAll())).toEqual({});
    const { state, history } = await readStorage(h);
    expect(state.pending.drillId).toBe(drillId);
    expect(history.at(-1)).toMatchObject({ outcome: 'snoozed', drillId });
  });

  it('the badge counts down when the setting is on', async () => {
    await useSettings(h, { ...ALWAYS_WORKING, showBadge: true });
    await expect.poll(badge).toMatch(/^(89|90)m$/);
    // One alarm for the moment the text next changes (a minute of the countdown), none repeating:
    // the worker wakes only as often as the badge can change (issue 23.8).
    const alarm = (await getAlarm(h, 'badge'))!;
    expect(alarm.periodInMinutes).toBeUndefined();
    expect(alarm.scheduledTime).toBeGreaterThan(Date.now());
    expect(alarm.scheduledTime).toBeLessThanOrEqual(Date.now() + MIN);
  });
});
