import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { DEFAULT_SETTINGS, toStored, type Settings } from '../../src/core/settings';
import { fakeBusy, fakeIdle } from './fake-gaps';
import { fire, history, notes, send, state } from './worker-events';
import { freshWorkerEach } from './worker-each';
import { inTimeZone, useTimeZone } from './tz';

// The worker's side of holding breaks: which browser signals it reads, the events and the check
// alarm that end a hold, the quiet notification at the cap, and the meeting from the popup.

useTimeZone('Europe/Berlin');
const t = (hhmm: string) => inTimeZone('Europe/Berlin', () => new Date(`2026-03-02T${hhmm}`).getTime()); // a Monday

const alarm = (name: string) => fakeBrowser.alarms.get(name);
async function install(over: Partial<Settings> = {}) {
  await fakeBrowser.storage.sync.set({ settings: toStored({ ...DEFAULT_SETTINGS, ...over }) });
  await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
}
/** Windows the worker opens for the drill; the full-screen one the test opens is not among them. */
const drillWindows = async () => (await fakeBrowser.windows.getAll()).filter((w) => w.type === 'popup');

freshWorkerEach(() => t('09:00'));

describe('a break due during a full-screen presentation', () => {
  it('waits with no window and no notification, and checks each minute only while it waits', async () => {
    await install();
    await fakeBusy.fullscreen(true);
    expect(await alarm('hold-check')).toBeUndefined();
    await fire('break', t('10:30'));
    expect(await drillWindows()).toEqual([]);
    expect(notes()).toEqual({});
    expect((await state()).pending.waiting).toEqual({ reason: 'fullscreen', since: t('10:30') });
    expect(await alarm('hold-check')).toMatchObject({ scheduledTime: t('10:31'), periodInMinutes: 1 });
  });

  it('comes the moment the window leaves full screen: the drill, the notification, the wait recorded, the check stopped', async () => {
    await install();
    await fakeBusy.fullscreen(true);
    await fire('break', t('10:30'));
    vi.setSystemTime(t('10:47'));
    await fakeBusy.fullscreen(false);
    expect(await drillWindows()).toHaveLength(1);
    expect(notes().break).toMatchObject({ title: 'Time for a desk reset' });
    expect((await state()).pending).toMatchObject({ waiting: null, shownAt: t('10:47') });
    expect(await history()).toMatchObject([{ outcome: 'held', dueAt: t('10:30'), shownAt: t('10:47'), seconds: 17 * 60 }]);
    expect(await alarm('hold-check')).toBeUndefined();
  });

  it('no minute checks while the user is away; their return looks again at once', async () => {
    await install();
    await fakeBusy.fullscreen(true);
    await fire('break', t('10:30'));
    vi.setSystemTime(t('10:32'));
    await fakeIdle.set('locked');
    expect(await alarm('hold-check')).toBeUndefined();
    await fakeBusy.fullscreen(false);
    vi.setSystemTime(t('10:35'));
    await fakeIdle.set('active');
    expect(notes().break).toBeDefined();
  });

  it('where the browser sends no event, the minute check finds the end', async () => {
    await install();
    await fakeBusy.fullscreen(true);
    await fire('break', t('10:30'));
    await fire('hold-check', t('10:31'));
    expect(notes()).toEqual({});
    // Left full screen without a word from the browser (Firefox): the next check shows the break.
    await fakeBrowser.windows.remove((await fakeBrowser.windows.getAll()).find((w) => w.state === 'fullscreen')!.id!);
    await fire('hold-check', t('10:32'));
    expect(notes().break).toBeDefined();
  });

  it('after the longest wait: a quiet notification only, no window over the presentation', async () => {
    await install({ holdCapMinutes: 20 });
    await fakeBusy.fullscreen(true);
    await fire('break', t('10:30'));
    await fire('hold-check', t('10:49'));
    expect(notes()).toEqual({});
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    await fire('hold-check', t('10:50'));
    expect(await drillWindows()).toEqual([]);
    expect(create).toHaveBeenCalledWith('break', expect.objectContaining({ title: 'Your break is ready when you are', silent: true }));
    expect(await history()).toMatchObject([{ outcome: 'held', seconds: 20 * 60 }]);
    expect(await alarm('hold-check')).toBeUndefined();
  });

  it('with the setting off, full screen holds nothing', async () => {
    await install({ holdForFullscreen: false });
    await fakeBusy.fullscreen(true);
    await fire('break', t('10:30'));
    expect(notes().break).toBeDefined();
    expect(await drillWindows()).toHaveLength(1);
  });

  it('no heads-up in the middle of a presentation either', async () => {
    await install({ headsUpMinutes: 2 });
    await fakeBusy.fullscreen(true);
    await fire('heads-up', t('10:28'));
    expect(notes()).toEqual({});
    await fakeBusy.fullscreen(false);
    await fire('heads-up', t('10:28'));
    expect(notes()['heads-up']).toBeDefined();
  });
});

