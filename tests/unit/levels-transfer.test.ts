import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { render, type Msg } from '../../src/core/i18n';
import { MAX_LEVEL_LOG, NO_LEVELS, readLevels, topRung, type LevelStore } from '../../src/core/levels';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { buildExport, EARLIEST_TIME, parseImport, serializeExport, type ImportResult } from '../../src/core/transfer';
import { readLevelsStrict } from '../../src/core/transfer-levels';
import { clearHistory, importData } from '../../src/platform/data';
import { loadLevels, saveLevels } from '../../src/platform/levels';
import { english } from './fake-gaps';

// Drill levels in the export file: written one per line, read back the same, refused part by
// part with the path and the reason, and stored with the history, whole or not at all.

const NOW = new Date('2026-03-02T10:30:00Z').getTime();
const DAY_MS = 86_400_000;
const RANGE = `must be a time from 2000-01-01 to ${new Date(NOW + DAY_MS).toISOString()}.`;
const LEVELS: LevelStore = {
  drills: {
    'chin-tucks': { rung: 2, streak: { rating: 'easy', count: 1 }, last: { from: 1, to: 2, at: NOW - DAY_MS, why: 'easy' } },
    'band-rows': { rung: 3, streak: null, last: null },
  },
  log: [
    { drillId: 'chin-tucks', from: 1, to: 2, at: NOW - DAY_MS, why: 'easy' },
    { drillId: 'band-rows', from: 2, to: 3, at: NOW - 3_600_000, why: 'manual' },
  ],
};
const NO_HISTORY = { events: [], days: [] };

/** A valid export as plain JSON data, to break one piece at a time. */
const file = (): any => JSON.parse(JSON.stringify(buildExport(DEFAULT_SETTINGS, NO_HISTORY, LEVELS, NOW)));
const parse = (data: unknown) => parseImport(JSON.stringify(data), NOW);
const errorsOf = (result: ImportResult): string[] => {
  if (result.ok) throw new Error('expected the file to be refused');
  return result.errors.map((e) => render(e, english));
};
/** The refusals of the file with the chin tucks' level replaced by `level`. */
const withChinTucks = (level: unknown) => {
  const data = file();
  data.levels.drills['chin-tucks'] = level;
  return parse(data);
};
const withChange = (change: unknown) => {
  const data = file();
  data.levels.log[0] = change;
  return parse(data);
};
const CHIN = 'levels.drills["chin-tucks"]';
const offLadder = (top: number) => `must be a rung of this drill’s ladder: a whole number from 0 to ${top}.`;
const BAD_STREAK = 'not a valid run of ratings (nothing, or a rating, easy or hard, and a count of 1 or 2).';
const BAD_MOVE = 'not a valid last change (nothing, or from and to rungs, a time and a reason: easy, hard or manual).';
const BAD_CHANGE = 'not a valid level change (it needs a known drill, from and to rungs of its ladder, a time and a reason: easy, hard or manual).';
const GOOD_LAST = { from: 1, to: 2, at: NOW - DAY_MS, why: 'easy' };

afterEach(() => {
  vi.restoreAllMocks();
});

describe('levels in the export', () => {
  it('are written one drill and one change per line, and read back the same', () => {
    const text = serializeExport(buildExport(DEFAULT_SETTINGS, NO_HISTORY, LEVELS, NOW));
    const [chin, rows] = [LEVELS.drills['chin-tucks'], LEVELS.drills['band-rows']].map((l) => JSON.stringify(l));
    const [first, second] = LEVELS.log.map((c) => JSON.stringify(c));
    expect(text.endsWith(`  "levels": {\n    "drills": {\n      "chin-tucks": ${chin},\n      "band-rows": ${rows}\n    },\n    "log": [\n      ${first},\n      ${second}\n    ]\n  }\n}\n`)).toBe(true);
    expect(text).toContain('\n  "history": {\n    "events": [],\n    "days": []\n  },\n  "levels": {');
    expect(parseImport(text, NOW)).toEqual({ ok: true, data: { settings: DEFAULT_SETTINGS, history: NO_HISTORY, levels: LEVELS } });
  });

  it('writes no levels as an empty record and an empty list', () => {
    const text = serializeExport(buildExport(DEFAULT_SETTINGS, NO_HISTORY, NO_LEVELS, NOW));
    expect(text.endsWith('  "levels": {\n    "drills": {},\n    "log": []\n  }\n}\n')).toBe(true);
    expect(parseImport(text, NOW)).toEqual({ ok: true, data: { settings: DEFAULT_SETTINGS, history: NO_HISTORY, levels: NO_LEVELS } });
  });

  it('copies the levels, so a later change to them does not change the file', () => {
    const levels = structuredClone(LEVELS);
    const out = buildExport(DEFAULT_SETTINGS, NO_HISTORY, levels, NOW);
    levels.log.push(LEVELS.log[0]!);
    levels.drills['wall-slides'] = { rung: 1, streak: null, last: null };
    expect(out.levels).toEqual(LEVELS);
  });
});

