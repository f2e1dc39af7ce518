import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fakeBrowser } from '@webext-core/fake-browser';
import { DRILL_IDS, type DrillId } from '../../src/core/catalog';
import { appendEvents, OUTCOMES, RATINGS, type BreakEvent, type DaySummary } from '../../src/core/history';
import { render } from '../../src/core/i18n';
import { LEVEL_REASONS, MAX_LEVEL_LOG, NO_LEVELS, topRung, type LevelStore } from '../../src/core/levels';
import { DEFAULT_SETTINGS, readSettings, settingsSchema, toStored, type Settings } from '../../src/core/settings';
import { validateSettings } from '../../src/core/settings-rules';
import { buildExport, EARLIEST_TIME, parseImport, serializeExport, type ImportResult } from '../../src/core/transfer';
import { importData } from '../../src/platform/data';
import { loadLevels } from '../../src/platform/levels';
import { loadHistory } from '../../src/platform/history';
import { english } from './fake-gaps';
import { runs } from './runs';
import { levelStore, settingsPatch } from './arbitraries';
import { measureLocal, pictureUrl, towel, yRaise } from './program-samples';
import { loadOwnDrillsWithPictures } from '../../src/platform/program';

// The import, fed generated documents: arbitrary text and JSON, and real exports with parts
// removed, retyped, duplicated, nested deep or enlarged, or with levels no ladder allows. Each is
// either accepted, and then reads back the same from its own export, or refused with messages; it
// never throws. Written to storage, an import lands whole or not at all, and a refused file writes
// nothing.

const NOW = new Date('2026-03-02T10:30:00Z').getTime();
const DAY_MS = 86_400_000;
/** Documents each property generates: at least 10,000 in all. */
const RUNS = { text: 2500, json: 2500, format: 1500, real: 300, shape: 2400, size: 800, levels: 1000, storage: 600 };
let documents = 0;
afterAll(() => console.info(`import fuzz: ${documents} documents`));

function check(text: string): ImportResult {
  documents++;
  const result = parseImport(text, NOW);
  if (result.ok) {
    const { settings, history, levels, ownDrills } = result.data;
    const values = settings as Record<string, unknown>;
    // Every field reads back as itself (checked in plain code: thousands of expects cost seconds).
    const unlike = Object.entries(settingsSchema).filter(([key, field]) => JSON.stringify(field.check(values[key])) !== JSON.stringify({ ok: true, value: values[key] }));
    expect(unlike.map(([key]) => key)).toEqual([]);
    expect(validateSettings(settings, (ownDrills ?? []).map((d) => d.id as DrillId))).toEqual({});
    // A file without levels exports the user's; none here.
    const again = { settings, history, levels: levels ?? NO_LEVELS, ...(ownDrills ? { ownDrills } : {}) };
    expect(parseImport(serializeExport(buildExport(settings, history, levels ?? NO_LEVELS, NOW, ownDrills)), NOW)).toEqual({ ok: true, data: again });
  } else {
    expect(result.errors.length).toBeGreaterThan(0);
    expect(result.errors.length).toBeLessThanOrEqual(11);
    for (const error of result.errors) {
      const text = render(error, english);
      expect(text).toMatch(/\S/);
      // Every message key and placeholder is filled in.
      expect(text).not.toMatch(/\$ARG\d\$/);
      expect(english(error.key, [])).not.toBe('');
    }
  }
  return result;
}

// ---- Real exports ----

const time = fc.integer({ min: EARLIEST_TIME, max: NOW + DAY_MS });
const event: fc.Arbitrary<BreakEvent> = fc.record({
  at: time,
  outcome: fc.constantFrom(...OUTCOMES),
  dueAt: fc.option(time, { nil: null }),
  shownAt: fc.option(time, { nil: null }),
  drillId: fc.option(fc.constantFrom(...DRILL_IDS), { nil: null }),
  rating: fc.option(fc.constantFrom(...RATINGS), { nil: null }),
  seconds: fc.option(fc.integer({ min: 0, max: 86_400 }), { nil: null }),
});
const count = fc.integer({ min: 0, max: 10_000 });
const day: fc.Arbitrary<DaySummary> = fc
  .record({ date: fc.integer({ min: 0, max: Math.floor((NOW - EARLIEST_TIME) / DAY_MS) }), done: count, skipped: count, snoozed: count, natural: count, paused: count, held: count })
  .map(({ date, ...counts }) => ({ day: new Date(EARLIEST_TIME + date * DAY_MS).toISOString().slice(0, 10), ...counts }));
