import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CATALOG, DRILL_IDS, type DrillId } from '../../src/core/catalog';
import { LADDERS } from '../../src/core/catalog/ladders';
import { breakDose, fullDurationSeconds, type Drill } from '../../src/core/drill';
import type { Rating } from '../../src/core/history';
import { levelOf, NO_LEVELS, rateLevel, readLevels, rungToDo, setLevel, topRung, type LevelStore } from '../../src/core/levels';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { inTimeZone, useTimeZone } from './tz';
import { runs } from './runs';

useTimeZone('Europe/Berlin');
const day = (d: number, hhmm = '10:00') => inTimeZone('Europe/Berlin', () => new Date(`2026-03-${String(d).padStart(2, '0')}T${hhmm}`).getTime());
/** Rates one drill several times, each at its own moment. */
const rate = (ratings: [Rating, number][], id: DrillId = 'chin-tucks', auto = true, store: LevelStore = NO_LEVELS) =>
  ratings.reduce((s, [rating, at]) => rateLevel(s, id, rating, at, auto), store);

describe('the ladders', () => {
  it('every drill has one, and its article rung is exactly the catalog’s dose', () => {
    expect(Object.keys(LADDERS).sort()).toEqual([...DRILL_IDS].sort());
    for (const drill of CATALOG) expect(LADDERS[drill.id].rungs[LADDERS[drill.id].article]!.dose, drill.id).toEqual(drill.dose);
  });

  it('starts one rung below the articles’ dose, or on the first where they say to start small', () => {
    for (const drill of CATALOG) {
      const { start, article } = LADDERS[drill.id];
      const small = ['wall-slides', 'dead-hang', 'wall-push-ups', 'side-plank'].includes(drill.id);
      expect(start, drill.id).toBe(small ? 0 : article - 1);
    }
  });

  it('every rung is no harder than the one above it, and fits a break at the default cap (the long hangs at the cap exactly)', () => {
    for (const drill of CATALOG) {
      const seconds = LADDERS[drill.id].rungs.map((r) => fullDurationSeconds(breakDose(r.dose, DEFAULT_SETTINGS.drillCapSeconds)));
      for (const s of seconds) expect(s, drill.id).toBeLessThanOrEqual(DEFAULT_SETTINGS.drillCapSeconds);
      const full = LADDERS[drill.id].rungs.map((r) => ({ work: r.dose.kind === 'reps' ? r.dose.reps * r.dose.sets : r.dose.seconds * r.dose.reps, hold: r.dose.kind === 'hold' ? r.dose.seconds : 0 }));
      for (let i = 1; i < full.length; i++) {
        const same = JSON.stringify(LADDERS[drill.id].rungs[i]!.dose) === JSON.stringify(LADDERS[drill.id].rungs[i - 1]!.dose);
        // A harder rung does more work or holds longer, or the same dose in a harder form (its variant says which).
        expect(full[i]!.work >= full[i - 1]!.work || full[i]!.hold > full[i - 1]!.hold, `${drill.id} rung ${i}`).toBe(true);
        if (same) expect(LADDERS[drill.id].rungs[i]!.variant, `${drill.id} rung ${i} differs in form`).not.toBe(LADDERS[drill.id].rungs[i - 1]!.variant);
      }
    }
  });
});

describe('how ratings move a level', () => {
  const start = LADDERS['chin-tucks'].start;

  it.each([
    ['easy twice in a row: one rung up', [['easy', day(2)], ['easy', day(3)]], start + 1],
    ['hard twice in a row: one rung down', [['hard', day(2)], ['hard', day(3)]], start - 1],
    ['once is not enough', [['easy', day(2)]], start],
    ['"about right" holds, and ends a run', [['easy', day(2)], ['right', day(3)], ['easy', day(4)]], start],
    ['"it hurt" keeps the level, and ends a run', [['easy', day(2)], ['pain', day(3)], ['easy', day(4)]], start],
    ['easy then hard is no run', [['easy', day(2)], ['hard', day(3)]], start],
    ['two easy on one day after a move that day wait for another day', [['easy', day(2)], ['easy', day(3, '09:00')], ['easy', day(3, '11:00')], ['easy', day(3, '15:00')]], start + 1],
    ['... and the next day’s easy moves it again', [['easy', day(2)], ['easy', day(3, '09:00')], ['easy', day(3, '11:00')], ['easy', day(3, '15:00')], ['easy', day(4)]], start + 1],
  ] as [string, [Rating, number][], number][])('%s', (_name, ratings, expected) => {
    expect(levelOf(rate(ratings), 'chin-tucks').rung).toBe(expected);
  });

  it('never above the top rung nor below the first', () => {
    const top = topRung('chin-tucks');
    expect(levelOf(rate(Array.from({ length: 12 }, (_, i) => ['easy', day(i + 1)] as [Rating, number])), 'chin-tucks').rung).toBe(top);
    expect(levelOf(rate(Array.from({ length: 12 }, (_, i) => ['hard', day(i + 1)] as [Rating, number])), 'chin-tucks').rung).toBe(0);
  });

  it('with automatic progression off, nothing moves', () => {
    expect(levelOf(rate([['easy', day(2)], ['easy', day(3)]], 'chin-tucks', false), 'chin-tucks').rung).toBe(start);
  });

  it('records each move with its reason, the last one on the drill too, and other drills keep theirs', () => {
    const store = rate([['easy', day(2)], ['easy', day(3)]], 'wall-slides');
    expect(store.log).toEqual([{ drillId: 'wall-slides', from: 0, to: 1, at: day(3), why: 'easy' }]);
    expect(levelOf(store, 'wall-slides')).toEqual({ rung: 1, streak: null, last: { from: 0, to: 1, at: day(3), why: 'easy' } });
    expect(levelOf(store, 'chin-tucks').rung).toBe(start);
  });

  it('set by hand: any rung of the ladder, recorded; off the ladder or unchanged, nothing happens', () => {
    const store = setLevel(NO_LEVELS, 'dead-hang', 3, day(2));
    expect(levelOf(store, 'dead-hang')).toMatchObject({ rung: 3, last: { why: 'manual' } });
    expect(setLevel(store, 'dead-hang', 3, day(3))).toBe(store);
    expect(setLevel(store, 'dead-hang', 9, day(3))).toBe(store);
    expect(setLevel(store, 'dead-hang', -1, day(3))).toBe(store);
  });
});