describe('a break due during a call (a tab playing sound)', () => {
  it('is held only when the user asked for it, and comes when the sound stops', async () => {
    await install({ holdForAudio: true });
    await fakeBusy.audible(true);
    await fire('break', t('10:30'));
    expect((await state()).pending.waiting).toMatchObject({ reason: 'audio' });
    vi.setSystemTime(t('10:40'));
    await fakeBusy.audible(false);
    expect(notes().break).toBeDefined();
    expect(await history()).toMatchObject([{ outcome: 'held', seconds: 600 }]);
  });

  it('by default sound holds nothing: music would hold every break', async () => {
    await install();
    await fakeBusy.audible(true);
    await fire('break', t('10:30'));
    expect(notes().break).toBeDefined();
  });

  it('with nothing waiting, other tab changes read nothing, and a change of sound reads only the schedule', async () => {
    await install({ holdForAudio: true });
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await fakeBusy.otherTabChange();
    expect(get).not.toHaveBeenCalled();
    await fakeBusy.audible(true);
    expect(get).toHaveBeenCalledTimes(1);
    expect(set).not.toHaveBeenCalled();
  });
});

describe('"I am in a meeting" from the popup', () => {
  it('holds a break that falls due until the meeting ends, without pausing the schedule', async () => {
    await install();
    vi.setSystemTime(t('10:10'));
    await send({ type: 'meeting', minutes: 30 });
    expect(await state()).toMatchObject({ meetingUntil: t('10:40'), pause: null, nextBreakAt: t('10:30') });
    await fire('break', t('10:30'));
    expect((await state()).pending.waiting).toEqual({ reason: 'meeting', since: t('10:30') });
    // Over at 10:40 as planned: the next check brings the break.
    await fire('hold-check', t('10:40'));
    expect(notes().break).toBeDefined();
    expect(await history()).toMatchObject([{ outcome: 'held', seconds: 600 }]);
  });

  it('ended early from the popup, the break comes at once', async () => {
    await install();
    await send({ type: 'meeting', minutes: 60 });
    await fire('break', t('10:30'));
    vi.setSystemTime(t('10:35'));
    await send({ type: 'meeting', minutes: 0 });
    expect(notes().break).toBeDefined();
    expect((await state()).meetingUntil).toBeNull();
  });

  it('a return from the screen lock during a presentation keeps the break waiting', async () => {
    await install();
    vi.setSystemTime(t('10:29'));
    await fakeIdle.set('locked');
    await fire('break', t('10:30'));
    await fakeBusy.fullscreen(true);
    vi.setSystemTime(t('10:32'));
    await fakeIdle.set('active');
    expect(notes()).toEqual({});
    expect((await state()).pending.waiting).toMatchObject({ reason: 'fullscreen', since: t('10:32') });
  });
});

describe('defaults an organisation sets by policy', () => {
  it('apply where the user chose nothing, a locked one over their choice, and a bad value is named once in the console', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await fakeBrowser.storage.managed.set({ intervalMinutes: 60, idleMinutes: 1000, snoozeCap: 1, locked: ['snoozeCap', 'soundCues'] });
    await fakeBrowser.storage.sync.set({ settings: { version: 6, snoozeCap: 5, intervalMinutes: 45 } });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    // The user's own interval wins over the organisation's default; the lock wins over the user.
    expect(await alarm('break')).toMatchObject({ periodInMinutes: 45 });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toBe('Desk Reset ignored part of the policy set by your organisation: idleMinutes (1000), locked: "soundCues" (not a setting an organisation can lock). The rest applies.');
    await fakeBrowser.runtime.onStartup.trigger();
    expect(warn).toHaveBeenCalledTimes(1);
    await fire('break', t('09:45'));
    // Snooze capped at the organisation's 1: one snooze button, then none.
    expect(notes().break?.buttons).toHaveLength(2);
    await send({ type: 'snooze', minutes: 5 });
    await fire('break', t('09:50'));
    expect(notes().break?.buttons).toHaveLength(1);
  });

  it('a changed policy reschedules at once', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    expect(await alarm('break')).toMatchObject({ periodInMinutes: 90 });
    await fakeBrowser.storage.managed.set({ intervalMinutes: 30 });
    await vi.waitFor(async () => expect(await alarm('break')).toMatchObject({ periodInMinutes: 30, scheduledTime: t('09:30') }));
  });
});

describe('with no break waiting', () => {
  it('a window going full screen and the check alarm change nothing and log no error', async () => {
    await install();
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const before = await state();
      await fakeBusy.fullscreen(true);
      await fakeBusy.fullscreen(false);
      await fire('hold-check', t('09:10'));
      expect(errors).not.toHaveBeenCalled();
      expect(await state()).toEqual(before);
      expect(await drillWindows()).toEqual([]);
    } finally {
      errors.mockRestore();
    }
  });
});