const settings: fc.Arbitrary<Settings> = settingsPatch.map((patch) => ({ ...DEFAULT_SETTINGS, ...patch }));
/** The user's own drills, some with a picture (issue 24). */
const ownDrills = fc.array(fc.record({ base: fc.constantFrom(yRaise, towel), picture: fc.option(fc.integer({ min: 1, max: 200 }).map((n) => pictureUrl('png', n)), { nil: null }) }), { maxLength: 2 }).map((drills) => drills.map(({ base, picture }, i) => ({ ...base, id: `own-f${i}`, name: `${base.name} ${i}`, picture })));
const realExport = fc
  .tuple(settings, fc.array(event, { maxLength: 6 }), fc.uniqueArray(day, { selector: (d) => d.day, maxLength: 4 }), levelStore(NOW + DAY_MS, { drills: 3, log: 3 }), ownDrills)
  .map(([s, events, days, levels, own]) => JSON.parse(JSON.stringify(buildExport(s, { events, days }, levels, NOW, own))) as unknown);

// ---- Breaking one ----

type Key = string | number;
type Json = unknown;
const isObject = (x: Json): x is Record<string, Json> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Every place in the document down to a depth of 12 (past that, a nested part is one place). */
function pathsOf(value: Json, path: Key[] = [], out: Key[][] = []): Key[][] {
  out.push(path);
  if (path.length >= 12) return out;
  if (Array.isArray(value)) value.forEach((x, i) => pathsOf(x, [...path, i], out));
  else if (isObject(value)) for (const key of Object.keys(value)) pathsOf(value[key], [...path, key], out);
  return out;
}

function nest(value: Json, depth: number, asList: boolean): Json {
  let out = value;
  for (let i = 0; i < depth; i++) out = asList ? [out] : { a: out };
  return out;
}

/** The value made bigger, `times` over; strings up to a little past the 20 MB limit, lists up to 2,000 members or 300 KB. */
function enlarge(value: Json, times: number): Json {
  if (typeof value === 'string') return (value || 'x').repeat(Math.min(times, Math.ceil(20_100_000 / (value.length || 1))));
  if (Array.isArray(value)) {
    // Bounded by size too, so a list of long strings does not grow past a few megabytes.
    const copies = Math.max(1, Math.min(times, Math.ceil(2000 / (value.length || 1)), Math.floor(300_000 / JSON.stringify(value).length)));
    // Copies, not references: a later change to one member must not change them all.
    return Array.from({ length: copies }, () => structuredClone(value)).flat();
  }
  if (typeof value === 'number') return [value * 10 ** times, 1e300, -value, value + 0.5, 2 ** 53 + 1][times % 5];
  if (isObject(value)) return { ...value, ...Object.fromEntries(Array.from({ length: Math.min(times, 200) }, (_, i) => [`k${i}`, i])) };
  return [value, value];
}

type Change =
  | { kind: 'remove' | 'duplicate'; at: number }
  | { kind: 'retype'; at: number; value: Json }
  | { kind: 'nest'; at: number; depth: number; asList: boolean }
  | { kind: 'enlarge'; at: number; times: number };

