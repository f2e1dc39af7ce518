import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { DRILL_IDS } from '../../src/core/catalog';
import { MAX_EVENTS } from '../../src/core/history';
import { DEFAULT_SETTINGS, toStored, type Settings } from '../../src/core/settings';
import { freshWorkerEach } from './worker-each';
import { inTimeZone, useTimeZone } from './tz';

// The worker moves a drill's level on each rating, through the real wiring.

useTimeZone('Europe/Berlin');
const t = (hhmm: string, day = '02') => inTimeZone('Europe/Berlin', () => new Date(`2026-03-${day}T${hhmm}`).getTime());
const send = (message: unknown) => fakeBrowser.runtime.sendMessage(message);
const levels = async () => (await fakeBrowser.storage.local.get('levels')).levels as any;

async function install(over: Partial<Settings> = {}) {
  await fakeBrowser.storage.sync.set({ settings: toStored({ ...DEFAULT_SETTINGS, ...over }) });
  await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
}
/** A break started now, done and rated. */
async function doneAndRated(at: number, rating: string) {
  vi.setSystemTime(at);
  await send({ type: 'start-now' });
  const { state } = (await fakeBrowser.storage.local.get('state')) as any;
  await send({ type: 'finish', outcome: 'done', seconds: 30 });
  await send({ type: 'rate', drillId: state.pending.drillId, rating });
  return state.pending.drillId as string;
}

freshWorkerEach(() => t('09:00'));

describe('levels and ratings', () => {
  it('easy twice on a drill moves it a rung up, recorded with the day it moved', async () => {
    await install();
    const drill = await doneAndRated(t('09:10'), 'easy');
    expect((await levels()).drills[drill]).toMatchObject({ streak: { rating: 'easy', count: 1 } });
    // The same drill again the next day: rotation is told only that drill is left.
    await fakeBrowser.storage.sync.set({ settings: toStored({ ...DEFAULT_SETTINGS, disabledDrills: DRILL_IDS.filter((id) => id !== drill) }) });
    expect(await doneAndRated(t('09:10', '03'), 'easy')).toBe(drill);
    const stored = await levels();
    expect(stored.log).toEqual([{ drillId: drill, from: expect.any(Number), to: expect.any(Number), at: t('09:10', '03'), why: 'easy' }]);
    expect(stored.log[0].to).toBe(stored.log[0].from + 1);
  });

  it('with automatic levels off, ratings move nothing', async () => {
    await install({ autoLevels: false });
    const drill = await doneAndRated(t('09:10'), 'easy');
    await doneAndRated(t('11:00'), 'easy');
    expect((await levels())?.drills?.[drill]).toBeUndefined();
  });

  it('"it hurt" keeps the level and takes the drill out, as before', async () => {
    await install();
    const drill = await doneAndRated(t('09:10'), 'pain');
    expect(((await fakeBrowser.storage.sync.get('settings')).settings as Settings).painfulDrills).toEqual([drill]);
    expect((await levels())?.log ?? []).toEqual([]);
  });

  it('survive the history folding: a full history folds on the next break, the level and its streak stay', async () => {
    await install();
    const drill = await doneAndRated(t('09:10'), 'easy');
    const before = await levels();
    // A history at its bound: the next break folds its oldest events into day counts.
    const old = Array.from({ length: MAX_EVENTS }, (_, i) => ({ at: t('08:00', '01') + i, outcome: 'skipped', dueAt: null, shownAt: null, drillId: null, rating: null, seconds: null }));
    const { history } = (await fakeBrowser.storage.local.get('history')) as { history: object[] };
    await fakeBrowser.storage.local.set({ history: [...old, ...history] });
    await fakeBrowser.storage.sync.set({ settings: toStored({ ...DEFAULT_SETTINGS, disabledDrills: DRILL_IDS.filter((id) => id !== drill) }) });
    expect(await doneAndRated(t('09:10', '03'), 'easy')).toBe(drill);
    const stored = await fakeBrowser.storage.local.get(['history', 'historyDays']);
    expect((stored.history as object[]).length).toBe(MAX_EVENTS);
    expect(stored.historyDays).toEqual([expect.objectContaining({ day: '2026-03-01', skipped: expect.any(Number) })]);
    // The streak begun before the fold carried on: the second easy moved the drill up.
    expect((await levels()).drills[drill].rung).toBe(before.drills[drill].rung + 1);
  });
});
