import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { DEFAULT_SETTINGS, toStored, type Settings } from '../../src/core/settings';
import { WORKER_LOCK } from '../../src/background/queue';
import { fakeIdle } from './fake-gaps';
import { history, send, state } from './worker-events';
import { freshWorkerEach } from './worker-each';
import { inTimeZone, useTimeZone } from './tz';

// Issue 23 item 7 through the worker's real wiring: the clock ran three hours fast while the user
// answered a break, then corrected itself. Nothing it stored may push the next break past one
// interval (plus the wait the user chose) from the true now.
useTimeZone('Europe/Berlin');
const t = (hhmm: string, day = '02') => inTimeZone('Europe/Berlin', () => new Date(`2026-03-${day}T${hhmm}`).getTime()); // Monday 2 March

const breakAlarm = async () => (await fakeBrowser.alarms.get('break'))?.scheduledTime ?? null;
const settle = () => navigator.locks.request(WORKER_LOCK, () => undefined);
async function saveSettings(over: Partial<Settings>) {
  await fakeBrowser.storage.sync.set({ settings: toStored({ ...DEFAULT_SETTINGS, safetyAcknowledged: true, ...over }) });
  await settle();
}
/** The clock runs fast from 09:00: it reads 12:00 while the user does `what`, then it is corrected to `back`. */
async function whileFast(what: () => Promise<unknown>, back = t('09:05')) {
  vi.setSystemTime(t('12:00'));
  await what();
  vi.setSystemTime(back);
}

freshWorkerEach(() => t('09:00'));

describe('a clock that ran ahead', () => {
  it('a break finished 3 h fast: after a settings change the next break is one 45-min interval away, not 225 min', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await whileFast(async () => {
      await send({ type: 'start-now' });
      await send({ type: 'finish', outcome: 'done' });
    });
    expect((await state()).lastResetAt).toBe(t('12:00'));
    await saveSettings({ intervalMinutes: 45 });
    expect(await state()).toMatchObject({ lastResetAt: t('09:05'), nextBreakAt: t('09:50') });
    expect(await breakAlarm()).toBe(t('09:50'));
  });

  it('a break shown while fast comes back as a reminder one interval after the true now', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await whileFast(() => send({ type: 'start-now' }));
    await saveSettings({ intervalMinutes: 60 });
    expect(await state()).toMatchObject({ pending: { dueAt: t('09:05'), shownAt: t('09:05') }, nextBreakAt: t('10:05') });
  });

  it('a snooze taken while fast ends no later than the longest snooze from the true now', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await whileFast(async () => {
      await send({ type: 'start-now' });
      await send({ type: 'snooze', minutes: 10 });
    });
    await saveSettings({ snoozeMinutes: [5, 15] });
    expect((await state()).pending.snoozedUntil).toBe(t('09:20'));
    expect(await breakAlarm()).toBe(t('09:20'));
  });

  it('a meeting set while fast ends no later than the longest meeting from the true now', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await whileFast(() => send({ type: 'meeting', minutes: 30 }));
    expect((await state()).meetingUntil).toBe(t('12:30'));
    await saveSettings({ intervalMinutes: 60 });
    expect((await state()).meetingUntil).toBe(t('10:05'));
  });

  it('a one-hour pause taken while fast keeps its length from the true now', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await whileFast(() => send({ type: 'pause', kind: '1h' }));
    await saveSettings({ intervalMinutes: 60 });
    expect(await state()).toMatchObject({ pause: { since: t('09:05'), until: t('10:05') }, nextBreakAt: t('11:05') });
    expect(await breakAlarm()).toBe(t('10:05'));
  });

  it('an absence stamped while fast is dated no later than the event that finds it: the return records it', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await whileFast(() => fakeIdle.set('locked'));
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update' } as any);
    expect((await state()).awaySince).toBe(t('09:05'));
    vi.setSystemTime(t('09:40'));
    await fakeIdle.set('active');
    expect(await history()).toEqual([{ at: t('09:40'), outcome: 'natural', dueAt: null, shownAt: null, drillId: null, rating: null, seconds: null }]);
    expect((await state()).nextBreakAt).toBe(t('11:10'));
  });
});

describe('waits the user chose stay as chosen', () => {
  it('a pause until tomorrow, taken on time, still ends at the start of tomorrow\u2019s work', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    vi.setSystemTime(t('16:00'));
    await send({ type: 'pause', kind: 'tomorrow' });
    vi.setSystemTime(t('16:10'));
    await saveSettings({ intervalMinutes: 60 });
    expect((await state()).pause).toEqual({ since: t('16:00'), until: t('09:00', '03') });
    expect(await breakAlarm()).toBe(t('09:00', '03'));
  });

  it('a 15-minute snooze taken on time keeps its end', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    vi.setSystemTime(t('10:00'));
    await send({ type: 'start-now' });
    await send({ type: 'snooze', minutes: 15 });
    vi.setSystemTime(t('10:01'));
    await saveSettings({ intervalMinutes: 60 });
    expect((await state()).pending.snoozedUntil).toBe(t('10:15'));
    expect(await breakAlarm()).toBe(t('10:15'));
  });
});