describe('levels, for any ratings on any days (property)', () => {
  const ratingArb = fc.constantFrom<Rating>('easy', 'right', 'hard', 'pain');
  const drillArb = fc.constantFrom(...DRILL_IDS);
  const stepsArb = fc.array(fc.record({ rating: ratingArb, later: fc.integer({ min: 0, max: 36 * 60 }) }), { maxLength: 80 });

  it('stay on the ladder and never move twice in a day', () => {
    fc.assert(
      fc.property(drillArb, stepsArb, fc.boolean(), (id, steps, auto) => {
        let at = day(2, '08:00');
        let store = NO_LEVELS;
        for (const { rating, later } of steps) {
          at += later * 60_000;
          store = rateLevel(store, id, rating, at, auto);
          expect(levelOf(store, id).rung).toBeGreaterThanOrEqual(0);
          expect(levelOf(store, id).rung).toBeLessThanOrEqual(topRung(id));
        }
        const days = store.log.map((c) => new Date(c.at).toDateString());
        expect(new Set(days).size, 'one move a day at most').toBe(days.length);
        if (!auto) expect(store.log).toEqual([]);
      }),
      { numRuns: runs(300) },
    );
  });

  it('a user who rates every drill easy reaches each top rung and stays there', () => {
    fc.assert(
      fc.property(drillArb, fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 4 }), (id, perDay) => {
        let store = NO_LEVELS;
        const days = 2 * (topRung(id) + 2);
        for (let d = 0; d < days; d++) for (let i = 0; i < perDay[d % perDay.length]!; i++) store = rateLevel(store, id, 'easy', day(1) + d * 86_400_000 + i * 3_600_000, true);
        expect(levelOf(store, id).rung).toBe(topRung(id));
        expect(store.log.every((c) => c.to === c.from + 1)).toBe(true);
      }),
      { numRuns: runs(100) },
    );
  });
});

describe('the rung to do', () => {
  const drill = (id: DrillId) => CATALOG.find((d) => d.id === id)! as Drill;

  it('is the level, or at a break the highest rung below it that fits', () => {
    expect(rungToDo(LADDERS['dead-hang'], 4).index).toBe(4);
    // At a 60 s cap the two-minute and 90 s hangs wait for routines.
    const fitsCap = (cap: number) => (r: { dose: Drill['dose'] }) => fullDurationSeconds(breakDose(r.dose, cap)) <= cap;
    expect(rungToDo(LADDERS['dead-hang'], 4, fitsCap(60)).index).toBe(2);
    // Without floor space, knee push-ups give way to the bench.
    expect(rungToDo(LADDERS['wall-push-ups'], 3, (r) => (r.position ?? drill('wall-push-ups').position) !== 'floor').index).toBe(2);
    expect(rungToDo(LADDERS['chin-tucks'], 2, () => false).index).toBe(0);
  });
});

describe('stored levels', () => {
  it('read back whole; what a newer version or nothing could write left out and counted', () => {
    const good = setLevel(rate([['easy', day(2)]], 'wall-slides'), 'dead-hang', 4, day(3));
    expect(readLevels(JSON.parse(JSON.stringify(good)))).toEqual({ levels: good, unknown: 0, malformed: 0 });
    expect(readLevels(undefined)).toEqual({ levels: NO_LEVELS, unknown: 0, malformed: 0 });
    expect(readLevels('junk')).toEqual({ levels: NO_LEVELS, unknown: 0, malformed: 1 });
    const bad = { drills: { 'chin-tucks': { rung: 9, streak: null, last: null }, ghost: { rung: 0, streak: null, last: null }, 'dead-hang': { rung: 4, streak: null, last: null } }, log: [{ drillId: 'chin-tucks', from: 0, to: 7, at: day(2), why: 'easy' }, 'x'] };
    // A rung past this version's ladder, a drill it lacks, a move to such a rung: a newer version's. 'x': no version's.
    expect(readLevels(bad)).toEqual({ levels: { drills: { 'dead-hang': { rung: 4, streak: null, last: null } }, log: [] }, unknown: 3, malformed: 1 });
    // A move for a reason this version lacks: the level holds, its move is not in the view; such a move in the log is left out.
    const coach = { rung: 1, streak: { rating: 'easy', count: 1 }, last: { from: 0, to: 1, at: day(2), why: 'coach' } };
    const newer = readLevels({ drills: { 'chin-tucks': coach }, log: [{ drillId: 'chin-tucks', ...coach.last }, { drillId: 'kettlebell-halo', from: 0, to: 1, at: day(2), why: 'easy' }] });
    expect(newer).toEqual({ levels: { drills: { 'chin-tucks': { ...coach, last: null } }, log: [] }, unknown: 2, malformed: 0 });
    expect(readLevels({ drills: { 'chin-tucks': { ...coach, last: { ...coach.last, why: 4 } } }, log: [{ drillId: 4 }] })).toMatchObject({ unknown: 0, malformed: 2 });
  });
});