describe('an export from before levels', () => {
  it('imports, with no levels, so the user\'s stay as they are', () => {
    const old = file();
    delete old.levels;
    expect(parse({ ...old, version: 1 })).toEqual({ ok: true, data: { settings: DEFAULT_SETTINGS, history: NO_HISTORY, levels: null } });
    expect(parse(old)).toEqual({ ok: true, data: { settings: DEFAULT_SETTINGS, history: NO_HISTORY, levels: null } });
  });
});

describe('the import refuses levels', () => {
  it('that are not a record of drills and log, naming any other field', () => {
    for (const levels of [null, [], 'levels', 3]) expect(errorsOf(parse({ ...file(), levels }))).toEqual(['levels: not a record of drill levels (it holds drills and log).']);
    const data = file();
    data.levels.notes = 'x';
    expect(errorsOf(parse(data))).toEqual(['levels.notes: unknown field; levels hold only drills and log.']);
    for (const drills of [undefined, null, [], 'chin-tucks']) {
      expect(errorsOf(parse({ ...file(), levels: { drills, log: [] } }))).toEqual(['levels.drills: missing, or not a set of levels by drill.']);
    }
    for (const log of [undefined, null, {}, 'x']) expect(errorsOf(parse({ ...file(), levels: { drills: {}, log } }))).toEqual(['levels.log: missing, or not a list.']);
    expect(parse({ ...file(), levels: { drills: {}, log: [] } })).toMatchObject({ ok: true, data: { levels: NO_LEVELS } });
  });

  it('of a drill Desk Reset does not know, or that is not a level', () => {
    const data = file();
    data.levels.drills.moonwalk = { rung: 0, streak: null, last: null };
    data.levels.drills['wall slides'] = data.levels.drills['band-rows'];
    expect(errorsOf(parse(data))).toEqual(['levels.drills.moonwalk: not a drill Desk Reset knows.', 'levels.drills["wall slides"]: not a drill Desk Reset knows.']);
    const proto = JSON.stringify(file()).replace('"drills":{', '"drills":{"__proto__":{"rung":0},');
    expect(errorsOf(parseImport(proto, NOW))).toEqual(['levels.drills.__proto__: not a drill Desk Reset knows.']);
    for (const level of [null, 2, [], 'top']) {
      expect(errorsOf(withChinTucks(level))).toEqual([`${CHIN}: not a valid level (it needs a rung, and may hold a streak and the last change).`]);
    }
  });

  it('on a rung off the drill\'s own ladder', () => {
    expect(topRung('chin-tucks')).toBe(2);
    expect(topRung('band-rows')).toBe(3);
    for (const rung of [3, 9, 10, -1, 1.5, null, 'x', true, [1]]) expect(errorsOf(withChinTucks({ rung, streak: null, last: null })), String(rung)).toEqual([`${CHIN}.rung: ${offLadder(2)}`]);
    expect(errorsOf(withChinTucks({ streak: null, last: null }))).toEqual([`${CHIN}.rung: ${offLadder(2)}`]);
    // The top of each drill's own ladder is inside; a rung past it, another drill's top, is not.
    expect(withChinTucks({ rung: 2, streak: null, last: null }).ok).toBe(true);
    expect(withChinTucks({ rung: 0, streak: null, last: null }).ok).toBe(true);
    const data = file();
    data.levels.drills['band-rows'].rung = 4;
    expect(errorsOf(parse(data))).toEqual([`levels.drills["band-rows"].rung: ${offLadder(3)}`]);
    // A number written as text is what storage would read, but not what an export writes.
    expect(errorsOf(withChinTucks({ rung: '1', streak: null, last: null }))).toEqual([`${CHIN}.rung: expected a number, not text.`]);
  });

  it('on a malformed streak; a missing one is none', () => {
    for (const streak of [{ rating: 'right', count: 1 }, { rating: 'easy', count: 3 }, { rating: 'hard', count: 0 }, { rating: 'easy' }, 'easy', [], 1]) {
      expect(errorsOf(withChinTucks({ rung: 1, streak, last: null })), JSON.stringify(streak)).toEqual([`${CHIN}.streak: ${BAD_STREAK}`]);
    }
    expect(errorsOf(withChinTucks({ rung: 1, streak: { rating: 'easy', count: '2' }, last: null }))).toEqual([`${CHIN}.streak.count: expected a number, not text.`]);
    expect(errorsOf(withChinTucks({ rung: 1, streak: { rating: 'easy', count: 2, since: 1 }, last: null }))).toEqual([`${CHIN}.streak.since: unknown field.`]);
    expect(withChinTucks({ rung: 1, streak: { rating: 'hard', count: 2 }, last: null }).ok).toBe(true);
    expect(withChinTucks({ rung: 1 })).toMatchObject({ ok: true, data: { levels: { drills: { 'chin-tucks': { rung: 1, streak: null, last: null } } } } });
  });

  it('on a malformed last change, naming a rung off the ladder where that is what is wrong', () => {
    const last = (over: object) => withChinTucks({ rung: 1, streak: null, last: { ...GOOD_LAST, ...over } });
    for (const over of [{ why: 'bored' }, { at: 0 }, { at: -5 }, { at: 'yesterday' }, { from: 'one' }, { to: null }]) {
      expect(errorsOf(last(over)), JSON.stringify(over)).toEqual([`${CHIN}.last: ${BAD_MOVE}`]);
    }
    for (const bad of [5, 'x', []]) expect(errorsOf(withChinTucks({ rung: 1, streak: null, last: bad }))).toEqual([`${CHIN}.last: ${BAD_MOVE}`]);
    // Both ends of the ladder are on it: what is wrong there is named as the move.
    expect(errorsOf(last({ from: 0, to: 2, why: 'bored' }))).toEqual([`${CHIN}.last: ${BAD_MOVE}`]);
    expect(errorsOf(last({ to: 3 }))).toEqual([`${CHIN}.last.to: ${offLadder(2)}`]);
    expect(errorsOf(last({ from: -1 }))).toEqual([`${CHIN}.last.from: ${offLadder(2)}`]);
    expect(errorsOf(last({ from: 0.5, to: 12 }))).toEqual([`${CHIN}.last.from: ${offLadder(2)}`, `${CHIN}.last.to: ${offLadder(2)}`]);
    // A rung off the ladder is named even when something else is wrong too.
    expect(errorsOf(last({ from: 7, why: 'bored' }))).toEqual([`${CHIN}.last.from: ${offLadder(2)}`]);
    expect(errorsOf(last({ from: '1' }))).toEqual([`${CHIN}.last.from: expected a number, not text.`]);
    expect(errorsOf(last({ by: 'me' }))).toEqual([`${CHIN}.last.by: unknown field.`]);
    expect(last({ from: 0, to: 2, why: 'manual' }).ok).toBe(true);
  });

  it('on a time out of range, as history does', () => {
    const lastAt = (at: number) => withChinTucks({ rung: 1, streak: null, last: { ...GOOD_LAST, at } });
    expect(errorsOf(lastAt(EARLIEST_TIME - 1))).toEqual([`${CHIN}.last.at: ${RANGE}`]);
    expect(errorsOf(lastAt(NOW + DAY_MS + 1))).toEqual([`${CHIN}.last.at: ${RANGE}`]);
    expect(lastAt(EARLIEST_TIME).ok).toBe(true);
    expect(lastAt(NOW + DAY_MS).ok).toBe(true);
    const changeAt = (at: number) => withChange({ ...LEVELS.log[0], at });
    expect(errorsOf(changeAt(1))).toEqual([`levels.log[0].at: ${RANGE}`]);
    expect(errorsOf(changeAt(NOW + DAY_MS + 1))).toEqual([`levels.log[0].at: ${RANGE}`]);
    expect(changeAt(EARLIEST_TIME).ok).toBe(true);
    expect(changeAt(NOW + DAY_MS).ok).toBe(true);
  });

  it('naming each broken part of a level', () => {
    expect(errorsOf(withChinTucks({ rung: 3, streak: { rating: 'meh', count: 1 }, last: { ...GOOD_LAST, why: 'bored' }, mood: 'fine' }))).toEqual([
      `${CHIN}.rung: ${offLadder(2)}`,
      `${CHIN}.streak: ${BAD_STREAK}`,
      `${CHIN}.last: ${BAD_MOVE}`,
    ]);
    expect(errorsOf(withChinTucks({ rung: 1, streak: null, last: null, mood: 'fine' }))).toEqual([`${CHIN}.mood: unknown field.`]);
  });

  it('on a malformed change in the log', () => {
    const change = LEVELS.log[0]!;
    for (const bad of [null, 1, [], 'up', { ...change, drillId: 'moonwalk' }, { ...change, drillId: undefined }, { ...change, why: 'bored' }, { ...change, at: 0 }, { ...change, to: 'two' }]) {
      expect(errorsOf(withChange(bad)), JSON.stringify(bad)).toEqual([`levels.log[0]: ${BAD_CHANGE}`]);
    }
    expect(errorsOf(withChange({ ...change, from: 3 }))).toEqual([`levels.log[0].from: ${offLadder(2)}`]);
    expect(errorsOf(withChange({ ...change, drillId: 'band-rows', from: 0, to: 3, why: 'bored' }))).toEqual([`levels.log[0]: ${BAD_CHANGE}`]);
    expect(errorsOf(withChange({ ...change, to: -1 }))).toEqual([`levels.log[0].to: ${offLadder(2)}`]);
    expect(errorsOf(withChange({ ...change, drillId: 'band-rows', from: 3, to: 4 }))).toEqual([`levels.log[0].to: ${offLadder(3)}`]);
    expect(errorsOf(withChange({ ...change, from: '1' }))).toEqual(['levels.log[0].from: expected a number, not text.']);
    expect(errorsOf(withChange({ ...change, note: 'x' }))).toEqual(['levels.log[0].note: unknown field.']);
    expect(withChange({ ...change, drillId: 'band-rows', from: 3, to: 0, why: 'hard' }).ok).toBe(true);
    const data = file();
    data.levels.log.push(null, { ...change, at: 1 });
    expect(errorsOf(parse(data))).toEqual([`levels.log[2]: ${BAD_CHANGE}`, `levels.log[3].at: ${RANGE}`]);
  });

  it('with markup anywhere in them, as anywhere in the file', () => {
    const data = file();
    data.levels.drills['<b>x</b>'] = 1;
    data.levels.log[0].why = '<script>';
    const errors = errorsOf(parse(data));
    expect(errors).toContain('levels.drills has a field name that contains markup');
    expect(errors).toContain('levels.log[0].why contains markup');
  });
});

