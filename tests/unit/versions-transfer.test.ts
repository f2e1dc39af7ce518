import { describe, expect, it } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { DEFAULT_SETTINGS, toStored } from '../../src/core/settings';
import { buildExport, parseImport, serializeExport } from '../../src/core/transfer';
import { importData, clearHistory } from '../../src/platform/data';
import { loadHistory } from '../../src/platform/history';
import { loadLevels } from '../../src/platform/levels';

// Export and import beside a newer version's history and levels (issue 23, "Versions"). An export
// holds what this version understands, so this version can always read its own file back; what
// only a newer version can read was never in the file, so an import, which replaces the history
// and levels this version understands, keeps it. Clearing the history is the user's wish to forget
// all of it, a newer version's events included.

const NOW = new Date('2026-03-02T10:30:00Z').getTime();
const H = 3_600_000;
const ev = (at: number, outcome: string, drillId: string | null = null, more: object = {}) => ({ at, outcome, dueAt: at, shownAt: at, drillId, rating: null, seconds: 30, ...more });
const HISTORY = [ev(NOW - 5 * H, 'stood'), ev(NOW - 4 * H, 'done', 'kettlebell-halo'), ev(NOW - 3 * H, 'done', 'chin-tucks', { mood: 'calm' }), ev(NOW - 2 * H, 'stood', null, { posture: 'tall' }), 'junk'];
const DAYS = [{ day: '2025-01-01', done: 1, skipped: 0, snoozed: 0, natural: 0, paused: 0, held: 0, stood: 2 }];
const NEWER_MOVE = { drillId: 'kettlebell-halo', from: 0, to: 1, at: NOW - 4 * H, why: 'easy' };
const COACH_MOVE = { drillId: 'band-rows', from: 1, to: 2, at: NOW - 6 * H, why: 'coach' };
const LEVELS = {
  drills: { 'kettlebell-halo': { rung: 1, streak: null, last: null }, 'dead-hang': { rung: 7, streak: null, last: null }, 'band-rows': { rung: 2, streak: null, last: null } },
  log: [COACH_MOVE, NEWER_MOVE],
  plan: { week: 3 },
};

async function seed() {
  await fakeBrowser.storage.sync.set({ settings: toStored({ ...DEFAULT_SETTINGS, safetyAcknowledged: true }) });
  await fakeBrowser.storage.local.set(JSON.parse(JSON.stringify({ history: HISTORY, historyDays: DAYS, levels: LEVELS })));
}
const exported = async () => serializeExport(buildExport(DEFAULT_SETTINGS, await loadHistory(), await loadLevels(), NOW));
const local = async () => fakeBrowser.storage.local.get(['history', 'historyDays', 'levels']);

describe('a newer version\'s history and levels', () => {
  it('export as what this version understands, a file this version reads back', async () => {
    await seed();
    const result = parseImport(await exported(), NOW);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // The newer drill's break counts, with no drill named; the newer outcome, the junk and the extra field are not in the file.
    expect(result.data.history.events).toEqual([
      { ...ev(NOW - 4 * H, 'done'), drillId: null },
      ev(NOW - 3 * H, 'done', 'chin-tucks'),
    ]);
    const { stood: _, ...known } = DAYS[0]!;
    expect(result.data.history.days).toEqual([known]);
    expect(result.data.levels).toEqual({ drills: { 'band-rows': LEVELS.drills['band-rows'] }, log: [] });
  });

  it('survive an import, which replaces only what this version understands, in time order with the file\'s', async () => {
    await seed();
    const file = { settings: DEFAULT_SETTINGS, history: { events: [ev(NOW - 4.5 * H, 'skipped') as any, ev(NOW - H, 'done', 'wall-slides') as any], days: [] }, levels: { drills: { 'chin-tucks': { rung: 0, streak: null, last: null } }, log: [] } };
    expect(await importData(file, NOW)).toBeNull();
    const stored = await local();
    expect(stored.history).toEqual([HISTORY[0], file.history.events[0], HISTORY[3], file.history.events[1]]);
    expect(stored.historyDays).toEqual([{ day: '2025-01-01', done: 0, skipped: 0, snoozed: 0, natural: 0, paused: 0, held: 0, stood: 2 }]);
    expect(stored.levels).toEqual({ drills: { 'kettlebell-halo': LEVELS.drills['kettlebell-halo'], 'dead-hang': LEVELS.drills['dead-hang'], 'chin-tucks': file.levels.drills['chin-tucks'] }, log: [COACH_MOVE, NEWER_MOVE], plan: { week: 3 } });
  });

  it('and the file\'s own days keep a newer outcome\'s count of the same day', async () => {
    await seed();
    const day = { day: '2025-01-01', done: 4, skipped: 0, snoozed: 0, natural: 0, paused: 0, held: 0 };
    expect(await importData({ settings: DEFAULT_SETTINGS, history: { events: [], days: [day] }, levels: null }, NOW)).toBeNull();
    const stored = await local();
    expect(stored.historyDays).toEqual([{ ...day, stood: 2 }]);
    // A file without levels leaves them as stored.
    expect(stored.levels).toEqual(LEVELS);
  });

  it('go with the rest when the user clears the history', async () => {
    await seed();
    await clearHistory(true);
    expect(await local()).toEqual({ history: [], historyDays: [], levels: { drills: {}, log: [] } });
  });
});

describe('posture resets seen', () => {
  it('go with the history when the user clears it, a newer version\u2019s days too; levels stay unless asked', async () => {
    await fakeBrowser.storage.local.set({ postureSeen: { days: { '2026-03-02': 4, 'week-9': 12 }, streak: 3 }, levels: { drills: { 'chin-tucks': 2 }, log: [] } });
    await clearHistory(false);
    const after = await fakeBrowser.storage.local.get(['postureSeen', 'history', 'levels']);
    expect(after).toEqual({ postureSeen: {}, history: [], levels: { drills: { 'chin-tucks': 2 }, log: [] } });
  });
});
