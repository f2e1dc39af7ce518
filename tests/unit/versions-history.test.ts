import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { DEFAULT_SETTINGS, toStored } from '../../src/core/settings';
import { totals } from '../../src/core/stats';
import { journeyAt, levelProgress } from '../../src/core/journey';
import { rate } from '../../src/background/ratings';
import { appendHistory, loadHistory } from '../../src/platform/history';
import { ladderOf } from '../../src/core/levels';
import { loadLevels, rateDrillLevel, setDrillLevel } from '../../src/platform/levels';
import { useTimeZone, inTimeZone } from './tz';

// Issue 23, "Versions": stored history, day counts and levels as every earlier version wrote them
// (see `git log -p --follow src/core/history.ts src/core/levels.ts`) and as a made-up newer one
// would. Reading writes nothing back; one write (a break recorded, a drill rated, a level set by
// hand) changes only what it meant to, and what this version does not know comes back byte for
// byte.

useTimeZone('Europe/Berlin');
const t = (iso: string) => inTimeZone('Europe/Berlin', () => new Date(iso).getTime());
const NOW = t('2027-03-02T10:00');
const DAY = 86_400_000;

type Stored = Record<string, unknown>;
const at = (day: number, hour = 10) => NOW - day * DAY + (hour - 10) * 3_600_000;
/** The first events (cd9d431): no rating, no seconds, five outcomes. */
const v1 = (day: number, outcome: string, drillId: string | null = null) => ({ at: at(day), outcome, dueAt: at(day), shownAt: outcome === 'natural' ? null : at(day), drillId });
/** Ratings (34f1a17). */
const v2 = (day: number, outcome: string, drillId: string | null = null, rating: string | null = null) => ({ ...v1(day, outcome, drillId), rating });
/** Seconds spent (d71a8b2) and, later, 'held' (7ace1a8): every field of today's events. */
const v3 = (day: number, outcome: string, drillId: string | null = null, rating: string | null = null, seconds: number | null = null) => ({ ...v2(day, outcome, drillId, rating), seconds });

const LEVEL = { rung: 2, streak: null, last: { from: 1, to: 2, at: at(3), why: 'easy' } };
const MOVE = { drillId: 'band-rows', from: 1, to: 2, at: at(3), why: 'easy' };

interface Version {
  name: string;
  local: Stored;
  /** Breaks this version can count, and a drill done in it (unrated) that a rating attaches to. */
  counted: { events: number; done: number };
}

const VERSIONS: Version[] = [
  { name: 'first (events only, no ratings)', local: { history: [v1(2, 'done', 'chin-tucks'), v1(2, 'skipped'), v1(1, 'natural'), v1(1, 'paused')] }, counted: { events: 4, done: 1 } },
  { name: 'with ratings', local: { history: [v2(2, 'done', 'chin-tucks', 'easy'), v2(1, 'done', 'chin-tucks'), v2(1, 'snoozed')] }, counted: { events: 3, done: 2 } },
  { name: 'with seconds', local: { history: [v3(2, 'done', 'wall-slides', 'hard', 40), v3(1, 'done', 'chin-tucks', null, 30)] }, counted: { events: 2, done: 2 } },
  {
    name: 'with day counts (before held)',
    local: { history: [v3(1, 'done', 'chin-tucks', null, 30)], historyDays: [{ day: '2025-11-01', done: 2, skipped: 1, snoozed: 0, natural: 0, paused: 0 }] },
    counted: { events: 1, done: 3 },
  },
  {
    name: 'with held breaks',
    local: { history: [v3(2, 'held', null, null, 600), v3(1, 'done', 'chin-tucks', null, 30)], historyDays: [{ day: '2025-11-01', done: 1, skipped: 0, snoozed: 0, natural: 0, paused: 0, held: 2 }] },
    counted: { events: 2, done: 2 },
  },
  {
    name: 'with levels (this one)',
    local: { history: [v3(1, 'done', 'chin-tucks', null, 30)], historyDays: [], levels: { drills: { 'band-rows': LEVEL }, log: [MOVE] } },
    counted: { events: 1, done: 1 },
  },
  {
    name: 'a newer one',
    local: {
      history: [
        { ...v3(3, 'stood', null, null, 120), posture: 'tall' },
        v3(2, 'done', 'kettlebell-halo', 'meh', 45),
        { ...v3(2, 'done', 'wall-slides', 'easy', 40), mood: 'calm' },
        v3(1, 'done', 'chin-tucks', null, 30),
        v3(1, 'stood', null, null, 90),
      ],
      historyDays: [{ day: '2025-11-01', done: 1, skipped: 0, snoozed: 0, natural: 0, paused: 0, held: 0, stood: 3, walked: 1 }],
      levels: {
        drills: {
          'band-rows': { ...LEVEL, note: 'from the coach' },
          'kettlebell-halo': { rung: 1, streak: null, last: null },
          'dead-hang': { rung: 7, streak: null, last: null },
          'chin-tucks': { rung: 2, streak: null, last: { from: 1, to: 2, at: at(3), why: 'coach' } },
        },
        log: [MOVE, { drillId: 'chin-tucks', from: 1, to: 2, at: at(3), why: 'coach' }, { drillId: 'kettlebell-halo', from: 0, to: 1, at: at(2), why: 'easy' }],
        plan: { week: 3 },
      },
    },
    counted: { events: 3, done: 4 },
  },
];

