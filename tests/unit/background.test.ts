import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import fc from 'fast-check';
import { DRILL_IDS } from '../../src/core/catalog';
import { DEFAULT_SETTINGS, toStored, type Settings } from '../../src/core/settings';
import { fakeIdle, pressShortcut } from './fake-gaps';
import { fire, history, notes, send, state } from './worker-events';
import { freshWorkerEach } from './worker-each';
import { inTimeZone, useTimeZone } from './tz';
import { runs } from './runs';

const MIN = 60_000;
useTimeZone('Europe/Berlin');
const t = (hhmm: string, day = '2026-03-02') => inTimeZone('Europe/Berlin', () => new Date(`${day}T${hhmm}`).getTime()); // a Monday
const T0 = t('09:00');

const alarm = (name = 'break') => fakeBrowser.alarms.get(name);
const badge = () => fakeBrowser.action.getBadgeText({});
/** Saves settings as the options page does; the worker reschedules in the background. */
async function saveSettings(over: Partial<Settings>) {
  await fakeBrowser.storage.sync.set({ settings: toStored({ ...DEFAULT_SETTINGS, ...over }) });
}

freshWorkerEach(() => T0);

/** Installs the extension; returns the spy on opening tabs, where the welcome opens. */
async function install() {
  const openTab = vi.spyOn(fakeBrowser.tabs, 'create');
  await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
  return openTab;
}

describe('install and startup', () => {
  it('schedules the first break one interval after install and opens the welcome at its first step', async () => {
    const openTab = await install();
    expect(openTab).toHaveBeenCalledTimes(1);
    expect(openTab).toHaveBeenCalledWith({ url: fakeBrowser.runtime.getURL('src/welcome/index.html') });
    expect((await fakeBrowser.storage.local.get('welcome')).welcome).toEqual({ step: 'safety', finishedAt: null });
    expect(await alarm()).toMatchObject({ scheduledTime: t('10:30'), periodInMinutes: 90 });
    expect(await state()).toMatchObject({ lastResetAt: T0, nextBreakAt: t('10:30'), pending: null });
    expect(fakeIdle.detectionIntervalSeconds).toBe(300);
  });

  it('an update keeps the schedule and opens no page', async () => {
    const openTab = await install();
    openTab.mockClear();
    const openOptions = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue(undefined);
    vi.setSystemTime(T0 + 20 * MIN);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update' } as any);
    expect(openTab).not.toHaveBeenCalled();
    expect(openOptions).not.toHaveBeenCalled();
    expect(await alarm()).toMatchObject({ scheduledTime: t('10:30') });
  });

  it('rebuilds the alarm from stored timestamps on browser startup', async () => {
    vi.setSystemTime(t('09:40'));
    await fakeBrowser.storage.local.set({ state: { lastResetAt: t('09:10'), recentDrills: [] } });
    await fakeBrowser.runtime.onStartup.trigger();
    expect(await alarm()).toMatchObject({ scheduledTime: t('10:40') });
    expect((await fakeBrowser.alarms.getAll()).filter((a) => a.name === 'break')).toHaveLength(1);
  });

  it('outside working hours the first alarm waits for the next working period', async () => {
    vi.setSystemTime(t('19:00'));
    await install();
    expect(await alarm()).toMatchObject({ scheduledTime: t('10:30', '2026-03-03') });
  });
});