const shapeChange: fc.Arbitrary<Change> = fc.oneof(
  fc.record({ kind: fc.constantFrom('remove' as const, 'duplicate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('retype' as const), at: fc.nat(), value: fc.jsonValue({ maxDepth: 3 }) }),
);
const sizeChange: fc.Arbitrary<Change> = fc.oneof(
  fc.record({ kind: fc.constant('nest' as const), at: fc.nat(), depth: fc.oneof({ arbitrary: fc.integer({ min: 1, max: 5 }), weight: 4 }, { arbitrary: fc.integer({ min: 300, max: 1500 }), weight: 1 }), asList: fc.boolean() }),
  fc.record({ kind: fc.constant('enlarge' as const), at: fc.nat(), times: fc.oneof({ arbitrary: fc.integer({ min: 2, max: 40 }), weight: 39 }, { arbitrary: fc.constant(11_000_000), weight: 1 }) }),
);

/** Applies a change at one of the document's places (the root included), in place where it can. */
function apply(doc: Json, c: Change): Json {
  const paths = pathsOf(doc);
  const path = paths[c.at % paths.length]!;
  if (path.length === 0) return c.kind === 'nest' ? nest(doc, c.depth, c.asList) : c.kind === 'retype' ? c.value : doc;
  const parent = path.slice(0, -1).reduce<any>((v, k) => v[k], doc);
  const key = path[path.length - 1]!;
  if (c.kind === 'remove') {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else Reflect.deleteProperty(parent, key);
  } else if (c.kind === 'duplicate') {
    const copy = structuredClone(parent[key]) as Json;
    const name = String(key);
    if (Array.isArray(parent)) parent.splice(key as number, 0, copy);
    // The same field again under a name that differs only in case (or with a trailing _).
    else parent[name.toUpperCase() === name ? `${name}_` : name.toUpperCase()] = copy;
  } else if (c.kind === 'retype') parent[key] = c.value;
  else if (c.kind === 'nest') parent[key] = nest(parent[key], c.depth, c.asList);
  else if (c.kind === 'enlarge') parent[key] = enlarge(parent[key], c.times);
  return doc;
}

/** The text, sometimes with one key of one object written twice (JSON.parse keeps the last). */
function textOf(doc: Json, twice: { at: number; value: Json; first: boolean } | null): string {
  const text = JSON.stringify(doc) ?? 'null';
  if (!twice) return text;
  const objects = pathsOf(doc).filter((p) => isObject(p.reduce<any>((v, k) => v[k], doc)));
  if (objects.length === 0) return text;
  const target = objects[twice.at % objects.length]!.reduce<any>((v, k) => v[k], doc) as Record<string, Json>;
  const [key] = Object.keys(target);
  if (key === undefined) return text;
  const inner = JSON.stringify(target);
  const extra = `${JSON.stringify(key)}:${JSON.stringify(twice.value) ?? 'null'}`;
  const written = twice.first ? `{${extra},${inner.slice(1)}` : `${inner.slice(0, -1)},${extra}}`;
  return text.replace(inner, () => written);
}

const broken = (change: fc.Arbitrary<Change>) =>
  fc
    .tuple(realExport, fc.array(change, { minLength: 1, maxLength: 3 }), fc.option(fc.record({ at: fc.nat(), value: fc.jsonValue({ maxDepth: 2 }), first: fc.boolean() }), { nil: null }))
    .map(([doc, changes, twice]) => textOf(changes.reduce(apply, doc), twice));
const brokenExport = fc.oneof(broken(shapeChange), broken(sizeChange));

// ---- Levels no ladder allows ----

const drillId = fc.constantFrom(...DRILL_IDS);
const goodTime = fc.integer({ min: EARLIEST_TIME, max: NOW + DAY_MS });
const badTime = fc.oneof(fc.integer({ min: -1e15, max: EARLIEST_TIME - 1 }), fc.integer({ min: NOW + DAY_MS + 1, max: 8.64e15 }), fc.double({ noInteger: true }), fc.string(), fc.constant(null));
/** Anything but a whole number from 0 to the drill's top rung (text too: a number written as text is refused). */
const badRung = (id: DrillId) =>
  fc.oneof(fc.integer({ min: topRung(id) + 1, max: 1e9 }), fc.integer({ min: -1e9, max: -1 }), fc.double({ noInteger: true }), fc.string(), fc.boolean(), fc.constant(null), fc.array(fc.nat(), { maxLength: 2 }));
const notIn = (known: readonly string[]) => fc.string().filter((x) => !known.includes(x) && x !== '__proto__');
const badStreak = fc.oneof(
  fc.record({ rating: notIn(['easy', 'hard']), count: fc.integer({ min: 1, max: 2 }) }),
  fc.record({ rating: fc.constantFrom('easy', 'hard'), count: fc.oneof(fc.integer({ min: 3 }), fc.integer({ max: 0 }), fc.string()) }),
  fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.array(fc.nat(), { maxLength: 2 })),
);
/** A move with one part wrong: a rung off the ladder, a time out of range, an unknown reason or an unknown field. */
const badMove = (id: DrillId) =>
  fc
    .tuple(fc.integer({ min: 0, max: topRung(id) }), goodTime, fc.constantFrom(...LEVEL_REASONS), fc.constantFrom('from', 'to', 'at', 'why', 'extra'), badRung(id), badTime, notIn(LEVEL_REASONS), notIn(['drillId', 'from', 'to', 'at', 'why']))
    .map(([rung, at, why, which, rungBad, atBad, whyBad, extra]) => {
      const move: Record<string, unknown> = { from: rung, to: rung, at, why };
      if (which === 'from' || which === 'to') move[which] = rungBad;
      else if (which === 'at') move.at = atBad;
      else if (which === 'why') move.why = whyBad;
      else move[extra] = 0;
      return move;
    });
type Doc = { levels: { drills: Record<string, unknown>; log: unknown[] } } & Record<string, unknown>;
/** One change that no level, log or file may hold; each names a place under `levels`. */
const levelsCorruption: fc.Arbitrary<(doc: Doc) => void> = fc.oneof(
  drillId.chain((id) => badRung(id).map((rung) => (doc: Doc) => void (doc.levels.drills[id] = { rung, streak: null, last: null }))),
  fc.tuple(drillId, badStreak).map(([id, streak]) => (doc: Doc) => void (doc.levels.drills[id] = { rung: 0, streak, last: null })),
  drillId.chain((id) => badMove(id).map((last) => (doc: Doc) => void (doc.levels.drills[id] = { rung: 0, streak: null, last }))),
  drillId.chain((id) => badMove(id).map((move) => (doc: Doc) => void doc.levels.log.push({ drillId: id, ...move }))),
  fc.tuple(notIn(DRILL_IDS), fc.constantFrom('drills', 'log')).map(([name, where]) => (doc: Doc) => {
    if (where === 'drills') doc.levels.drills[name] = { rung: 0, streak: null, last: null };
    else doc.levels.log.push({ drillId: name, from: 0, to: 0, at: NOW, why: 'manual' });
  }),
  fc.tuple(notIn(['drills', 'log']), fc.jsonValue({ maxDepth: 1 })).map(([key, value]) => (doc: Doc) => void ((doc.levels as Record<string, unknown>)[key] = value)),
  fc.oneof(fc.constant(null), fc.string(), fc.integer(), fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 2 })).map((value) => (doc: Doc) => void (doc.levels = value as never)),
  fc.tuple(fc.constantFrom('drills' as const, 'log' as const), fc.oneof(fc.constant(null), fc.string(), fc.integer())).map(([part, value]) => (doc: Doc) => void ((doc.levels as Record<string, unknown>)[part] = value)),
);
const badLevels = fc.tuple(realExport, levelsCorruption).map(([doc, corrupt]) => {
  corrupt(doc as Doc);
  return JSON.stringify(doc);
});

