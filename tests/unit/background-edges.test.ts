import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { DRILL_IDS } from '../../src/core/catalog/ids';
import { DEFAULT_SETTINGS, toStored, type Settings } from '../../src/core/settings';
import { initialState, type State } from '../../src/core/state';
import { WORKER_LOCK } from '../../src/background/queue';
import { openDrill, present, warnAhead } from '../../src/background/present';
import { drillName } from '../english';
import { fakeIdle, pressShortcut } from './fake-gaps';
import { freshWorkerEach } from './worker-each';
import { inTimeZone, useTimeZone } from './tz';

// The worker's less travelled paths: routines, the heads-up's conditions, the badge alarm, clicks
// on notifications that are not the break's, ratings, and what a failing handler leaves behind.
useTimeZone('Europe/Berlin');
const t = (hhmm: string, day = '02') => inTimeZone('Europe/Berlin', () => new Date(`2026-03-${day}T${hhmm}`).getTime()); // Monday 2 March
const MIN = 60_000;

const state = async () => (await fakeBrowser.storage.local.get('state')).state as State;
const history = async () => ((await fakeBrowser.storage.local.get('history')).history ?? []) as any[];
const alarmAt = async (name: string) => (await fakeBrowser.alarms.get(name))?.scheduledTime ?? null;
const notes = () => fakeBrowser.notifications.getAllCreateOptions();
const settle = () => navigator.locks.request(WORKER_LOCK, () => undefined);
const send = (message: unknown) => fakeBrowser.runtime.sendMessage(message);
async function save(over: Partial<Settings>) {
  await fakeBrowser.storage.sync.set({ settings: toStored({ ...DEFAULT_SETTINGS, safetyAcknowledged: true, ...over }) });
  await settle();
}
async function fire(name: string, at: number) {
  vi.setSystemTime(at);
  await fakeBrowser.alarms.onAlarm.trigger({ name, scheduledTime: (await alarmAt(name)) ?? at } as any);
}
async function install() {
  await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
}
/** A break on screen, its notification shown and no drill window open. */
async function breakOnScreen() {
  await install();
  await fire('break', t('10:30'));
  const { drillWindowId } = await state();
  if (drillWindowId !== null) await fakeBrowser.windows.remove(drillWindowId);
}

freshWorkerEach(() => t('09:00'));

describe('routines', () => {
  it('its alarm names the routine, its length and its drills, and sets the next day', async () => {
    await save({ morningRoutine: true, morningTime: '08:30', equipment: ['wall', 'doorway', 'chair', 'band', 'anchored-band'] });
    await install();
    expect(await alarmAt('routine-morning')).toBe(t('08:30', '03'));
    expect(await alarmAt('routine-evening')).toBeNull();
    await fire('routine-morning', t('08:30', '03'));
    const note = notes()['routine-morning']!;
    expect(note.title).toBe('Morning mobility · about 5 min');
    const names = note.message.split(', ');
    expect(names.length).toBeGreaterThanOrEqual(2);
    for (const name of names) expect(DRILL_IDS.map(drillName)).toContain(name);
    expect(await alarmAt('routine-morning')).toBe(t('08:30', '04'));
  });

  it('says nothing when no drill of the routine fits the equipment and places', async () => {
    await save({ eveningRoutine: true, eveningTime: '18:00', equipment: [], spaces: ['desk'] });
    await install();
    await fire('routine-evening', t('18:00'));
    expect(notes()['routine-evening']).toBeUndefined();
  });

  it('a click on its notification clears it and opens the routine in a compact window', async () => {
    await save({ eveningRoutine: true });
    await install();
    await fire('routine-evening', t('18:00'));
    const created = vi.spyOn(fakeBrowser.windows, 'create');
    await fakeBrowser.notifications.onClicked.trigger('routine-evening');
    expect(created).toHaveBeenCalledTimes(1);
    expect(created.mock.calls[0]![0]).toMatchObject({ type: 'popup', url: expect.stringMatching(/src\/popup\/break\.html\?window=1&routine=evening$/) });
    expect(notes()['routine-evening']).toBeUndefined();
  });
});

