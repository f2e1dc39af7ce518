import { describe, expect, it } from 'vitest';
import { ROUTINE_KINDS, routineDue, ROUTINES } from '../../src/core/routines';

const MIN = 60_000;
const at = Date.UTC(2026, 2, 2, 17, 0); // any moment: lateness is counted in minutes, not on the clock

describe('a routine alarm', () => {
  it('is announced on time and up to its grace late', () => {
    for (const kind of ROUTINE_KINDS) {
      const grace = ROUTINES[kind].graceMinutes;
      expect(routineDue(kind, at, at)).toBe(true);
      expect(routineDue(kind, at, at + grace * MIN)).toBe(true);
    }
  });

  it('more than its grace late (a laptop asleep through the evening) is skipped', () => {
    for (const kind of ROUTINE_KINDS) {
      const grace = ROUTINES[kind].graceMinutes;
      expect(routineDue(kind, at, at + grace * MIN + 1)).toBe(false);
      expect(routineDue(kind, at, at + 14 * 60 * MIN + 45 * MIN)).toBe(false); // 18:00 → 08:45
    }
  });

  it('has a grace of half an hour, long enough for a wake from a short sleep', () => {
    expect(ROUTINES.morning.graceMinutes).toBe(30);
    expect(ROUTINES.evening.graceMinutes).toBe(30);
  });

  it('that fires before its time (a clock set back) is still that day’s routine', () => {
    expect(routineDue('evening', at, at - 5 * MIN)).toBe(true);
  });
});
