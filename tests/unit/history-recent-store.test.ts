import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { DEFAULT_SETTINGS, toStored } from '../../src/core/settings';
import { readRecent, recentOf, RECENT_KEY } from '../../src/core/history-recent';
import { currentStreakOf, dayCounts } from '../../src/core/today';
import { WORKER_LOCK } from '../../src/background/queue';
import { clearHistory, importData } from '../../src/platform/data';
import { loadHistory, loadRecentHistory, loadStoredHistory } from '../../src/platform/history';
import { onRecentHistoryChanged } from '../../src/platform/live';
import { send } from './worker-events';
import { freshWorkerEach } from './worker-each';
import { inTimeZone, useTimeZone } from './tz';

// Issue 27: the popup draws today's counts and the streak from a small record every writer of the
// history keeps beside it, instead of reading a year of events. Written with the history in each
// of its writers' own writes, written again after an update, and never trusted when not understood.

useTimeZone('Europe/Berlin');
const t = (hhmm: string, day = '02') => inTimeZone('Europe/Berlin', () => new Date(`2026-03-${day}T${hhmm}`).getTime());
const event = (at: number, outcome = 'done', drillId: string | null = 'chin-tucks') => ({ at, outcome, dueAt: at, shownAt: at, drillId, rating: null, seconds: outcome === 'done' ? 30 : null });
const EARLIER = [event(t('09:00', '01')), event(t('10:00', '01'), 'skipped'), event(t('08:00')), event(t('09:00'), 'skipped', 'wall-slides')];
const settle = () => navigator.locks.request(WORKER_LOCK, () => undefined);
const stored = async () => (await fakeBrowser.storage.local.get(RECENT_KEY))[RECENT_KEY];

freshWorkerEach(() => t('09:30'));

async function install(history: unknown[] = EARLIER) {
  await fakeBrowser.storage.sync.set({ settings: toStored({ ...DEFAULT_SETTINGS, safetyAcknowledged: true }) });
  vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue(undefined);
  await fakeBrowser.storage.local.set({ history });
  await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '1.0.0' } as any);
}

/** What the popup shows from the record, against what it would show from the whole history. */
async function popupAgreesWithHistory(now: number) {
  const recent = readRecent(await stored());
  expect(recent).not.toBeNull();
  const full = await loadHistory();
  expect(dayCounts(recent!.events, now)).toEqual(dayCounts(full.events, now));
  expect(currentStreakOf(recent!, now)).toBe(currentStreakOf(full, now));
  return recent!;
}

describe('the recent history beside the history', () => {
  it('is written again after an update, from the history as stored (a version before it wrote none)', async () => {
    await install();
    expect(await stored()).toEqual(recentOf(await loadStoredHistory(), t('09:30')));
    const recent = await popupAgreesWithHistory(t('09:30'));
    expect(dayCounts(recent.events, t('09:30'))).toMatchObject({ done: 1, skipped: 1 });
    expect(currentStreakOf(recent, t('09:30'))).toBe(2);
  });

  it('is written with every break the worker records, and with a rating', async () => {
    await install();
    await send({ type: 'start-now' });
    await settle();
    await send({ type: 'finish', outcome: 'done', seconds: 40 });
    await settle();
    const recent = await popupAgreesWithHistory(t('09:30'));
    expect(dayCounts(recent.events, t('09:30')).done).toBe(2);
    const drill = (await loadHistory()).events.at(-1)!.drillId!;
    expect(recent.lastDone.get(drill)).toBe(t('09:30'));
    await send({ type: 'rate', drillId: drill, rating: 'easy' });
    await settle();
    expect(await stored()).toEqual(recentOf(await loadStoredHistory(), t('09:30')));
  });

  it('is written by an import, and emptied with the history', async () => {
    await install();
    const imported = await importData({ settings: DEFAULT_SETTINGS, history: { events: [event(t('07:00')) as any], days: [] }, levels: null }, t('09:30'));
    expect(imported).toBeNull();
    const recent = await popupAgreesWithHistory(t('09:30'));
    expect(recent.events.map((e) => e.at)).toContain(t('07:00'));
    await clearHistory(false);
    const cleared = await popupAgreesWithHistory(t('09:30'));
    expect(cleared.events).toEqual([]);
    expect(currentStreakOf(cleared, t('09:30'))).toBe(0);
  });

  it('is not trusted when missing or not understood: the popup reads the whole history then', async () => {
    await install();
    for (const raw of [undefined, { events: 'x', doneRun: [], lastDone: {} }]) {
      if (raw === undefined) await fakeBrowser.storage.local.remove(RECENT_KEY);
      else await fakeBrowser.storage.local.set({ [RECENT_KEY]: raw });
      const view = await loadRecentHistory();
      expect(view.events).toEqual((await loadHistory()).events);
      expect(view.lastDone.get('chin-tucks')).toBe(t('08:00'));
    }
  });

  it('tells a page when it changes, with the recent history read again', async () => {
    await install();
    const seen: number[] = [];
    const stop = onRecentHistoryChanged((view) => seen.push(view.events.length));
    await send({ type: 'start-now' });
    await settle();
    await send({ type: 'finish', outcome: 'skipped', seconds: 3 });
    await settle();
    // The two events of yesterday and today within two days, and the skipped break.
    await vi.waitFor(() => expect(seen.at(-1)).toBe(5));
    stop();
  });
});