describe('clicks on other notifications', () => {
  it('a click on the heads-up, or a button of it, neither opens nor changes the break', async () => {
    await breakOnScreen();
    const before = await state();
    const created = vi.spyOn(fakeBrowser.windows, 'create');
    await fakeBrowser.notifications.onClicked.trigger('heads-up');
    await fakeBrowser.notifications.onButtonClicked.trigger('heads-up', 1);
    expect(created).not.toHaveBeenCalled();
    expect(await state()).toEqual(before);
    expect(notes().break).toBeDefined();
  });

  it('a button the break notification does not have does nothing', async () => {
    await breakOnScreen();
    const before = await state();
    const created = vi.spyOn(fakeBrowser.windows, 'create');
    await fakeBrowser.notifications.onButtonClicked.trigger('break', 2);
    expect(created).not.toHaveBeenCalled();
    expect(await state()).toEqual(before);
  });

  it('Start opens the drill without snoozing it; Snooze snoozes without opening it', async () => {
    await breakOnScreen();
    const created = vi.spyOn(fakeBrowser.windows, 'create');
    await fakeBrowser.notifications.onButtonClicked.trigger('break', 0);
    expect(created).toHaveBeenCalledTimes(1);
    expect((await state()).pending).toMatchObject({ snoozedUntil: null });
    await fakeBrowser.windows.remove((await state()).drillWindowId!);
    created.mockClear();
    await fakeBrowser.notifications.onButtonClicked.trigger('break', 1);
    expect(created).not.toHaveBeenCalled();
    expect((await state()).pending).toMatchObject({ snoozedUntil: t('10:35') });
  });

  it('a shortcut other than the break shortcut does nothing', async () => {
    await install();
    await pressShortcut('_execute_action');
    await settle();
    expect((await state()).pending).toBeNull();
  });
});

describe('ratings', () => {
  it('"right" is stored with the drill and keeps it in rotation', async () => {
    await save({});
    await breakOnScreen();
    const drillId = (await state()).pending!.drillId!;
    await send({ type: 'finish', outcome: 'done', seconds: 30 });
    await send({ type: 'rate', drillId, rating: 'right' });
    expect((await history()).at(-1)).toMatchObject({ drillId, rating: 'right' });
    expect(((await fakeBrowser.storage.sync.get('settings')).settings as Settings).painfulDrills).toEqual([]);
  });
});

describe('badge and heads-up alarms', () => {
  it('the badge alarm runs a minute ahead only while a countdown shows: badge on, no pause, a next break', async () => {
    await install();
    expect(await alarmAt('badge')).toBeNull();
    vi.setSystemTime(t('09:05'));
    await save({ showBadge: true });
    expect(await alarmAt('badge')).toBe(t('09:06'));
    await send({ type: 'pause', kind: '30m' });
    expect(await alarmAt('badge')).toBeNull();
    await send({ type: 'resume' });
    expect(await alarmAt('badge')).toBe(t('09:06'));
    // An interval longer than the working day, as a file or another version may store: no break comes.
    await save({ showBadge: true, intervalMinutes: 120, workHours: [{ start: '09:00', end: '10:00' }] });
    expect((await state()).nextBreakAt).toBeNull();
    expect(await alarmAt('badge')).toBeNull();
  });

  it('a reschedule keeps a heads-up on screen; a break or a pause clears it', async () => {
    await install();
    await save({ headsUpMinutes: 2 });
    await fire('heads-up', t('10:28'));
    expect(notes()['heads-up']).toBeDefined();
    await save({ headsUpMinutes: 2, idleMinutes: 7 });
    expect(notes()['heads-up']).toBeDefined();
    await send({ type: 'pause', kind: '30m' });
    expect(notes()['heads-up']).toBeUndefined();
  });

  it('the heads-up warns only of a break still ahead, with nothing pending and no pause', async () => {
    const now = t('10:00');
    const ahead = { ...initialState(now), nextBreakAt: now + 2 * MIN };
    const warned = async (s: State) => {
      await fakeBrowser.notifications.clear('heads-up');
      await warnAhead(s, now);
      return notes()['heads-up'] ?? null;
    };
    expect(await warned(ahead)).toMatchObject({ title: 'Desk reset in 2 min', message: 'Finish your thought: a one-minute drill is coming up.' });
    expect(await warned({ ...ahead, nextBreakAt: now + 20_000 })).toMatchObject({ title: 'Desk reset in 1 min' });
    expect(await warned({ ...ahead, nextBreakAt: now })).toBeNull();
    expect(await warned({ ...ahead, nextBreakAt: now - MIN })).toBeNull();
    expect(await warned({ ...ahead, nextBreakAt: null })).toBeNull();
    expect(await warned({ ...ahead, pause: { until: null } } as State)).toBeNull();
    expect(await warned({ ...ahead, pending: { drillId: 'chin-tucks', dueAt: now, shownAt: now, snoozedUntil: null, held: false, swapped: [], waiting: null } })).toBeNull();
  });
});