describe('readLevelsStrict', () => {
  it('returns the levels exactly when it named no problem', () => {
    const errors: Msg[] = [];
    expect(readLevelsStrict(JSON.parse(JSON.stringify(LEVELS)), errors, NOW)).toEqual(LEVELS);
    expect(errors).toEqual([]);
    for (const raw of [{ ...LEVELS, log: [{ ...LEVELS.log[0], at: 1 }] }, { ...LEVELS, extra: 1 }, { drills: { 'chin-tucks': { rung: 1, last: { ...GOOD_LAST, at: NOW * 2 } } }, log: [] }]) {
      const named: Msg[] = [];
      expect(readLevelsStrict(raw, named, NOW)).toBeNull();
      expect(named).toHaveLength(1);
    }
  });

  it('keeps only what storage keeps as it is', () => {
    const errors: Msg[] = [];
    const read = readLevelsStrict(JSON.parse(JSON.stringify(LEVELS)), errors, NOW);
    expect(readLevels(read)).toEqual({ levels: read, unknown: 0, malformed: 0 });
  });
});

describe('storing an import with levels', () => {
  const data = (levels: LevelStore | null) => ({ settings: DEFAULT_SETTINGS, history: NO_HISTORY, levels });
  const MINE: LevelStore = { drills: { 'wall-slides': { rung: 2, streak: null, last: null } }, log: [] };

  it('replaces the levels with the file\'s, its log bounded as storage bounds it', async () => {
    await saveLevels(MINE);
    expect(await importData(data(LEVELS), NOW)).toBeNull();
    expect(await loadLevels()).toEqual(LEVELS);
    const log = Array.from({ length: MAX_LEVEL_LOG + 5 }, (_, i) => ({ ...LEVELS.log[0]!, at: NOW - DAY_MS + i }));
    expect(await importData(data({ drills: {}, log }), NOW)).toBeNull();
    const { levels: stored } = await fakeBrowser.storage.local.get('levels');
    expect(stored).toEqual({ drills: {}, log: log.slice(5) });
  });

  it('keeps the user\'s levels when the file has none', async () => {
    await saveLevels(MINE);
    expect(await importData(data(null), NOW)).toBeNull();
    expect(await loadLevels()).toEqual(MINE);
    expect(await fakeBrowser.storage.local.get('history')).toEqual({ history: [] });
  });

  it('puts the levels back as they were, or leaves them absent, when the settings cannot be saved', async () => {
    const quota = new Error('QUOTA_BYTES quota exceeded');
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(quota);
    expect(await importData(data(LEVELS), NOW)).toEqual({ error: quota, partial: false });
    expect(await fakeBrowser.storage.local.get(['levels', 'history', 'historyDays'])).toEqual({});
    await saveLevels(MINE);
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(quota);
    expect(await importData(data(LEVELS), NOW)).toEqual({ error: quota, partial: false });
    // Only the pace stamp may move: a refused write still counts against the quota.
    expect(await fakeBrowser.storage.local.get(['levels', 'history', 'historyDays'])).toEqual({ levels: MINE });
  });

  it('says so when the levels could not be put back either', async () => {
    await saveLevels(MINE);
    const quota = new Error('QUOTA_BYTES quota exceeded');
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(quota);
    vi.spyOn(fakeBrowser.storage.local, 'remove').mockRejectedValueOnce(new Error('gone'));
    expect(await importData(data(LEVELS), NOW)).toEqual({ error: quota, partial: true });
    expect(await loadLevels()).toEqual(LEVELS);
  });

  it('writes nothing when storage refuses the history and levels', async () => {
    await saveLevels(MINE);
    const refused = new Error('QUOTA_BYTES quota exceeded');
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(refused);
    expect(await importData(data(LEVELS), NOW)).toEqual({ error: refused, partial: false });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ levels: MINE });
  });
});

describe('clearing history', () => {
  it('keeps the levels unless asked, then starts them over in the same write', async () => {
    await saveLevels(LEVELS);
    await fakeBrowser.storage.local.set({ history: [{ at: NOW, outcome: 'natural' }], historyDays: [{ day: '2026-03-01' }] });
    await clearHistory(false);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ history: [], historyDays: [], historyRecent: { events: [], doneRun: [], lastDone: {} }, checkIns: { entries: [] }, postureSeen: {}, routineStrength: {}, levels: LEVELS });
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await clearHistory(true);
    expect(set).toHaveBeenCalledTimes(1);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ history: [], historyDays: [], historyRecent: { events: [], doneRun: [], lastDone: {} }, checkIns: { entries: [] }, postureSeen: {}, routineStrength: {}, levels: NO_LEVELS });
    expect(await loadLevels()).toEqual(NO_LEVELS);
  });
});
