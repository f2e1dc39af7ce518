import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { DEFAULT_SETTINGS, toStored, type Settings } from '../../src/core/settings';
import { WORKER_LOCK } from '../../src/background/queue';
import { fakeIdle } from './fake-gaps';
import { freshWorkerEach } from './worker-each';
import { inTimeZone, useTimeZone } from './tz';

// Issue 12's scheduler defects through the real worker wiring: storage, the queue, the alarms.
useTimeZone('Europe/Berlin');
const t = (hhmm: string, day = '02') => inTimeZone('Europe/Berlin', () => new Date(`2026-03-${day}T${hhmm}`).getTime()); // Monday 2 March

const state = async () => (await fakeBrowser.storage.local.get('state')).state as any;
const history = async () => ((await fakeBrowser.storage.local.get('history')).history ?? []) as any[];
const breakAlarm = async () => (await fakeBrowser.alarms.get('break'))?.scheduledTime ?? null;
const notified = async () => Object.keys(await fakeBrowser.notifications.getAll());
const natural = (at: number, dueAt: number | null = null) => ({ at, outcome: 'natural', dueAt, shownAt: null, drillId: null, rating: null, seconds: null });
/** The break alarm Chrome delivers at `at`, meant for `scheduledTime` (late after sleep or a closed browser). */
async function fire(scheduledTime: number, at: number) {
  vi.setSystemTime(at);
  await fakeBrowser.alarms.onAlarm.trigger({ name: 'break', scheduledTime } as any);
}
const settle = () => navigator.locks.request(WORKER_LOCK, () => undefined);
const settings = (over: Partial<Settings>) => fakeBrowser.storage.sync.set({ settings: toStored({ ...DEFAULT_SETTINGS, safetyAcknowledged: true, ...over }) });

async function installAt(at: number) {
  vi.setSystemTime(at);
  vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue(undefined);
  await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
}

freshWorkerEach(() => t('09:00'));

describe('the worker after sleep, nights and lost events', () => {
  it('a pause that ran out during sleep: the late alarm records the absence since its end, and the next break is an interval on', async () => {
    await installAt(t('09:00'));
    vi.setSystemTime(t('12:10'));
    await fakeBrowser.runtime.sendMessage({ type: 'pause', kind: '1h' });
    expect(await breakAlarm()).toBe(t('13:10'));
    await fire(t('13:10'), t('15:00'));
    expect(await history()).toEqual([natural(t('15:00'))]);
    expect(await state()).toMatchObject({ pause: null, pending: null, lastResetAt: t('15:00'), nextBreakAt: t('16:30') });
    expect(await breakAlarm()).toBe(t('16:30'));
    expect(await notified()).toEqual([]);
  });

  it('locked in the evening, back the next morning: nothing recorded, the timer starts from the return', async () => {
    await installAt(t('16:00')); // 17:30 ends the day, so the first break is tomorrow's
    vi.setSystemTime(t('17:10'));
    await fakeIdle.set('locked');
    vi.setSystemTime(t('09:10', '03'));
    await fakeIdle.set('active');
    expect(await history()).toEqual([]);
    expect(await breakAlarm()).toBe(t('10:40', '03'));
  });

  it('a lost "active" event holds no break: the idle query at the alarm says the user is here', async () => {
    await installAt(t('09:00'));
    await fakeBrowser.storage.local.set({ state: { ...(await state()), awaySince: t('10:00') } });
    await fire(t('10:30'), t('10:30'));
    expect(await notified()).toEqual(['break']);
    expect(await state()).toMatchObject({ awaySince: null, pending: { dueAt: t('10:30'), shownAt: t('10:30'), held: false } });
  });
});

describe('browser start and the alarm it missed arrive in either order', () => {
  it.each([['startup first'], ['alarm first']])('%s: one natural break, no break on screen, the next an interval on', async (order) => {
    await installAt(t('09:00'));
    vi.setSystemTime(t('13:00')); // the browser was closed from before 10:30 until now
    if (order === 'startup first') await fakeBrowser.runtime.onStartup.trigger();
    await fire(t('10:30'), t('13:00'));
    if (order === 'alarm first') await fakeBrowser.runtime.onStartup.trigger();
    expect(await history()).toEqual([natural(t('13:00'), t('10:30'))]);
    expect(await state()).toMatchObject({ pending: null, lastResetAt: t('13:00'), nextBreakAt: t('14:30') });
    expect(await breakAlarm()).toBe(t('14:30'));
    expect(await notified()).toEqual([]);
  });
});

describe('an interval change racing the queued alarm', () => {
  it('the reschedule ran first: the alarm for the old time shows nothing', async () => {
    await installAt(t('09:00'));
    vi.setSystemTime(t('10:29'));
    await settings({ intervalMinutes: 120 });
    await vi.waitFor(async () => expect(await breakAlarm()).toBe(t('11:00')));
    await fire(t('10:30'), t('10:30'));
    expect(await notified()).toEqual([]);
    expect(await state()).toMatchObject({ pending: null, nextBreakAt: t('11:00') });
    expect(await breakAlarm()).toBe(t('11:00'));
  });

  it('the alarm ran first, with the new settings but the old schedule stored: it shows nothing either', async () => {
    await installAt(t('09:00'));
    vi.setSystemTime(t('10:30'));
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const held = navigator.locks.request(WORKER_LOCK, () => gate); // the worker is busy
    const queued = fakeBrowser.alarms.onAlarm.trigger({ name: 'break', scheduledTime: t('10:30') } as any);
    await settings({ intervalMinutes: 120 }); // its reschedule queues behind the alarm
    expect((await state()).nextBreakAt).toBe(t('10:30'));
    open();
    await Promise.all([held, queued]);
    await settle();
    expect(await notified()).toEqual([]);
    expect(await state()).toMatchObject({ pending: null, nextBreakAt: t('11:00') });
    expect(await breakAlarm()).toBe(t('11:00'));
  });
});