const copy = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
const json = (x: unknown) => JSON.stringify(x);
const local = async (key: string) => (await fakeBrowser.storage.local.get(key))[key];
const BREAK = { at: NOW, outcome: 'done' as const, dueAt: NOW, shownAt: NOW, drillId: 'band-rows' as const, rating: null, seconds: 35 };

async function seed(version: Version): Promise<void> {
  await fakeBrowser.storage.sync.set({ settings: toStored({ ...DEFAULT_SETTINGS, safetyAcknowledged: true }) });
  await fakeBrowser.storage.local.set(copy(version.local));
}

afterEach(() => void vi.restoreAllMocks());

describe.each(VERSIONS)('history and levels from the $name version', (version) => {
  it('are read without a write; this version counts what it knows', async () => {
    await seed(version);
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    const history = await loadHistory();
    const levels = await loadLevels();
    expect(set).not.toHaveBeenCalled();
    for (const [key, value] of Object.entries(version.local)) expect(json(await local(key)), key).toBe(json(value));
    expect(history.events).toHaveLength(version.counted.events);
    expect(totals(history).done).toBe(version.counted.done);
    expect(journeyAt(history, NOW)).not.toBeNull();
    // Every drill levelProgress names is one this version has, on its ladder.
    for (const drill of levelProgress(levels).drills) expect(drill.current).toBeLessThan(drill.rungs);
  });

  it('a break recorded keeps every stored entry, in its place, byte for byte', async () => {
    await seed(version);
    await appendHistory([BREAK], NOW);
    expect(json(await local('history'))).toBe(json([...(version.local.history as unknown[]), BREAK]));
    expect(json(await local('historyDays'))).toBe(json(version.local.historyDays));
    expect(json(await local('levels'))).toBe(json(version.local.levels));
  });

  it('a rating attaches to the latest unrated run of its drill and changes nothing else', async () => {
    await seed(version);
    await rate('chin-tucks', 'easy', NOW);
    const before = version.local.history as Stored[];
    const i = before.findLastIndex((e) => e.outcome === 'done' && e.drillId === 'chin-tucks' && (e.rating ?? null) === null);
    expect(i).toBeGreaterThanOrEqual(0);
    expect(json(await local('history'))).toBe(json(before.map((e, j) => (j === i ? { ...e, rating: 'easy' } : e))));
    expect(json(await local('historyDays'))).toBe(json(version.local.historyDays));
    // The level's run of ratings begins; every other drill, move and field stays as stored.
    const stored = (await local('levels')) as { drills: Stored; log: unknown[] };
    const was = (version.local.levels ?? { drills: {}, log: [] }) as { drills: Stored; log: unknown[] };
    const { 'chin-tucks': chin, ...others } = stored.drills;
    const { 'chin-tucks': chinWas, ...othersWere } = was.drills;
    expect(json(others)).toBe(json(othersWere));
    expect(json(stored.log)).toBe(json(was.log));
    expect(json({ ...stored, drills: undefined, log: undefined })).toBe(json({ ...was, drills: undefined, log: undefined }));
    const streak = { rating: 'easy', count: 1 };
    if (chinWas) expect(json(chin)).toBe(json({ ...(chinWas as Stored), streak }));
    else expect(chin).toEqual({ rung: ladderOf('chin-tucks')!.start, streak, last: null });
  });

  it('a level set by hand adds its move and writes over only that drill\'s changed fields', async () => {
    await seed(version);
    await setDrillLevel('band-rows', 3, NOW);
    const stored = (await local('levels')) as { drills: Stored; log: unknown[] };
    const was = (version.local.levels ?? { drills: {}, log: [] }) as { drills: Stored; log: unknown[] };
    const { 'band-rows': rows, ...others } = stored.drills;
    const { 'band-rows': rowsWere, ...othersWere } = was.drills;
    expect(json(others)).toBe(json(othersWere));
    const from = (rowsWere as { rung: number } | undefined)?.rung ?? ladderOf('band-rows')!.start;
    const move = { from, to: 3, at: NOW, why: 'manual' };
    expect(json(rows)).toBe(json({ ...((rowsWere as Stored | undefined) ?? {}), rung: 3, streak: null, last: move }));
    expect(json(stored.log)).toBe(json([...was.log, { drillId: 'band-rows', ...move }]));
    expect(json(await local('history'))).toBe(json(version.local.history));
  });
});

