import { describe, expect, it } from 'vitest';
import type { BreakEvent, Outcome } from '../../src/core/history';
import { currentStreak, dayCounts } from '../../src/core/stats';

const at = (iso: string) => new Date(iso).getTime();
const ev = (iso: string, outcome: Outcome): BreakEvent => ({ at: at(iso), outcome, dueAt: null, shownAt: null, drillId: null, rating: null, seconds: null });

describe('stats', () => {
  const history = [
    ev('2026-03-01T10:00', 'done'),
    ev('2026-03-02T10:00', 'done'),
    ev('2026-03-03T10:00', 'done'),
    ev('2026-03-03T11:30', 'skipped'),
    ev('2026-03-03T13:00', 'natural'),
    ev('2026-03-03T14:30', 'done'),
  ];

  it('counts today by outcome', () => {
    expect(dayCounts(history, at('2026-03-03T18:00'))).toEqual({ done: 2, skipped: 1, natural: 1, snoozed: 0, paused: 0 });
    expect(dayCounts(history, at('2026-03-04T09:00')).done).toBe(0);
  });

  it('a streak counts back from today, and today still open does not break it', () => {
    expect(currentStreak(history, at('2026-03-03T18:00'))).toBe(3);
    expect(currentStreak(history, at('2026-03-04T09:00'))).toBe(3);
    expect(currentStreak(history, at('2026-03-05T09:00'))).toBe(0);
  });

  it('skipped and natural breaks do not make a streak', () => {
    expect(currentStreak([ev('2026-03-03T10:00', 'skipped'), ev('2026-03-03T11:00', 'natural')], at('2026-03-03T12:00'))).toBe(0);
  });
});
