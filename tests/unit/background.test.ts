import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { DRILL_IDS } from '../../src/core/catalog';

const MINUTE = 60_000;
const T0 = new Date('2026-03-02T09:00:00').getTime();

const state = async () => (await fakeBrowser.storage.local.get('state')).state as any;
const alarm = () => fakeBrowser.alarms.get('break');
const fire = async (at: number) => {
  vi.setSystemTime(at);
  const a = (await alarm()) ?? { name: 'break', scheduledTime: at };
  await fakeBrowser.alarms.onAlarm.trigger(a as any);
};

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(T0);
  vi.resetModules();
  await import('../../src/background/index');
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

async function install() {
  const openOptions = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue(undefined);
  await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
  return openOptions;
}

describe('service worker wiring', () => {
  it('schedules the first break one interval after install and welcomes the user on the options page', async () => {
    const openOptions = await install();
    expect(openOptions).toHaveBeenCalledTimes(1);
    expect(await alarm()).toMatchObject({ scheduledTime: T0 + 90 * MINUTE, periodInMinutes: 90 });
    expect(await state()).toMatchObject({ lastResetAt: T0, nextBreakAt: T0 + 90 * MINUTE, pending: null });
  });

  it('an update keeps the schedule and does not reopen the options page', async () => {
    const openOptions = await install();
    openOptions.mockClear();
    vi.setSystemTime(T0 + 20 * MINUTE);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update' } as any);
    expect(openOptions).not.toHaveBeenCalled();
    expect(await alarm()).toMatchObject({ scheduledTime: T0 + 90 * MINUTE });
  });

  it('rebuilds the alarm from stored timestamps on browser startup', async () => {
    await fakeBrowser.storage.local.set({ state: { lastResetAt: T0 - 30 * MINUTE, recentDrills: [] } });
    await fakeBrowser.runtime.onStartup.trigger();
    expect(await alarm()).toMatchObject({ scheduledTime: T0 + 60 * MINUTE });
    expect((await fakeBrowser.alarms.getAll()).length).toBe(1);
  });

  it('on the alarm: picks a drill, notifies, opens the toolbar popup and sets a reminder', async () => {
    await install();
    const openPopup = vi.spyOn(fakeBrowser.action, 'openPopup').mockResolvedValue(undefined);
    const created = vi.spyOn(fakeBrowser.windows, 'create');
    await fakeBrowser.windows.create({ type: 'normal', focused: true });
    await fire(T0 + 90 * MINUTE);
    expect(openPopup).toHaveBeenCalledTimes(1);
    expect(created).toHaveBeenCalledTimes(1); // only the test's own browser window
    const s = await state();
    expect(DRILL_IDS).toContain(s.pending.drillId);
    expect(s.pending).toMatchObject({ dueAt: T0 + 90 * MINUTE, shownAt: T0 + 90 * MINUTE });
    const note = fakeBrowser.notifications.getAllCreateOptions().break!;
    expect(note.title).toBe('Time for a desk reset');
    expect(note.message).toContain('Scapular wall slides');
    expect(await alarm()).toMatchObject({ scheduledTime: T0 + 180 * MINUTE });
  });

  it('falls back to one compact window when no browser window is focused, and reuses it', async () => {
    await install();
    const openPopup = vi.spyOn(fakeBrowser.action, 'openPopup');
    const created = vi.spyOn(fakeBrowser.windows, 'create');
    await fire(T0 + 90 * MINUTE);
    expect((await state()).drillWindowId).not.toBeNull();
    expect(created).toHaveBeenCalledTimes(1);
    expect(created.mock.calls[0]![0]).toMatchObject({ type: 'popup', url: expect.stringContaining('src/popup/index.html') });

    await fire(T0 + 180 * MINUTE);
    expect(created).toHaveBeenCalledTimes(1);

    // Closed by the user: the next break opens a fresh one.
    await fakeBrowser.windows.remove((await state()).drillWindowId);
    await fire(T0 + 270 * MINUTE);
    expect(created).toHaveBeenCalledTimes(2);
    expect(openPopup).not.toHaveBeenCalled();
  });

  it('falls back to the compact window when the browser refuses the toolbar popup', async () => {
    await install();
    await fakeBrowser.windows.create({ type: 'normal', focused: true });
    const openPopup = vi.spyOn(fakeBrowser.action, 'openPopup').mockRejectedValue(new Error('Could not find an active browser window.'));
    const created = vi.spyOn(fakeBrowser.windows, 'create');
    await fire(T0 + 90 * MINUTE);
    expect(created).toHaveBeenCalledWith(expect.objectContaining({ type: 'popup' }));
    expect(openPopup).toHaveBeenCalledTimes(1);
  });

  it('a repeated alarm keeps the drill already on screen', async () => {
    await install();
    await fire(T0 + 90 * MINUTE);
    expect((await state()).pending).not.toBeNull();
    const first = (await state()).pending;
    await fire(T0 + 180 * MINUTE);
    expect((await state()).pending).toEqual(first);
  });

  it('clicking the notification opens the drill and clears the notification', async () => {
    await install();
    await fire(T0 + 90 * MINUTE);
    expect((await state()).drillWindowId).not.toBeNull();
    await fakeBrowser.windows.remove((await state()).drillWindowId);
    const created = vi.spyOn(fakeBrowser.windows, 'create');
    await fakeBrowser.notifications.onClicked.trigger('break');
    expect(created).toHaveBeenCalledTimes(1);
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });

  it('finishing a break restarts the interval and remembers the drill', async () => {
    await install();
    await fire(T0 + 90 * MINUTE);
    expect((await state()).pending).not.toBeNull();
    const drillId = (await state()).pending.drillId;
    vi.setSystemTime(T0 + 95 * MINUTE);
    await fakeBrowser.runtime.sendMessage({ type: 'finish', outcome: 'done' });
    const s = await state();
    expect(s).toMatchObject({ pending: null, lastResetAt: T0 + 95 * MINUTE, recentDrills: [drillId] });
    expect(await alarm()).toMatchObject({ scheduledTime: T0 + 185 * MINUTE });
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });

  it('start-now puts a different drill on screen without a notification', async () => {
    await install();
    await fakeBrowser.storage.local.set({ state: { ...(await state()), recentDrills: ['wall-slides'] } });
    await fakeBrowser.runtime.sendMessage({ type: 'start-now' });
    expect((await state()).pending.drillId).not.toBe('wall-slides');
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });

  it('a saved settings change reschedules at once', async () => {
    await install();
    vi.setSystemTime(T0 + 10 * MINUTE);
    await fakeBrowser.storage.sync.set({ settings: { version: 1, intervalMinutes: 30, disabledDrills: [] } });
    await vi.waitFor(async () => expect(await alarm()).toMatchObject({ scheduledTime: T0 + 30 * MINUTE, periodInMinutes: 30 }));
  });

  it('ignores messages that are not commands', async () => {
    await install();
    const before = await state();
    await fakeBrowser.runtime.sendMessage({ type: 'finish', outcome: 'sideways' }).catch(() => undefined);
    await fakeBrowser.runtime.sendMessage('hello').catch(() => undefined);
    expect(await state()).toEqual(before);
  });
});
