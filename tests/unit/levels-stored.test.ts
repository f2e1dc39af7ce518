import { describe, expect, it } from 'vitest';
import { importLevels, storeLevels } from '../../src/core/levels-stored';
import { MAX_LEVEL_LOG, rateLevel, readLevels, setLevel, type LevelChange, type LevelStore } from '../../src/core/levels';

// The levels as written back over what is stored: only this version's change goes in, and what a
// newer version stored (a longer log, moves of its drills, levels this one cannot read) stays.

const T = new Date('2026-03-02T10:30:00Z').getTime();
const HOUR = 3_600_000;
const view = (raw: unknown): LevelStore => readLevels(raw).levels;
/** A move of this version, `n` hours after T. */
const move = (n: number): LevelChange => ({ drillId: 'band-rows', from: 2, to: 3, at: T + n * HOUR, why: 'manual' });

describe('storeLevels: writing a change over the stored levels', () => {
  it('a level set by hand replaces a stored level that fits no version, without any of its old fields', () => {
    const raw = { drills: { 'band-rows': { rung: 'high', note: 'from a broken write' } }, log: [] };
    const before = view(raw);
    const after = setLevel(before, 'band-rows', 3, T);
    expect(storeLevels(raw, before, after).drills).toEqual({
      'band-rows': { rung: 3, streak: null, last: { from: 2, to: 3, at: T, why: 'manual' } },
    });
  });

  it('a level changed over a readable stored one keeps the fields a newer version added to it', () => {
    const raw = { drills: { 'band-rows': { rung: 2, streak: null, last: null, since: 'newer' } }, log: [] };
    const before = view(raw);
    const after = setLevel(before, 'band-rows', 1, T);
    expect(storeLevels(raw, before, after).drills).toEqual({
      'band-rows': { rung: 1, streak: null, last: { from: 2, to: 1, at: T, why: 'manual' }, since: 'newer' },
    });
  });

  it('a drill the view leaves without a level keeps its stored level', () => {
    const stored = { rung: 3, streak: null, last: null };
    const raw = { drills: { 'band-rows': stored, 'chin-tucks': { rung: 1, streak: null, last: null } }, log: [] };
    const before = view(raw);
    const after: LevelStore = { ...before, drills: { ...before.drills, 'band-rows': undefined, 'chin-tucks': { rung: 2, streak: null, last: null } } };
    const out = storeLevels(raw, before, after);
    expect(out.drills).toEqual({ 'band-rows': stored, 'chin-tucks': { rung: 2, streak: null, last: null } });
  });

  it('a change with no new move keeps a longer log a newer version stored, every move of it', () => {
    const log = Array.from({ length: MAX_LEVEL_LOG + 1 }, (_, i) => move(i - MAX_LEVEL_LOG - 10));
    const raw = { drills: { 'band-rows': { rung: 2, streak: null, last: null } }, log };
    const before = view(raw);
    const after = rateLevel(before, 'band-rows', 'easy', T, true); // a first "easy": a run starts, nothing moves
    expect(after.log).toBe(before.log);
    const out = storeLevels(raw, before, after);
    expect(out.log).toEqual(log);
    expect(out.drills).toEqual({ 'band-rows': { rung: 2, streak: { rating: 'easy', count: 1 }, last: null } });
  });

  it('a new move on a full log drops the oldest stored move, so the log stays at its bound', () => {
    const log = Array.from({ length: MAX_LEVEL_LOG }, (_, i) => move(i - MAX_LEVEL_LOG - 10));
    const raw = { drills: {}, log };
    const before = view(raw);
    const after = setLevel(before, 'band-rows', 0, T);
    const out = storeLevels(raw, before, after);
    expect(out.log).toHaveLength(MAX_LEVEL_LOG);
    expect(out.log).toEqual([...log.slice(1), { drillId: 'band-rows', from: 2, to: 0, at: T, why: 'manual' }]);
  });
});

describe('importLevels: a file of this version replacing the levels', () => {
  const file: LevelStore = { drills: { 'band-rows': { rung: 3, streak: null, last: null } }, log: [move(0), move(2)] };

  it("a newer version's move goes between the file's moves by its time", () => {
    const newer = { drillId: 'kettlebell-halo', from: 0, to: 1, at: T + HOUR, why: 'easy' };
    expect(importLevels({ drills: {}, log: [newer] }, file).log).toEqual([move(0), newer, move(2)]);
  });

  it("a newer version's move dated before all of the file's goes first", () => {
    const newer = { drillId: 'band-rows', from: 2, to: 3, at: T - HOUR, why: 'coach' };
    expect(importLevels({ drills: {}, log: [newer] }, file).log).toEqual([newer, move(0), move(2)]);
  });

  it("a newer version's move with no usable time goes after the file's (a name or NaN, as Firefox can store)", () => {
    const named = { drillId: 'kettlebell-halo', from: 0, to: 1, at: 'yesterday', why: 'easy' };
    const nan = { drillId: 'kettlebell-halo', from: 1, to: 2, at: Number.NaN, why: 'easy' };
    expect(importLevels({ drills: {}, log: [named, nan] }, file).log).toEqual([move(0), move(2), named, nan]);
  });
});