describe('a break falls due', () => {
  it('at the desk: picks a drill, notifies with Start and Snooze, opens the toolbar popup', async () => {
    await install();
    const openPopup = vi.spyOn(fakeBrowser.action, 'openPopup').mockResolvedValue(undefined);
    await fakeBrowser.windows.create({ type: 'normal', focused: true });
    await fire('break', t('10:30'));
    expect(openPopup).toHaveBeenCalledTimes(1);
    expect(DRILL_IDS).toContain((await state()).pending.drillId);
    expect(notes().break).toMatchObject({ title: 'Time for a desk reset', buttons: [{ title: 'Start' }, { title: 'Snooze 5 min' }] });
    expect(await alarm()).toMatchObject({ scheduledTime: t('12:00') });
  });

  it('without a focused browser window: one compact window, reused by the next break', async () => {
    await install();
    const created = vi.spyOn(fakeBrowser.windows, 'create');
    await fire('break', t('10:30'));
    expect(created).toHaveBeenCalledTimes(1);
    expect(created.mock.calls[0]![0]).toMatchObject({ type: 'popup', url: expect.stringContaining('src/popup/break.html') });
    await fire('break', t('12:00'));
    expect(created).toHaveBeenCalledTimes(1);
    await fakeBrowser.windows.remove((await state()).drillWindowId);
    await fire('break', t('13:30'));
    expect(created).toHaveBeenCalledTimes(2);
  });

  it('falls back to the compact window when the browser refuses the toolbar popup', async () => {
    await install();
    await fakeBrowser.windows.create({ type: 'normal', focused: true });
    vi.spyOn(fakeBrowser.action, 'openPopup').mockRejectedValue(new Error('Could not find an active browser window.'));
    const created = vi.spyOn(fakeBrowser.windows, 'create');
    await fire('break', t('10:30'));
    expect(created).toHaveBeenCalledWith(expect.objectContaining({ type: 'popup' }));
  });

  it('while the screen is locked: held, then shown on a quick return', async () => {
    await install();
    vi.setSystemTime(t('10:29'));
    await fakeIdle.set('locked');
    await fire('break', t('10:30'));
    expect(notes()).toEqual({});
    expect((await state()).pending.held).toBe(true);
    vi.setSystemTime(t('10:32'));
    await fakeIdle.set('active');
    expect(notes().break).toBeDefined();
    expect((await state()).pending).toMatchObject({ held: false, shownAt: t('10:32') });
  });

  it('a long absence is a natural break: recorded, nothing shown, the timer restarts', async () => {
    await install();
    vi.setSystemTime(t('10:00'));
    await fakeIdle.set('idle'); // idle since 09:55
    vi.setSystemTime(t('10:20'));
    await fakeIdle.set('active');
    expect(await history()).toEqual([{ at: t('10:20'), outcome: 'natural', dueAt: null, shownAt: null, drillId: null, rating: null, seconds: null }]);
    expect(await alarm()).toMatchObject({ scheduledTime: t('11:50') });
  });

  it('after sleep the missed alarm shows nothing and reschedules', async () => {
    await install();
    await fire('break', t('14:00'));
    expect(notes()).toEqual({});
    expect((await history()).map((e) => e.outcome)).toEqual(['natural']);
    expect(await alarm()).toMatchObject({ scheduledTime: t('15:30') });
  });
});

