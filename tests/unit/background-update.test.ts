import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { DEFAULT_SETTINGS, toStored } from '../../src/core/settings';
import { fakeIdle } from './fake-gaps';
import { history, notes, state } from './worker-events';
import { freshWorkerEach } from './worker-each';
import { inTimeZone, useTimeZone } from './tz';

// Issue 23 items 3 and 4 through the worker's real wiring: an update, or an install over data
// kept from before, is not a browser restart and not a first run.
useTimeZone('Europe/Berlin');
const t = (hhmm: string, day = '02') => inTimeZone('Europe/Berlin', () => new Date(`2026-03-${day}T${hhmm}`).getTime()); // Monday 2 March

const breakAlarm = () => fakeBrowser.alarms.get('break');
const natural = (at: number, dueAt: number | null = null) => ({ at, outcome: 'natural', dueAt, shownAt: null, drillId: null, rating: null, seconds: null });

async function installAt(at: number) {
  vi.setSystemTime(at);
  await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
}
async function updateAt(at: number) {
  vi.setSystemTime(at);
  await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '1.0.0' } as any);
}
/** Every way the worker can put a break in front of the user: a notification, a window, the toolbar popup. */
function watchShows() {
  const windows = vi.spyOn(fakeBrowser.windows, 'create');
  const popup = vi.spyOn(fakeBrowser.action, 'openPopup').mockResolvedValue(undefined);
  return () => ({ notes: Object.keys(notes()), windows: windows.mock.calls.length, popup: popup.mock.calls.length });
}

freshWorkerEach(() => t('09:00'));

describe('an extension update while the browser runs (item 3)', () => {
  it('keeps the absence it found: locked at 10:00, updated at 10:20, back at 10:25 is a natural break, the next at 11:55', async () => {
    await installAt(t('09:00'));
    vi.setSystemTime(t('10:00'));
    await fakeIdle.set('locked');
    await updateAt(t('10:20'));
    expect(await state()).toMatchObject({ awaySince: t('10:00') });
    vi.setSystemTime(t('10:25'));
    await fakeIdle.set('active');
    expect(await history()).toEqual([natural(t('10:25'))]);
    expect(await state()).toMatchObject({ awaySince: null, lastResetAt: t('10:25'), nextBreakAt: t('11:55') });
    expect(await breakAlarm()).toMatchObject({ scheduledTime: t('11:55'), periodInMinutes: 90 });
  });

  it('opens no break over a locked screen: the break due just before the update is held for the return', async () => {
    await installAt(t('09:00'));
    vi.setSystemTime(t('10:28'));
    await fakeIdle.set('locked');
    await fakeBrowser.alarms.clearAll(); // the update replaced the worker before the 10:30 alarm came
    const shows = watchShows();
    await updateAt(t('10:31'));
    expect(shows()).toEqual({ notes: [], windows: 0, popup: 0 });
    expect(await state()).toMatchObject({ awaySince: t('10:28'), pending: { dueAt: t('10:30'), held: true } });
    // Back soon: the held break comes now, as it would have without the update.
    vi.setSystemTime(t('10:32'));
    await fakeIdle.set('active');
    expect(shows().notes).toEqual(['break']);
  });

  it('asks the idle state: an absence whose return went unreported ends at the update', async () => {
    await installAt(t('09:00'));
    vi.setSystemTime(t('10:00'));
    await fakeIdle.set('locked');
    // The user came back at 10:10 but the worker never heard of it; the update asks.
    await setIdleQuietly('active');
    await updateAt(t('10:20'));
    expect(await history()).toEqual([natural(t('10:20'))]);
    expect(await state()).toMatchObject({ awaySince: null, lastResetAt: t('10:20'), nextBreakAt: t('11:50') });
  });

  it('at the desk, a break due at the update comes as the alarm would have brought it', async () => {
    await installAt(t('09:00'));
    await fakeBrowser.alarms.clearAll();
    const shows = watchShows();
    await updateAt(t('10:31'));
    expect(shows().notes).toEqual(['break']);
    expect(await state()).toMatchObject({ pending: { dueAt: t('10:30'), shownAt: t('10:31'), held: false } });
  });

  it('leaves a break on screen where it is (no stale-break reset as after a browser start)', async () => {
    await installAt(t('09:00'));
    vi.setSystemTime(t('10:30'));
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'break', scheduledTime: t('10:30') } as any);
    const before = await state();
    await updateAt(t('10:50'));
    expect(await state()).toMatchObject({ lastResetAt: before.lastResetAt, pending: before.pending, nextBreakAt: t('12:00') });
    expect(await history()).toEqual([]);
  });
});

