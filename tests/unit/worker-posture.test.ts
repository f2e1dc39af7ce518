import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { DEFAULT_SETTINGS, toStored, type Settings } from '../../src/core/settings';
import { fakeBusy, fakeIdle } from './fake-gaps';
import { fire, history, notes, send, state } from './worker-events';
import { freshWorkerEach } from './worker-each';
import { inTimeZone, useTimeZone } from './tz';

// The posture resets through the worker's real wiring: their alarm, the quiet notification that
// goes by itself, the count kept apart from the drills, the click that opens the reset, and a
// drill that takes the reset's place.

useTimeZone('Europe/Berlin');
const t = (hhmm: string) => inTimeZone('Europe/Berlin', () => new Date(`2026-03-02T${hhmm}`).getTime()); // a Monday

const alarm = (name: string) => fakeBrowser.alarms.get(name);
const popups = async () => (await fakeBrowser.windows.getAll()).filter((w) => w.type === 'popup');
const seen = async () => (await fakeBrowser.storage.local.get('postureSeen')).postureSeen as { days: Record<string, number> } | undefined;
async function install(over: Partial<Settings> = {}) {
  await fakeBrowser.storage.sync.set({ settings: toStored({ ...DEFAULT_SETTINGS, postureResets: true, ...over }) });
  await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
}

freshWorkerEach(() => t('09:00'));

describe('posture resets through the worker', () => {
  it('off by default: no reset alarm is ever set', async () => {
    await install({ postureResets: false });
    expect(await alarm('posture')).toBeUndefined();
    expect(await alarm('break')).toMatchObject({ scheduledTime: t('10:30') });
  });

  it('at its time, a quiet notification with the reset and no window; counted apart from the drills; gone after 20 seconds', async () => {
    await install();
    expect(await alarm('posture')).toMatchObject({ scheduledTime: t('09:30') });
    await fire('posture', t('09:30'));
    expect(notes().posture).toMatchObject({ title: expect.any(String), message: expect.any(String), silent: true });
    expect(notes().posture!.title.length).toBeGreaterThan(0);
    expect(notes().posture!.buttons).toBeUndefined();
    expect(await popups()).toEqual([]);
    expect((await state()).pending).toBeNull();
    expect(await history()).toEqual([]);
    expect(await seen()).toEqual({ days: { '2026-03-02': 1 } });
    expect(await alarm('posture-clear')).toMatchObject({ scheduledTime: t('09:30') + 20_000 });
    expect(await alarm('posture')).toMatchObject({ scheduledTime: t('10:00') });
    await fire('posture-clear', t('09:30') + 20_000);
    expect(notes().posture).toBeUndefined();
    expect(await alarm('posture-clear')).toBeUndefined();
  });

  it('with a sound only when the user chose one', async () => {
    await install({ postureSound: true });
    await fire('posture', t('09:30'));
    expect(notes().posture).toBeDefined();
    expect(notes().posture!.silent).toBeUndefined();
  });

  it('a click shows the reset in the popup, in a compact window', async () => {
    await install();
    await fire('posture', t('09:30'));
    const created = vi.spyOn(fakeBrowser.windows, 'create');
    await fakeBrowser.notifications.onClicked.trigger('posture');
    expect(created).toHaveBeenCalledTimes(1);
    expect(created.mock.calls[0]![0]).toMatchObject({ type: 'popup', url: expect.stringMatching(/src\/popup\/break\.html\?window=1&posture=chin-tucks$/) });
    expect(notes().posture).toBeUndefined();
  });

  it('a click on a reset notification with no reset remembered (another version forgot it) only clears it', async () => {
    await install();
    expect((await state()).posture).toBeNull();
    await fakeBrowser.notifications.create('posture', { type: 'basic', iconUrl: '', title: 'Sit tall', message: '' });
    const created = vi.spyOn(fakeBrowser.windows, 'create');
    await fakeBrowser.notifications.onClicked.trigger('posture');
    expect(created).not.toHaveBeenCalled();
    expect(notes().posture).toBeUndefined();
  });

  it('none in the 10 minutes before the drill; a drill that comes takes the place of a reset still showing', async () => {
    await install({ postureMinutes: 25 });
    await fire('posture', t('09:25'));
    expect(await alarm('posture')).toMatchObject({ scheduledTime: t('09:50') });
    await fire('posture', t('09:50'));
    // 10:15 would be 15 minutes before the 10:30 drill: allowed; 10:40 would be after it.
    await fire('posture', t('10:15'));
    expect(await alarm('posture')).toBeUndefined();
    await fire('break', t('10:30'));
    expect(notes().break).toBeDefined();
    expect(notes().posture).toBeUndefined();
    await send({ type: 'finish', outcome: 'done', seconds: 40 });
    expect(await alarm('posture')).toMatchObject({ scheduledTime: t('10:55') });
    expect(await history()).toMatchObject([{ outcome: 'done' }]);
    expect(await seen()).toEqual({ days: { '2026-03-02': 3 } });
  });

  it('dropped, not queued, while the user is away or presenting', async () => {
    await install();
    vi.setSystemTime(t('09:20'));
    await fakeIdle.set('locked');
    expect(await alarm('posture')).toBeUndefined();
    vi.setSystemTime(t('09:40'));
    await fakeIdle.set('active');
    expect(await alarm('posture')).toMatchObject({ scheduledTime: t('10:10') });
    await fakeBusy.fullscreen(true);
    await fire('posture', t('10:10'));
    expect(notes().posture).toBeUndefined();
    expect(await seen()).toBeUndefined();
    expect((await state()).posture).toEqual({ kind: 'chin-tucks', at: t('10:10'), shown: false });
  });
});