describe('the toolbar popup', () => {
  it('opens on the break view while a break is on screen, and on the plain popup otherwise', async () => {
    await install();
    expect(await fakeBrowser.action.getPopup({})).toBe('src/popup/index.html');
    await fire('break', t('10:30'));
    expect(await fakeBrowser.action.getPopup({})).toBe('src/popup/break.html');
    await send({ type: 'snooze', minutes: 5 });
    expect(await fakeBrowser.action.getPopup({})).toBe('src/popup/index.html');
    await fire('break', t('10:35'));
    expect(await fakeBrowser.action.getPopup({})).toBe('src/popup/break.html');
    await send({ type: 'finish', outcome: 'done', seconds: 30 });
    expect(await fakeBrowser.action.getPopup({})).toBe('src/popup/index.html');
  });

  it('the compact drill window opens on the break view', async () => {
    await install();
    const created = vi.spyOn(fakeBrowser.windows, 'create');
    await fire('break', t('10:30'));
    expect(created.mock.calls[0]![0]).toMatchObject({ type: 'popup', url: expect.stringMatching(/src\/popup\/break\.html\?window=1$/) });
  });

  it('asks for the drill window before the notification, and still notifies when the window fails', async () => {
    await install();
    const created = vi.spyOn(fakeBrowser.windows, 'create');
    const notified = vi.spyOn(fakeBrowser.notifications, 'create');
    await fire('break', t('10:30'));
    expect(created.mock.invocationCallOrder[0]).toBeLessThan(notified.mock.invocationCallOrder[0]!);
    await send({ type: 'finish', outcome: 'skipped', seconds: 0 });
    created.mockRejectedValueOnce(new Error('no window'));
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await fire('break', t('12:00'));
    expect(notified).toHaveBeenCalledTimes(2);
    expect(Object.keys(await notes())).toContain('break');
  });
});

describe('writes the worker leaves out', () => {
  it('a reschedule after a settings change records nothing and puts nothing new on screen', async () => {
    await breakOnScreen();
    await fakeBrowser.notifications.clear('break');
    const events = await history();
    const created = vi.spyOn(fakeBrowser.windows, 'create');
    await save({ intervalMinutes: 60 });
    expect(await history()).toEqual(events);
    expect(notes().break).toBeUndefined();
    expect(created).not.toHaveBeenCalled();
  });

  it('an event that records nothing does not write the history', async () => {
    await install();
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await save({ intervalMinutes: 60 });
    expect(set.mock.calls.flatMap(([items]) => Object.keys(items as object))).not.toContain('history');
  });

  it('present without a pending break, and opening the drill window already open, write nothing', async () => {
    const now = t('10:00');
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await present(initialState(now), DEFAULT_SETTINGS);
    expect(notes()).toEqual({});
    const win = await fakeBrowser.windows.create({ type: 'popup' });
    await openDrill({ ...initialState(now), drillWindowId: win!.id! });
    expect(set).not.toHaveBeenCalled();
  });
});

describe('a failing handler', () => {
  it('is reported in the console under the event it handled', async () => {
    await install();
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('disk gone'));
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update' } as any);
    await fakeBrowser.runtime.onStartup.trigger();
    await fakeIdle.set('locked');
    await fakeBrowser.notifications.onClicked.trigger('break');
    await fakeBrowser.notifications.onButtonClicked.trigger('break', 0);
    await pressShortcut('start-break');
    await fakeBrowser.storage.sync.set({ settings: toStored({ ...DEFAULT_SETTINGS, intervalMinutes: 60 }) });
    await settle();
    expect(errors.mock.calls.map(([text]) => text)).toEqual([
      'Desk Reset: install failed.',
      'Desk Reset: startup failed.',
      'Desk Reset: idle failed.',
      'Desk Reset: notification failed.',
      'Desk Reset: notification failed.',
      'Desk Reset: shortcut failed.',
      'Desk Reset: settings failed.',
    ]);
  });

  it('an unhandled rejection anywhere in the worker is logged', () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const event = Object.assign(new Event('unhandledrejection'), { reason: 'lost' });
    self.dispatchEvent(event);
    expect(errors).toHaveBeenCalledWith('Desk Reset: unhandled rejection.', 'lost');
  });
});
