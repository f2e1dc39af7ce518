import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { DrillId } from '../../src/core/catalog/ids';
import { lightenAll } from '../../src/core/levels-lighten';
import { catalogLadders, laddersOf, levelOf, NO_LEVELS, readLevels, setLevel, topRung, type DrillLevel, type LevelStore } from '../../src/core/levels';
import { storeLevels } from '../../src/core/levels-stored';
import { drillWorld } from '../../src/core/own-world';
import { levelStore } from './arbitraries';
import { yRaise } from './own-fixtures';

const T = Date.UTC(2026, 4, 4, 10);
const AT = T + 86_400_000;
const level = (rung: number): DrillLevel => ({ rung, streak: null, last: null });

describe('lightenAll', () => {
  it('moves every stored level one rung down, recorded as changes by hand at one time', () => {
    const store: LevelStore = { drills: { 'chin-tucks': level(2), 'band-rows': { rung: 3, streak: { rating: 'easy', count: 1 }, last: { from: 2, to: 3, at: T, why: 'easy' } } }, log: [] };
    const out = lightenAll(store, catalogLadders, AT);
    expect(out.drills).toEqual({
      'chin-tucks': { rung: 1, streak: null, last: { from: 2, to: 1, at: AT, why: 'manual' } },
      'band-rows': { rung: 2, streak: null, last: { from: 3, to: 2, at: AT, why: 'manual' } },
    });
    expect(out.log).toEqual([
      { drillId: 'chin-tucks', from: 2, to: 1, at: AT, why: 'manual' },
      { drillId: 'band-rows', from: 3, to: 2, at: AT, why: 'manual' },
    ]);
  });

  it('leaves a level on the first rung where it is, and drills never moved at their start', () => {
    const store: LevelStore = { drills: { 'wall-slides': level(0) }, log: [] };
    expect(lightenAll(store, catalogLadders, AT)).toBe(store);
    expect(lightenAll(NO_LEVELS, catalogLadders, AT)).toBe(NO_LEVELS);
  });

  it('lowers the user\'s own drills on their own ladder', () => {
    const ladders = laddersOf(drillWorld([yRaise]));
    const store: LevelStore = { drills: { 'own-yraise': level(1) }, log: [] };
    expect(levelOf(lightenAll(store, ladders, AT), 'own-yraise', ladders).rung).toBe(0);
  });

  it('keeps the level of a drill whose ladder is not known here', () => {
    const store: LevelStore = { drills: { 'own-gone': level(4), 'chin-tucks': level(1) }, log: [] };
    const out = lightenAll(store, catalogLadders, AT);
    expect(out.drills['own-gone' as DrillId]).toBe(store.drills['own-gone' as DrillId]);
    expect(out.drills['chin-tucks']!.rung).toBe(0);
  });

  it('a level past the top of a ladder made shorter goes one below the top', () => {
    const top = topRung('chin-tucks');
    const store: LevelStore = { drills: { 'chin-tucks': level(top + 3) }, log: [] };
    expect(lightenAll(store, catalogLadders, AT).drills['chin-tucks']).toMatchObject({ rung: top - 1, last: { from: top, to: top - 1 } });
  });

  it('is written and read back like any change by hand (a reason every version knows)', () => {
    const before: LevelStore = { drills: { 'chin-tucks': level(2) }, log: [] };
    const raw = { drills: { 'chin-tucks': { rung: 2, streak: null, last: null, note: 'newer' } }, log: [], extra: 1 };
    const stored = storeLevels(raw, before, lightenAll(before, catalogLadders, AT));
    expect(stored).toMatchObject({ extra: 1, drills: { 'chin-tucks': { rung: 1, note: 'newer' } } });
    const read = readLevels(stored);
    expect([read.unknown, read.malformed]).toEqual([0, 0]);
    expect(read.levels.log).toEqual([{ drillId: 'chin-tucks', from: 2, to: 1, at: AT, why: 'manual' }]);
  });

  it('property: no level goes up or below 0, each stored one on a ladder goes down by one unless at 0, and what it gives is what setLevel would', () => {
    fc.assert(
      fc.property(levelStore(T), (store) => {
        const out = lightenAll(store, catalogLadders, AT);
        let expected = store;
        for (const [id, stored] of Object.entries(store.drills) as [DrillId, DrillLevel][]) {
          const was = levelOf(store, id).rung;
          const now = levelOf(out, id).rung;
          expect(now).toBe(Math.max(0, was - 1));
          expect(now).toBeLessThanOrEqual(stored.rung);
          if (was > 0) expected = setLevel(expected, id, was - 1, AT);
        }
        expect(out).toEqual(expected);
        expect(out.log.length - store.log.length).toBe(Object.keys(store.drills).filter((id) => levelOf(store, id as DrillId).rung > 0).length);
      }),
    );
  });
});

describe('lightening drills never moved', () => {
  it('takes every drill there is a rung below its ladder’s start, and leaves a drill at its first rung where it is', () => {
    const at = new Date('2026-03-02T10:00').getTime();
    const ids = (['band-rows', 'chin-tucks'] as const).filter((id) => levelOf(NO_LEVELS, id).rung > 0);
    expect(ids.length, 'a catalog drill starts above its first rung').toBeGreaterThan(0);
    const next = lightenAll(NO_LEVELS, catalogLadders, at, ids);
    for (const id of ids) expect(levelOf(next, id).rung).toBe(levelOf(NO_LEVELS, id).rung - 1);
    const bottom = ids.reduce((s, id) => setLevel(s, id, 0, at), NO_LEVELS);
    expect(lightenAll(bottom, catalogLadders, at, ids)).toBe(bottom);
  });
});
