import { describe, expect, it } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import type { DrillId } from '../../src/core/catalog/ids';
import type { Rating } from '../../src/core/history';
import { atLevel } from '../../src/core/leveled';
import { catalogLadders, laddersOf, levelOf, NO_LEVELS, rateLevel, readLevels, setLevel, type Ladders, type LevelStore } from '../../src/core/levels';
import { ownLadder } from '../../src/core/own-ladder';
import { drillWorld, findIn } from '../../src/core/own-world';
import { LEVELS_KEY, loadLevels, rateDrillLevel, setDrillLevel } from '../../src/platform/levels';
import { towel, yRaise } from './own-fixtures';
import { inTimeZone, useTimeZone } from './tz';

// Issue 24 item 3: an own drill's ladder is made from the dose written, and ratings move it like
// any other drill's; with levels off for it, it is done at the dose written (its ladder and level
// kept for when they are on again; the worker leaves its level alone: own-levels-kept.test.ts).

useTimeZone('Europe/Berlin');
const day = (d: number, hhmm = '10:00') => inTimeZone('Europe/Berlin', () => new Date(`2026-03-${String(d).padStart(2, '0')}T${hhmm}`).getTime());

const flat = { ...towel, id: 'own-flat', levels: false };
const world = drillWorld([yRaise, flat]);
const ladders = laddersOf(world);
/** Prone Y raise, 10 × 2: 5 × 1, 8 × 1, 10 × 2 (the start), 10 × 3. */
const Y = ownLadder(yRaise.dose);
const rate = (ratings: [Rating, number][], id: DrillId = 'own-yraise', store: LevelStore = NO_LEVELS, l: Ladders = ladders) =>
  ratings.reduce((s, [rating, at]) => rateLevel(s, id, rating, at, true, l), store);
const level = (rung: number) => ({ rung, streak: null, last: null });

describe('laddersOf', () => {
  it('finds an own drill’s ladder, the catalog’s for the rest, and none for a drill not here', () => {
    expect(ladders('own-yraise')).toEqual(Y);
    expect(ladders('own-flat')).toEqual(ownLadder(flat.dose));
    expect(ladders('chin-tucks')).toBe(catalogLadders('chin-tucks'));
    expect(ladders('own-gone')).toBeUndefined();
    expect(Y.rungs.length).toBe(4);
    expect(Y.start).toBe(2);
  });
});

describe('ratings on an own drill', () => {
  it('start it on the dose written and move it along its own ladder, a rung at a time, never off it', () => {
    expect(levelOf(NO_LEVELS, 'own-yraise', ladders).rung).toBe(Y.start);
    const up = rate([['easy', day(2)], ['easy', day(3)]]);
    expect(levelOf(up, 'own-yraise', ladders).rung).toBe(Y.start + 1);
    expect(up.log).toEqual([{ drillId: 'own-yraise', from: Y.start, to: Y.start + 1, at: day(3), why: 'easy' }]);
    // At the top: easy again moves nothing.
    expect(levelOf(rate([['easy', day(4)], ['easy', day(5)]], 'own-yraise', up), 'own-yraise', ladders).rung).toBe(Y.rungs.length - 1);
    const down = rate([['hard', day(2)], ['hard', day(3)], ['hard', day(4)], ['hard', day(5)], ['hard', day(6)], ['hard', day(7)]]);
    expect(levelOf(down, 'own-yraise', ladders).rung).toBe(0);
    expect(down.log.map((c) => c.to)).toEqual([1, 0]);
  });

  it('with levels off, keep it at the dose written, whatever level waits', () => {
    const drill = findIn(world, 'own-flat')!;
    expect(drill.own!.levelsOff).toBe(true);
    for (const store of [NO_LEVELS, setLevel(NO_LEVELS, 'own-flat', 0, day(2), ladders), { drills: { 'own-flat': level(3) }, log: [] }]) {
      expect(atLevel(drill, store)).toMatchObject({ rung: 0, level: 0, rungs: 1, drill: { dose: flat.dose } });
    }
  });

  it('set by hand, go to any rung of its ladder and no further', () => {
    expect(levelOf(setLevel(NO_LEVELS, 'own-yraise', 0, day(2), ladders), 'own-yraise', ladders).rung).toBe(0);
    expect(setLevel(NO_LEVELS, 'own-yraise', Y.rungs.length, day(2), ladders)).toBe(NO_LEVELS);
  });

  it('give the rung’s dose at a break', () => {
    const drill = findIn(world, 'own-yraise')!;
    const lowest = atLevel(drill, setLevel(NO_LEVELS, 'own-yraise', 0, day(2), ladders));
    expect(lowest).toMatchObject({ rung: 0, level: 0, rungs: 4, drill: { id: 'own-yraise', dose: Y.rungs[0]!.dose } });
    expect(atLevel(drill, NO_LEVELS).drill.dose).toEqual(yRaise.dose);
    // A level stored before levels were switched off for it: the dose written, one rung.
    expect(atLevel(findIn(world, 'own-flat')!, { drills: { 'own-flat': level(2) }, log: [] })).toMatchObject({ rung: 0, rungs: 1, drill: { dose: flat.dose } });
  });
});

describe('readLevels with own drills', () => {
  const stored = {
    drills: { 'own-yraise': level(3), 'own-gone': level(7), 'own-flat': level(2), 'chin-tucks': level(1) },
    log: [
      { drillId: 'own-yraise', from: 2, to: 3, at: day(2), why: 'easy' },
      { drillId: 'own-gone', from: 6, to: 7, at: day(2), why: 'manual' },
      { drillId: 'own-flat', from: 1, to: 2, at: day(2), why: 'easy' },
    ],
  };

  it('keeps an own drill’s level, and one of a drill not here (deleted, or not synced yet) as it is', () => {
    const { levels, unknown, malformed } = readLevels(stored, ladders);
    // With levels off for it, a drill keeps its ladder, and its level on it.
    expect(levels.drills).toEqual({ 'own-yraise': level(3), 'own-gone': level(7), 'own-flat': level(2), 'chin-tucks': level(1) });
    expect(levels.log.map((c) => c.drillId)).toEqual(['own-yraise', 'own-gone', 'own-flat']);
    expect({ unknown, malformed }).toEqual({ unknown: 0, malformed: 0 });
  });

  it('is kept in storage through a rating and a level set by hand', async () => {
    await fakeBrowser.storage.local.set({ [LEVELS_KEY]: stored });
    await rateDrillLevel('own-flat', 'easy', day(3), true, ladders);
    await rateDrillLevel('own-flat', 'easy', day(4), true, ladders);
    await setDrillLevel('own-yraise', 0, day(4), ladders);
    const after = (await fakeBrowser.storage.local.get(LEVELS_KEY))[LEVELS_KEY] as typeof stored;
    expect(after.drills['own-flat'].rung).toBe(3);
    expect(after.drills['own-gone']).toEqual(level(7));
    expect(after.drills['own-yraise'].rung).toBe(0);
    expect(after.log.slice(0, 3)).toEqual(stored.log);
    expect((await loadLevels()).drills['own-gone']).toEqual(level(7));
  });
});
