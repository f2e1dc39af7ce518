import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BURST, MIN_GAP_MS, paceWrite, REFILL_MS, type Pace } from '../../src/core/pace';
import { runs } from './runs';

const T0 = Date.UTC(2026, 2, 2, 9);

/** Writes wanted at `times` (ms from T0), each made as soon as the pace allows: when each is made. */
function run(times: readonly number[]): number[] {
  let pace: unknown;
  let free = T0;
  return times.map((t) => {
    const now = Math.max(T0 + t, free);
    const { wait, next } = paceWrite(pace, now);
    pace = next;
    free = now + wait;
    return free - T0;
  });
}

describe('pace of settings writes: within 1,800 an hour and 120 a minute', () => {
  it('the numbers: 500 ms apart at most 120 a minute; a bucket of 60 refilled so an hour holds 1,800', () => {
    expect(MIN_GAP_MS).toBe(500);
    expect(BURST).toBe(60);
    expect(REFILL_MS).toBe(Math.ceil(3_600_000 / (1800 - BURST)));
    expect(BURST + 3_600_000 / REFILL_MS).toBeLessThanOrEqual(1800);
    expect(BURST + 3_600_000 / (REFILL_MS - 1)).toBeGreaterThan(1800);
  });

  it('the first write goes at once, with one write taken from a full bucket', () => {
    expect(paceWrite(undefined, T0)).toEqual({ wait: 0, next: { at: T0, left: BURST - 1 } });
    expect(paceWrite({ at: 'x', left: 3 }, T0)).toEqual({ wait: 0, next: { at: T0, left: BURST - 1 } });
    expect(paceWrite({ at: T0, left: Number.NaN }, T0 + 10_000)).toEqual({ wait: 0, next: { at: T0 + 10_000, left: BURST - 1 } });
  });

  it('a write waits until 500 ms after the last one, exactly', () => {
    const last: Pace = { at: T0, left: 10 };
    expect(paceWrite(last, T0 + 100).wait).toBe(400);
    expect(paceWrite(last, T0 + MIN_GAP_MS - 1).wait).toBe(1);
    expect(paceWrite(last, T0 + MIN_GAP_MS).wait).toBe(0);
    expect(paceWrite(last, T0 + MIN_GAP_MS).next).toEqual({ at: T0 + MIN_GAP_MS, left: 10 + MIN_GAP_MS / REFILL_MS - 1 });
  });

  it('with the bucket empty, a write waits until one write has refilled', () => {
    expect(paceWrite({ at: T0, left: 0 }, T0)).toEqual({ wait: REFILL_MS, next: { at: T0 + REFILL_MS, left: 0 } });
    expect(paceWrite({ at: T0, left: 0.5 }, T0 + MIN_GAP_MS).wait).toBeCloseTo(REFILL_MS / 2 - MIN_GAP_MS, 9);
    expect(paceWrite({ at: T0, left: 1 }, T0 + MIN_GAP_MS).wait).toBe(0);
  });

  it('the bucket refills to 60 at most', () => {
    expect(paceWrite({ at: T0, left: 0 }, T0 + 1000 * REFILL_MS).next.left).toBe(BURST - 1);
    expect(paceWrite({ at: T0, left: 0 }, T0 + 30 * REFILL_MS).next.left).toBeCloseTo(29, 9);
  });

  it('a last write stamped in the future (the clock set back) holds the next for one refill at most', () => {
    expect(paceWrite({ at: T0 + 3_600_000, left: 0 }, T0).wait).toBe(REFILL_MS);
    expect(paceWrite({ at: T0 + 3_600_000, left: 5 }, T0).wait).toBe(REFILL_MS);
  });

  it('a burst of edits saves 500 ms apart while the bucket lasts (refilling meanwhile); then a refill apart', () => {
    const made = run(Array.from({ length: 200 }, () => 0));
    // 60 in the bucket, and one more for each refill during the burst: 78 writes 500 ms apart.
    const fast = made.findIndex((t, i) => i > 0 && t - made[i - 1]! > MIN_GAP_MS);
    expect(fast).toBe(78);
    expect(made.slice(0, fast)).toEqual(Array.from({ length: fast }, (_, i) => i * MIN_GAP_MS));
    for (let i = fast + 1; i < made.length; i++) expect(made[i]! - made[i - 1]!).toBeCloseTo(REFILL_MS, 6);
  });

  it('a storm of writes for two hours: never 121 in a minute or 1,801 in an hour', () => {
    const made = run(Array.from({ length: 4000 }, () => 0)).filter((t) => t < 7_200_000);
    for (let i = 120; i < made.length; i++) expect(made[i]! - made[i - 120]!).toBeGreaterThanOrEqual(60_000);
    for (let i = 1800; i < made.length; i++) expect(made[i]! - made[i - 1800]!).toBeGreaterThanOrEqual(3_600_000 - 1e-6);
    expect(made.filter((t) => t < 3_600_000)).toHaveLength(1799);
  });

  it('any pattern of wanted writes stays within both limits', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 120_000 }), { minLength: 1, maxLength: 400 }), (gaps) => {
        let t = 0;
        const made = run(gaps.map((g) => (t += g)));
        for (let i = 1; i < made.length; i++) expect(made[i]! - made[i - 1]!).toBeGreaterThanOrEqual(MIN_GAP_MS - 1e-6);
        for (let i = 120; i < made.length; i++) expect(made[i]! - made[i - 120]!).toBeGreaterThanOrEqual(60_000 - 1e-6);
      }),
      { numRuns: runs(100) },
    );
  });
});

describe('a stored pace that is not one', () => {
  it('null or a malformed record reads as no pace at all', () => {
    const T = 1_000_000;
    expect(paceWrite(null, T)).toEqual(paceWrite(undefined, T));
    expect(paceWrite({ at: 'x', left: 3 }, T)).toEqual(paceWrite(undefined, T));
  });
});
