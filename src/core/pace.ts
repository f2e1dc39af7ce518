// How fast settings may be written. storage.sync takes 1,800 writes an hour and 120 a minute.
// Writes go at most one per MIN_GAP_MS (120 a minute) while a bucket of BURST writes lasts; the
// bucket refills one write per REFILL_MS. In any hour that is at most BURST + 3,600,000 /
// REFILL_MS < 1,800 writes, so a burst of edits saves at once and only a long storm is slowed.

export const MIN_GAP_MS = 500;
export const BURST = 60;
/** 3,600,000 / (1,800 − BURST), rounded up to whole milliseconds so the hour never holds more. */
export const REFILL_MS = 2069;

/** What is remembered of past writes: when the last one was, and what was left in the bucket after it. */
export interface Pace {
  at: number;
  left: number;
}

const isPace = (x: unknown): x is Pace => typeof x === 'object' && x !== null && Number.isFinite((x as Pace).at) && Number.isFinite((x as Pace).left);

/**
 * How long a write must wait from `now`, and the pace to store once it is made (at `now + wait`).
 * A stored pace that makes no sense (a clock set back, junk) costs at most one refill's wait.
 */
export function paceWrite(stored: unknown, now: number): { wait: number; next: Pace } {
  const last = isPace(stored) ? stored : { at: -Infinity, left: BURST };
  const leftAt = (t: number) => Math.min(BURST, last.left + Math.max(0, t - last.at) / REFILL_MS);
  const wait = Math.min(REFILL_MS, Math.max(0, last.at + MIN_GAP_MS - now, (1 - leftAt(now)) * REFILL_MS));
  const at = now + wait;
  return { wait, next: { at, left: Math.max(0, leftAt(at) - 1) } };
}