describe('a browser start (item 3)', () => {
  it('asks the idle state too: a break that fell due while the browser was closed is not opened over a locked screen', async () => {
    await installAt(t('09:00'));
    await fakeBrowser.alarms.clearAll();
    await setIdleQuietly('locked'); // the browser starts on its own behind the lock screen
    const shows = watchShows();
    vi.setSystemTime(t('10:31'));
    await fakeBrowser.runtime.onStartup.trigger();
    expect(shows()).toEqual({ notes: [], windows: 0, popup: 0 });
    expect(await state()).toMatchObject({ pending: { dueAt: t('10:30'), held: true } });
    expect((await state()).awaySince).not.toBeNull();
  });

  it('still settles the closed browser as an absence when the user starts it: one natural break, nothing on screen', async () => {
    await installAt(t('09:00'));
    await fakeBrowser.alarms.clearAll();
    const shows = watchShows();
    vi.setSystemTime(t('13:00'));
    await fakeBrowser.runtime.onStartup.trigger();
    expect(await history()).toEqual([natural(t('13:00'), t('10:30'))]);
    expect(shows()).toEqual({ notes: [], windows: 0, popup: 0 });
    expect(await state()).toMatchObject({ awaySince: null, pending: null, nextBreakAt: t('14:30') });
  });

  it('behind a locked screen, the closed browser and the lock are one absence: the return records it once', async () => {
    await installAt(t('09:00'));
    await fakeBrowser.alarms.clearAll();
    await setIdleQuietly('locked');
    vi.setSystemTime(t('13:00'));
    await fakeBrowser.runtime.onStartup.trigger();
    vi.setSystemTime(t('13:20'));
    await fakeIdle.set('active');
    // The break due while it was closed was held for the return, which records it once.
    expect(await history()).toEqual([natural(t('13:20'), t('10:30'))]);
    expect(await state()).toMatchObject({ awaySince: null, pending: null, lastResetAt: t('13:20'), nextBreakAt: t('14:50') });
  });
});

describe('an install that finds data kept from before (item 4)', () => {
  const kept = () => ({
    lastResetAt: t('09:00'),
    nextBreakAt: t('12:05'),
    pending: { drillId: 'chin-tucks', dueAt: t('10:30'), shownAt: t('10:35'), snoozedUntil: null, held: false, swapped: [], waiting: null },
    snoozesInRow: 0,
    pause: null,
    meetingUntil: null,
    awaySince: null,
    recentDrills: ['wall-angels'],
    drillWindowId: null,
  });

  it('opens no welcome, keeps its progress, and restarts no timer', async () => {
    const welcome = { step: 'hours', finishedAt: null };
    await fakeBrowser.storage.local.set({ state: kept(), welcome });
    const openTab = vi.spyOn(fakeBrowser.tabs, 'create');
    await installAt(t('10:45'));
    expect(openTab).not.toHaveBeenCalled();
    expect((await fakeBrowser.storage.local.get('welcome')).welcome).toEqual(welcome);
    expect(await state()).toMatchObject({ lastResetAt: t('09:00'), pending: kept().pending, nextBreakAt: t('12:05') });
    expect(await breakAlarm()).toMatchObject({ scheduledTime: t('12:05') });
    expect(await history()).toEqual([]);
  });

  it.each([
    ['the schedule', () => fakeBrowser.storage.local.set({ state: kept() })],
    ['the welcome, finished', () => fakeBrowser.storage.local.set({ welcome: { step: 'ready', finishedAt: t('08:00') } })],
    ['settings in sync', () => fakeBrowser.storage.sync.set({ settings: toStored({ ...DEFAULT_SETTINGS, intervalMinutes: 60 }) })],
  ])('finding %s alone is enough to open no welcome', async (_, seed) => {
    await seed();
    const openTab = vi.spyOn(fakeBrowser.tabs, 'create');
    await installAt(t('10:45'));
    expect(openTab).not.toHaveBeenCalled();
  });

  it('an empty profile is a first install: the welcome at its first step, the timer from now', async () => {
    const openTab = vi.spyOn(fakeBrowser.tabs, 'create');
    await installAt(t('09:00'));
    expect(openTab).toHaveBeenCalledTimes(1);
    expect((await fakeBrowser.storage.local.get('welcome')).welcome).toEqual({ step: 'safety', finishedAt: null });
    expect(await state()).toMatchObject({ lastResetAt: t('09:00'), nextBreakAt: t('10:30') });
  });
});

/** The idle state changes without the browser telling the worker (a lost event, or before the worker listens). */
async function setIdleQuietly(idle: 'active' | 'idle' | 'locked') {
  const listeners = fakeBrowser.idle.onStateChanged as unknown as { trigger: (s: string) => Promise<void> };
  const trigger = listeners.trigger;
  listeners.trigger = async () => undefined;
  try {
    await fakeIdle.set(idle);
  } finally {
    listeners.trigger = trigger;
  }
}