describe('answering a break', () => {
  async function due() {
    await install();
    await fire('break', t('10:30'));
    return (await state()).pending.drillId as string;
  }

  it('events that arrive together run one after the other, so neither undoes the other', async () => {
    await due();
    vi.setSystemTime(t('10:31'));
    await Promise.all([send({ type: 'snooze', minutes: 5 }), send({ type: 'finish', outcome: 'done' })]);
    expect((await state()).pending).toBeNull();
    expect((await history()).map((e) => e.outcome)).toEqual(['snoozed', 'done']);
  });

  it('Snooze from the notification button reschedules the same drill', async () => {
    const drill = await due();
    vi.setSystemTime(t('10:31'));
    await fakeBrowser.notifications.onButtonClicked.trigger('break', 1);
    expect(await alarm()).toMatchObject({ scheduledTime: t('10:36') });
    expect(notes()).toEqual({});
    await fire('break', t('10:36'));
    expect((await state()).pending).toMatchObject({ drillId: drill, snoozedUntil: null });
  });

  it('Start from the notification button opens the drill', async () => {
    await due();
    await fakeBrowser.windows.remove((await state()).drillWindowId);
    const created = vi.spyOn(fakeBrowser.windows, 'create');
    await fakeBrowser.notifications.onButtonClicked.trigger('break', 0);
    expect(created).toHaveBeenCalledTimes(1);
  });

  it('clicking the notification opens the drill and clears the notification', async () => {
    await due();
    await fakeBrowser.windows.remove((await state()).drillWindowId);
    const created = vi.spyOn(fakeBrowser.windows, 'create');
    await fakeBrowser.notifications.onClicked.trigger('break');
    expect(created).toHaveBeenCalledTimes(1);
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });

  it('the snooze cap leaves only Done and Skip', async () => {
    await saveSettings({ snoozeCap: 1 });
    await due(); // install runs after the save in the worker's queue, so it sees the new cap
    await send({ type: 'snooze', minutes: 5 });
    await fire('break', t('10:35'));
    expect(notes().break!.buttons).toEqual([{ title: 'Start' }]);
    await send({ type: 'snooze', minutes: 5 });
    expect((await state()).pending.snoozedUntil).toBeNull();
  });

  it('Done records the drill and restarts the interval', async () => {
    const drill = await due();
    vi.setSystemTime(t('10:35'));
    await send({ type: 'finish', outcome: 'done' });
    expect(await state()).toMatchObject({ pending: null, lastResetAt: t('10:35'), recentDrills: [drill] });
    expect((await history()).at(-1)).toMatchObject({ outcome: 'done', drillId: drill, dueAt: t('10:30') });
    expect(await alarm()).toMatchObject({ scheduledTime: t('12:05') });
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });

  it('Start now puts a different drill on screen without a notification', async () => {
    await install();
    await fakeBrowser.storage.local.set({ state: { ...(await state()), recentDrills: ['wall-slides'] } });
    await send({ type: 'start-now' });
    expect((await state()).pending.drillId).not.toBe('wall-slides');
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });
});

describe('pause, heads-up, badge, settings', () => {
  it('pause for 30 minutes: the alarm moves to the end of the pause and the badge shows it', async () => {
    await install();
    vi.setSystemTime(t('09:10'));
    await send({ type: 'pause', kind: '30m' });
    expect(await alarm()).toMatchObject({ scheduledTime: t('09:40') });
    expect(await badge()).toBe('II');
    await fire('break', t('09:40'));
    expect(await badge()).toBe('');
    expect(await alarm()).toMatchObject({ scheduledTime: t('11:10') });
  });

  it('pause until resumed removes the alarm; resume restarts the interval', async () => {
    await install();
    await send({ type: 'pause', kind: 'indefinite' });
    expect(await alarm()).toBeUndefined();
    vi.setSystemTime(t('11:00'));
    await send({ type: 'resume' });
    expect(await alarm()).toMatchObject({ scheduledTime: t('12:30') });
  });

  it('pause until tomorrow resumes at the first working period of the next working day', async () => {
    vi.setSystemTime(t('15:00', '2026-03-06')); // Friday
    await install();
    await send({ type: 'pause', kind: 'tomorrow' });
    expect(await alarm()).toMatchObject({ scheduledTime: t('09:00', '2026-03-09') });
  });

  it('heads-up: warns before the break when enabled', async () => {
    await install();
    await saveSettings({ headsUpMinutes: 2 });
    await vi.waitFor(async () => expect(await alarm('heads-up')).toMatchObject({ scheduledTime: t('10:28') }));
    await fire('heads-up', t('10:28'));
    expect(notes()['heads-up']).toMatchObject({ title: 'Desk reset in 2 min' });
    await fire('break', t('10:30'));
    expect(notes()['heads-up']).toBeUndefined();
  });

  it('badge countdown when enabled, refreshed when its minutes change', async () => {
    await install();
    expect(await badge()).toBe('');
    await saveSettings({ showBadge: true });
    await vi.waitFor(async () => expect(await badge()).toBe('90m'));
    expect(await alarm('badge')).toMatchObject({ scheduledTime: t('09:01') });
    // Late (the computer slept): the badge is right at once, and its alarm set for the next change.
    await fire('badge', t('10:00'));
    expect(await badge()).toBe('30m');
    expect(await alarm('badge')).toMatchObject({ scheduledTime: t('10:01') });
  });

  it('a saved settings change reschedules at once and sets the idle threshold', async () => {
    await install();
    vi.setSystemTime(T0 + 10 * MIN);
    await saveSettings({ intervalMinutes: 30, idleMinutes: 7 });
    await vi.waitFor(async () => expect(await alarm()).toMatchObject({ scheduledTime: t('09:30'), periodInMinutes: 30 }));
    expect(fakeIdle.detectionIntervalSeconds).toBe(420);
  });

  it('working hours that exclude now move the alarm to the next period', async () => {
    await install();
    await saveSettings({ workHours: [{ start: '13:00', end: '17:00' }] });
    await vi.waitFor(async () => expect(await alarm()).toMatchObject({ scheduledTime: t('14:30') }));
  });

  it('ignores messages that are not commands', async () => {
    await install();
    const before = await state();
    for (const m of [{ type: 'finish', outcome: 'sideways' }, 'hello', { type: 'snooze', minutes: 600 }, { type: 'pause', kind: 'forever' }]) {
      await send(m).catch(() => undefined);
    }
    expect(await state()).toEqual(before);
  });

  it('never more than one break alarm, and it always matches the stored schedule', async () => {
    await install();
    const command = fc.oneof(
      fc.constant({ type: 'start-now' }),
      fc.constant({ type: 'resume' }),
      fc.record({ type: fc.constant('finish'), outcome: fc.constantFrom('done', 'skipped') }),
      fc.record({ type: fc.constant('snooze'), minutes: fc.constantFrom(5, 10) }),
      fc.record({ type: fc.constant('pause'), kind: fc.constantFrom('30m', '1h', 'tomorrow', 'indefinite') }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(command, fc.integer({ min: 0, max: 120 })), { maxLength: 12 }), async (steps) => {
        for (const [c, wait] of steps) {
          vi.setSystemTime(Date.now() + wait * MIN);
          await send(c);
          const breakAlarms = (await fakeBrowser.alarms.getAll()).filter((a) => a.name === 'break');
          expect(breakAlarms.length).toBeLessThanOrEqual(1);
          const s = await state();
          const expected = s.pause ? s.pause.until : s.nextBreakAt;
          expect(breakAlarms[0]?.scheduledTime ?? null).toBe(expected);
        }
      }),
      { numRuns: runs(25) },
    );
  });
});

