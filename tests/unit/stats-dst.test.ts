import { describe, expect, it } from 'vitest';
import type { BreakEvent, Outcome, Rating } from '../../src/core/history';
import { bestStreak, currentStreakOf, dailySeries, ratingsByWeek } from '../../src/core/stats';
import { inTimeZone, useTimeZone } from './tz';

// Local days across daylight-saving changes.
useTimeZone('Europe/Berlin');

const at = (iso: string) => inTimeZone('Europe/Berlin', () => new Date(iso).getTime());
const ev = (iso: string, outcome: Outcome, rating: Rating | null = null): BreakEvent => ({ at: at(iso), outcome, dueAt: null, shownAt: null, drillId: null, rating, seconds: null });

describe('stats across daylight-saving changes (Europe/Berlin)', () => {
  it('runs in Berlin time', () => {
    expect(new Date('2026-03-28T12:00').getTimezoneOffset()).toBe(-60);
    expect(new Date('2026-03-30T12:00').getTimezoneOffset()).toBe(-120);
  });

  it('spring forward (29 March, a 23-hour day): 30 distinct days, each break on its own day', () => {
    const events = [ev('2026-03-28T23:59', 'done'), ev('2026-03-29T00:00', 'done'), ev('2026-03-29T03:30', 'skipped'), ev('2026-03-29T23:59', 'natural'), ev('2026-03-30T00:00', 'done')];
    const series = dailySeries({ events, days: [] }, at('2026-04-10T00:30'));
    expect(series).toHaveLength(30);
    expect(series[0]!.day).toBe('2026-03-12');
    expect(series[29]!.day).toBe('2026-04-10');
    expect(new Set(series.map((p) => p.day)).size).toBe(30);
    const byDay = Object.fromEntries(series.map((p) => [p.day, p]));
    expect(byDay['2026-03-28']).toEqual({ day: '2026-03-28', done: 1, skipped: 0, natural: 0 });
    expect(byDay['2026-03-29']).toEqual({ day: '2026-03-29', done: 1, skipped: 1, natural: 1 });
    expect(byDay['2026-03-30']).toEqual({ day: '2026-03-30', done: 1, skipped: 0, natural: 0 });
  });

  it('fall back (25 October, a 25-hour day): no day doubled or dropped', () => {
    const series = dailySeries({ events: [ev('2026-10-25T02:30', 'done'), ev('2026-10-25T23:30', 'done')], days: [] }, at('2026-11-05T23:59'));
    expect(series[0]!.day).toBe('2026-10-07');
    expect(series[29]!.day).toBe('2026-11-05');
    expect(new Set(series.map((p) => p.day)).size).toBe(30);
    expect(series.find((p) => p.day === '2026-10-25')!.done).toBe(2);
    expect(series.find((p) => p.day === '2026-10-26')!.done).toBe(0);
  });

  it('streaks run through both changes', () => {
    const spring = ['2026-03-27', '2026-03-28', '2026-03-29', '2026-03-30', '2026-03-31'].map((d) => ev(`${d}T00:15`, 'done'));
    const autumn = ['2026-10-24', '2026-10-25', '2026-10-26'].map((d) => ev(`${d}T23:45`, 'done'));
    const store = { events: [...spring, ...autumn], days: [{ day: '2026-03-26', done: 1, skipped: 0, snoozed: 0, natural: 0, paused: 0, held: 0 }] };
    expect(bestStreak(store)).toBe(6);
    expect(currentStreakOf(store, at('2026-03-31T23:59'))).toBe(6);
    expect(currentStreakOf(store, at('2026-10-27T00:00'))).toBe(3);
  });

  it('weeks start on local Monday midnight either side of a change', () => {
    const weeks = ratingsByWeek([ev('2026-03-30T00:00', 'done', 'easy'), ev('2026-03-29T23:59', 'done', 'hard')], at('2026-04-01T12:00'), 3);
    expect(weeks).toEqual([
      { weekStart: '2026-03-16', easy: 0, right: 0, hard: 0, pain: 0 },
      { weekStart: '2026-03-23', easy: 0, right: 0, hard: 1, pain: 0 },
      { weekStart: '2026-03-30', easy: 1, right: 0, hard: 0, pain: 0 },
    ]);
  });
});
