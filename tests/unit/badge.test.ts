import { describe, expect, it } from 'vitest';
import { badgeChangesAt, badgeText } from '../../src/core/schedule';
import type { State } from '../../src/core/state';

// The badge alarm wakes the worker only when the badge's text changes: every minute of the last
// 99, then at each change of the hour figure; never for a text that only an event changes.
const MIN = 60_000;
const now = Date.UTC(2026, 2, 2, 9, 0);
const on = { showBadge: true };
const next = (ms: number | null): Pick<State, 'pause' | 'pending' | 'nextBreakAt'> => ({ nextBreakAt: ms === null ? null : now + ms, pending: null, pause: null });
const pending = (snoozedUntil: number | null) => ({ drillId: 'chin-tucks' as const, dueAt: now, shownAt: now, snoozedUntil, held: false, swapped: [], waiting: null });

describe('badgeChangesAt', () => {
  it('in the minutes range: when the next minute is used up', () => {
    expect(badgeChangesAt(next(85 * MIN), on, now)).toBe(now + MIN);
    expect(badgeChangesAt(next(84.5 * MIN), on, now)).toBe(now + 30_000);
    expect(badgeChangesAt(next(2 * MIN), on, now)).toBe(now + MIN);
  });

  it('with one minute left, nothing: the break alarm itself comes then', () => {
    expect(badgeChangesAt(next(MIN), on, now)).toBeNull();
    expect(badgeChangesAt(next(0), on, now)).toBeNull();
    expect(badgeChangesAt(next(-MIN), on, now)).toBeNull();
  });

  it('in the hours range: only when the rounded hours change, or the minutes begin', () => {
    // 16 h 50 min shows 17h until 16 h 29 min are left.
    expect(badgeText(next(1010 * MIN), on, now)).toBe('17h');
    expect(badgeChangesAt(next(1010 * MIN), on, now)).toBe(now + 21 * MIN);
    expect(badgeText(next(989 * MIN), on, now)).toBe('16h');
    // 2 h 29 min shows 2h until 99 min are left.
    expect(badgeChangesAt(next(149 * MIN), on, now)).toBe(now + 50 * MIN);
    expect(badgeText(next(99 * MIN), on, now)).toBe('99m');
  });

  it('the text changes at that moment and not a millisecond before', () => {
    for (const left of [3 * MIN, 99.5 * MIN, 100 * MIN, 150 * MIN, 1010 * MIN, 3 * 24 * 60 * MIN + 7_777]) {
      const change = badgeChangesAt(next(left), on, now)!;
      expect(badgeText(next(left), on, change - 1)).toBe(badgeText(next(left), on, now));
      expect(badgeText(next(left), on, change)).not.toBe(badgeText(next(left), on, now));
    }
  });

  it('nothing while no countdown shows: badge off, paused, a break on screen, no next break', () => {
    expect(badgeChangesAt(next(30 * MIN), { showBadge: false }, now)).toBeNull();
    expect(badgeChangesAt({ ...next(30 * MIN), pause: { since: now, until: now + 30 * MIN } }, on, now)).toBeNull();
    expect(badgeChangesAt({ ...next(30 * MIN), pending: pending(null) }, on, now)).toBeNull();
    expect(badgeChangesAt(next(null), on, now)).toBeNull();
  });

  it('counts down a snoozed break like any other', () => {
    expect(badgeChangesAt({ ...next(5 * MIN), pending: pending(now + 5 * MIN) }, on, now)).toBe(now + MIN);
  });
});