// Any UTF-16 unit, lone surrogates included. (fast-check's own 'binary' unit costs seconds to set up.)
const utf16 = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

// Seconds alone on a quiet machine; the timeout leaves room for a full suite on two busy cores.
describe('import fuzz: never throws; accepted reads back the same, refused says why', { timeout: 30_000 }, () => {
  it('feeds at least 10,000 documents in all, each property exactly its share', () => {
    expect(Object.values(RUNS).reduce((a, b) => a + b)).toBeGreaterThanOrEqual(10_000);
    const before = documents;
    fc.assert(fc.property(fc.json(), (t) => void check(t)), { numRuns: 7 });
    expect(documents - before).toBe(7);
  });

  it('arbitrary text', () => fc.assert(fc.property(fc.string({ unit: utf16, maxLength: 200 }), (t) => void check(t)), { numRuns: runs(RUNS.text) }));

  it('arbitrary JSON', () => fc.assert(fc.property(fc.json({ maxDepth: 4 }), (t) => void check(t)), { numRuns: runs(RUNS.json) }));

  it('arbitrary JSON under the export format and version', () =>
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('exportedAt', 'settings', 'history', 'levels', 'extra'), fc.jsonValue({ maxDepth: 4 })), (rest) => void check(JSON.stringify({ ...rest, format: 'desk-reset', version: 1 }))),
      { numRuns: runs(RUNS.format) },
    ));

  it('real exports, unchanged, are accepted', () => fc.assert(fc.property(realExport, (doc) => {
    expect(check(JSON.stringify(doc)).ok).toBe(true);
  }), { numRuns: runs(RUNS.real) }));

  /** Runs `count` broken exports and says how many were accepted. */
  function brokenRuns(change: fc.Arbitrary<Change>, count: number): number {
    let accepted = 0;
    fc.assert(
      fc.property(broken(change), (text) => {
        if (check(text).ok) accepted++;
      }),
      { numRuns: runs(count) },
    );
    return accepted;
  }

  it('real exports with parts removed, retyped or duplicated (fields and list members, and keys written twice)', () => {
    const accepted = brokenRuns(shapeChange, RUNS.shape) / runs(RUNS.shape);
    // Both outcomes are exercised: some changes leave a valid file (a removed event, a dropped day).
    // About 6% are accepted; a level has more places that must stay as they are than a setting.
    expect(accepted).toBeGreaterThan(0.03);
    expect(accepted).toBeLessThan(0.96);
  });

  it('real exports with levels no ladder allows are refused, every reason under levels', () =>
    fc.assert(
      fc.property(badLevels, (text) => {
        const result = check(text);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.errors.filter((e) => e.key !== 'import_more' && !render(e, english).startsWith('levels'))).toEqual([]);
      }),
      { numRuns: runs(RUNS.levels) },
    ));

  it('real exports with parts nested deep (to 1,500 levels) or enlarged (past 20 MB)', () => {
    // Nearly all are refused; a few survive (a list of events made longer).
    expect(brokenRuns(sizeChange, RUNS.size) / runs(RUNS.size)).toBeLessThan(0.99);
  });
});

