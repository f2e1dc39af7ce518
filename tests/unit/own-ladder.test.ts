import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Dose } from '../../src/core/drill';
import { DOSE_MOST, ownLadder } from '../../src/core/own-ladder';
import { fullDurationSeconds } from '../../src/core/drill';
import { runs } from './runs';

// Issue 24 item 3: a drill the user wrote gets a ladder from the dose they wrote, so ratings move it.

const reps = (n: number, sets: number, perSide = false): Dose => ({ kind: 'reps', reps: n, sets, perSide });
const hold = (seconds: number, n: number, perSide = false): Dose => ({ kind: 'hold', seconds, reps: n, perSide });
const doses = (d: Dose) => ownLadder(d).rungs.map((r) => r.dose);

describe('ownLadder', () => {
  it.each([
    ['10 reps × 2', reps(10, 2), [reps(5, 1), reps(8, 1), reps(10, 2), reps(10, 3)], 2],
    ['8 reps × 3 a side', reps(8, 3, true), [reps(4, 1, true), reps(6, 2, true), reps(8, 3, true), reps(8, 4, true)], 2],
    ['12 reps × 5, the most sets: a quarter more reps above', reps(12, 5), [reps(6, 1), reps(9, 4), reps(12, 5), reps(15, 5)], 2],
    ['50 reps × 5, the most of both: nothing above', reps(50, 5), [reps(25, 1), reps(38, 4), reps(50, 5)], 2],
    ['1 rep × 1: nothing below it', reps(1, 1), [reps(1, 1), reps(1, 2)], 0],
    ['30 s × 3 a side', hold(30, 3, true), [hold(10, 1, true), hold(20, 1, true), hold(30, 3, true), hold(30, 4, true)], 2],
    ['15 s × 2: only 10 s below', hold(15, 2), [hold(10, 1), hold(15, 2), hold(15, 3)], 1],
    ['10 s × 1: nothing below', hold(10, 1), [hold(10, 1), hold(10, 2)], 0],
    ['45 s × 10, the most holds: longer holds above', hold(45, 10), [hold(10, 1), hold(20, 1), hold(45, 10), hold(70, 10)], 2],
    ['120 s × 10, the most of both: nothing above', hold(120, 10), [hold(10, 1), hold(20, 1), hold(120, 10)], 2],
  ] as const)('%s', (_what, dose, rungs, at) => {
    const ladder = ownLadder(dose);
    expect(doses(dose)).toEqual(rungs);
    expect(ladder).toMatchObject({ start: at, article: at });
    expect(ladder.rungs[at]!.dose).toBe(dose);
  });

  it('keeps the tempo the user wrote on every rung', () => {
    const tempo = [{ phase: 'pull', seconds: 2 }, { phase: 'release', seconds: 3 }] as const;
    const dose: Dose = { kind: 'reps', reps: 8, sets: 2, perSide: false, tempo };
    expect(ownLadder(dose).rungs.every((r) => r.dose.kind === 'reps' && r.dose.tempo === tempo)).toBe(true);
  });

  it('for any dose a drill may have: starts on it, every step up takes longer, and none goes past the limits', () => {
    const dose = fc.oneof(
      fc.record({ kind: fc.constant('reps' as const), reps: fc.integer({ min: 1, max: DOSE_MOST.reps }), sets: fc.integer({ min: 1, max: DOSE_MOST.sets }), perSide: fc.boolean() }),
      fc.record({ kind: fc.constant('hold' as const), seconds: fc.integer({ min: 5, max: DOSE_MOST.seconds }), reps: fc.integer({ min: 1, max: DOSE_MOST.holds }), perSide: fc.boolean() }),
    );
    fc.assert(
      fc.property(dose, (d) => {
        const ladder = ownLadder(d);
        expect(ladder.rungs[ladder.start]!.dose).toEqual(d);
        const seconds = ladder.rungs.map((r) => fullDurationSeconds(r.dose));
        for (let i = 1; i < seconds.length; i++) expect(seconds[i]!).toBeGreaterThan(seconds[i - 1]!);
        expect(ladder.rungs.length - ladder.start).toBeLessThanOrEqual(2);
        for (const { dose: r } of ladder.rungs) {
          if (r.kind === 'reps') expect([r.reps <= DOSE_MOST.reps, r.sets <= DOSE_MOST.sets, r.reps >= 1, r.sets >= 1]).toEqual([true, true, true, true]);
          else expect([r.seconds <= DOSE_MOST.seconds, r.reps <= DOSE_MOST.holds, r.seconds >= 5, r.reps >= 1]).toEqual([true, true, true, true]);
        }
      }),
      { numRuns: runs(2000) },
    );
  });
});
