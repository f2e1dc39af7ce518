import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { DEFAULT_SETTINGS, toStored, type Settings } from '../../src/core/settings';
import { WORKER_LOCK } from '../../src/background/queue';
import { fakeBusy } from './fake-gaps';
import { fire, notes, state } from './worker-events';
import { inTimeZone, useTimeZone } from './tz';

// What wakes the worker when nothing is due: in Chromium every listener the worker has is a
// reason to start it. Tab updates are listened to only while the sound hold is on, and the badge
// alarm comes only when the badge's text changes.

useTimeZone('Europe/Berlin');
const t = (hhmm: string, day = '02') => inTimeZone('Europe/Berlin', () => new Date(`2026-03-${day}T${hhmm}`).getTime()); // Monday 2 March
const MIN = 60_000;

const settle = () => navigator.locks.request(WORKER_LOCK, () => undefined);
const badgeAlarm = async () => (await fakeBrowser.alarms.get('badge'))?.scheduledTime ?? null;
const badge = () => fakeBrowser.action.getBadgeText({});
async function save(over: Partial<Settings>) {
  await fakeBrowser.storage.sync.set({ settings: toStored({ ...DEFAULT_SETTINGS, ...over }) });
  await settle();
}
/** Starts the worker afresh at `at`, as Chrome does for an event, and lets its start-up reads finish. */
async function startWorker(at: number) {
  vi.setSystemTime(at);
  vi.resetModules();
  await import('../../src/background/index');
  await settle();
}
const install = () => fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });

beforeEach(() => void vi.useFakeTimers({ toFake: ['Date'] }));
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('tab updates', () => {
  it('are not listened to with default settings: browsing wakes nothing', async () => {
    await startWorker(t('09:00'));
    await install();
    expect(fakeBusy.tabListeners()).toBe(0);
  });

  it('are listened to once the sound hold is turned on, and no longer once it is off', async () => {
    await startWorker(t('09:00'));
    await install();
    await save({ holdForAudio: true });
    expect(fakeBusy.tabListeners()).toBe(1);
    await save({ holdForAudio: true, intervalMinutes: 60 });
    expect(fakeBusy.tabListeners()).toBe(1);
    await save({ holdForAudio: false });
    expect(fakeBusy.tabListeners()).toBe(0);
  });

  it('a worker started with the sound hold on listens once it has read the settings', async () => {
    await fakeBrowser.storage.sync.set({ settings: toStored({ ...DEFAULT_SETTINGS, holdForAudio: true }) });
    await startWorker(t('09:00'));
    expect(fakeBusy.tabListeners()).toBe(1);
    await install();
    expect(fakeBusy.tabListeners()).toBe(1);
  });

  it('a sound that starts and stops still ends the hold of a break that waits for it', async () => {
    await fakeBrowser.storage.sync.set({ settings: toStored({ ...DEFAULT_SETTINGS, holdForAudio: true }) });
    await startWorker(t('09:00'));
    await install();
    await fakeBusy.audible(true);
    await fire('break', t('10:30'));
    expect((await state()).pending.waiting).toMatchObject({ reason: 'audio' });
    // A worker started since knows nothing of the first one's listener; it reads the settings again.
    await startWorker(t('10:40'));
    await fakeBusy.audible(false);
    expect(notes().break).toBeDefined();
  });
});

describe('the badge alarm', () => {
  it('during working hours, comes exactly when the minutes change', async () => {
    await startWorker(t('09:00'));
    await install();
    vi.setSystemTime(t('09:05') + 30_000);
    await save({ showBadge: true });
    expect(await badge()).toBe('85m');
    expect(await badgeAlarm()).toBe(t('09:06'));
    await fire('badge', t('09:06'));
    expect(await badge()).toBe('84m');
    expect(await badgeAlarm()).toBe(t('09:07'));
  });

  it.each([
    ['an evening', t('19:20')],
    ['a night', t('23:10')],
    ['a Saturday', t('11:10', '07')],
    ['an early morning', t('07:40', '03')],
  ])('outside working hours (%s), not within the next five minutes', async (_when, at) => {
    await fakeBrowser.storage.sync.set({ settings: toStored({ ...DEFAULT_SETTINGS, showBadge: true }) });
    await startWorker(at);
    await install();
    expect(await badge()).toMatch(/h$/);
    expect(await badgeAlarm()).toBeGreaterThan(at + 5 * MIN);
  });

  it('through a whole night wakes the worker only when the hours shown change', async () => {
    await fakeBrowser.storage.sync.set({ settings: toStored({ ...DEFAULT_SETTINGS, showBadge: true }) });
    await startWorker(t('17:00'));
    await install();
    const shown = [await badge()];
    // Bounded, so the old once-a-minute alarm fails here rather than running the night through.
    for (let at = await badgeAlarm(); at !== null && at < t('08:00', '03') && shown.length < 50; at = await badgeAlarm()) {
      await fire('badge', at);
      shown.push(await badge());
    }
    // 17:00 to 08:00 with the next break at 10:30: 17h30 left shows 18h, then one change an hour.
    expect(shown).toEqual(['18h', '17h', '16h', '15h', '14h', '13h', '12h', '11h', '10h', '9h', '8h', '7h', '6h', '5h', '4h', '3h']);
  });
});