describe('import fuzz, written to storage: whole or not at all', { timeout: 30_000 }, () => {
  const CURRENT = toStored({ ...DEFAULT_SETTINGS, intervalMinutes: 45, safetyAcknowledged: true });
  const everything = async () => ({ sync: await fakeBrowser.storage.sync.get(null), local: await fakeBrowser.storage.local.get(null) });

  const MINE: LevelStore = { drills: { 'chin-tucks': { rung: 0, streak: { rating: 'hard', count: 1 }, last: null } }, log: [] };
  let unmeasure = () => {};
  beforeEach(() => {
    unmeasure = measureLocal();
  });
  afterEach(() => unmeasure());

  it('a refused file changes nothing; an accepted one is stored as read, unless the browser refuses, and then nothing changes', async () => {
    let written = 0;
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.oneof(brokenExport, badLevels), realExport.map((d) => JSON.stringify(d))), fc.constantFrom('none', 'sync', 'local'), async (text, failing) => {
        fakeBrowser.reset();
        unmeasure();
        unmeasure = measureLocal();
        await fakeBrowser.storage.sync.set({ settings: { ...CURRENT, fromNewerVersion: [1] } });
        await fakeBrowser.storage.local.set({ history: [{ at: NOW, outcome: 'done', dueAt: null, shownAt: null, drillId: null, rating: null, seconds: null }], historyDays: [], levels: MINE });
        const before = await everything();
        const result = check(text);
        if (!result.ok) {
          expect(await everything()).toEqual(before);
          return;
        }
        const area = failing === 'sync' ? fakeBrowser.storage.sync : fakeBrowser.storage.local;
        const set = area.set.bind(area);
        if (failing !== 'none') area.set = async () => Promise.reject(new Error('QUOTA_BYTES quota exceeded'));
        const failure = await importData(result.data, NOW);
        area.set = set;
        if (failing === 'none') {
          written++;
          expect(failure).toBeNull();
          const { settings: stored } = await fakeBrowser.storage.sync.get('settings');
          expect(readSettings(stored).settings).toEqual(result.data.settings);
          expect((stored as Record<string, unknown>).fromNewerVersion).toEqual([1]);
          // Bounded as the worker bounds it, the days in calendar order.
          const bounded = appendEvents(result.data.history, [], NOW);
          expect(await loadHistory()).toEqual({ events: bounded.events, days: [...bounded.days].sort((a, b) => a.day.localeCompare(b.day)) });
          // A file's levels replace the user's; a file without them leaves them as they were.
          const levels = result.data.levels;
          expect(await loadLevels()).toEqual(levels ? { ...levels, log: levels.log.slice(-MAX_LEVEL_LOG) } : MINE);
          // The file's own drills, with their pictures.
          expect(await loadOwnDrillsWithPictures()).toEqual(result.data.ownDrills ?? []);
        } else {
          expect(failure).toEqual({ error: new Error('QUOTA_BYTES quota exceeded'), partial: false });
          const after = await everything();
          // Only the pace stamp may move: a refused write still counts against the quota.
          delete after.local.settingsWrittenAt;
          expect(after).toEqual(before);
        }
      }),
      { numRuns: runs(RUNS.storage) },
    );
    expect(written).toBeGreaterThan(runs(RUNS.storage) / 12);
  });
});