describe('opening a break', () => {
  it('the keyboard shortcut starts a break now and opens the drill', async () => {
    await install();
    const created = vi.spyOn(fakeBrowser.windows, 'create');
    vi.setSystemTime(t('09:20'));
    await pressShortcut('start-break');
    expect((await state()).pending).toMatchObject({ dueAt: t('09:20'), shownAt: t('09:20') });
    expect(created).toHaveBeenCalledWith(expect.objectContaining({ type: 'popup' }));
  });

  it('"Try a drill now" from the welcome starts a break and opens the drill; from the popup it opens nothing more', async () => {
    await install();
    const created = vi.spyOn(fakeBrowser.windows, 'create');
    vi.setSystemTime(t('09:20'));
    await send({ type: 'start-now', open: true });
    expect((await state()).pending).toMatchObject({ dueAt: t('09:20'), shownAt: t('09:20') });
    expect(created).toHaveBeenCalledWith(expect.objectContaining({ type: 'popup' }));
    await send({ type: 'finish', outcome: 'done' });
    created.mockClear();
    await send({ type: 'start-now' });
    expect((await state()).pending).not.toBeNull();
    expect(created).not.toHaveBeenCalled();
  });

  it('"notification only" notifies without opening the drill', async () => {
    await saveSettings({ openDrillAutomatically: false });
    await install();
    const created = vi.spyOn(fakeBrowser.windows, 'create');
    await fire('break', t('10:30'));
    expect(notes().break).toBeDefined();
    expect(created).not.toHaveBeenCalled();
  });

  it('Done records the seconds spent', async () => {
    await install();
    await fire('break', t('10:30'));
    await send({ type: 'finish', outcome: 'done', seconds: 42 });
    expect((await history()).at(-1)).toMatchObject({ outcome: 'done', seconds: 42 });
  });
});