describe('a newer version\'s entries through the writes that change them', () => {
  it('folding old history counts a newer outcome under its own name, in the day that already has its counts', async () => {
    const old = t('2025-11-01T09:00');
    const history = [v3(0, 'done'), { ...v3(0, 'stood'), at: old }, { ...v3(0, 'done', 'kettlebell-halo'), at: old + 1000, mood: 'calm' }, { ...v3(0, 'natural'), at: NOW - 1000 }];
    const historyDays = [{ day: '2025-11-01', done: 1, skipped: 0, snoozed: 0, natural: 0, paused: 0, held: 0, stood: 3, walked: 1 }];
    await fakeBrowser.storage.local.set(copy({ history, historyDays }));
    await appendHistory([BREAK], NOW);
    expect(json(await local('history'))).toBe(json([history[0], history[3], BREAK]));
    expect(await local('historyDays')).toEqual([{ ...historyDays[0], done: 2, stood: 4 }]);
  });

  it('a level rated twice easy moves up and keeps its own fields; a level this version cannot read is never written over', async () => {
    const levels = { drills: { 'dead-hang': { rung: 7, streak: { rating: 'easy', count: 1 }, last: null }, 'band-rows': { rung: 1, streak: { rating: 'easy', count: 1 }, last: { from: 0, to: 1, at: NOW - 2 * DAY, why: 'coach' }, note: 'x' } }, log: [] };
    await fakeBrowser.storage.local.set(copy({ levels }));
    await rateDrillLevel('dead-hang', 'easy', NOW, true);
    await rateDrillLevel('band-rows', 'easy', NOW, true);
    const stored = (await local('levels')) as { drills: Stored; log: unknown[] };
    expect(json(stored.drills['dead-hang'])).toBe(json(levels.drills['dead-hang']));
    expect(json(stored.drills['band-rows'])).toBe(json({ rung: 2, streak: null, last: { from: 1, to: 2, at: NOW, why: 'easy' }, note: 'x' }));
    expect(stored.log).toEqual([{ drillId: 'band-rows', from: 1, to: 2, at: NOW, why: 'easy' }]);
  });
});

describe('entries no version could have written', () => {
  it('are left out of the view, reported once, and left in storage', async () => {
    // A fresh module, so what an earlier test reported does not count here.
    vi.resetModules();
    const { loadHistory: load } = await import('../../src/platform/history');
    const { loadLevels: loadL } = await import('../../src/platform/levels');
    const stored = { history: [v3(1, 'done'), null, { at: 'noon', outcome: 'done' }], historyDays: [{ day: 'today', done: 1 }], levels: { drills: { 'chin-tucks': { rung: 'x' } }, log: [7] } };
    await fakeBrowser.storage.local.set(copy(stored));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    expect((await load()).events).toEqual([v3(1, 'done')]);
    await load();
    expect(await loadL()).toEqual({ drills: {}, log: [] });
    await loadL();
    expect(warn.mock.calls.map(([text]) => String(text))).toEqual([expect.stringContaining('history: 3 malformed'), expect.stringContaining('levels: 2 malformed')]);
    expect(set).not.toHaveBeenCalled();
    expect(await fakeBrowser.storage.local.get(['history', 'historyDays', 'levels'])).toEqual(stored);
  });
});
