import { describe, expect, it } from 'vitest';
import { addDays } from 'date-fns';
import { appendEvents, HISTORY_DAYS, type BreakEvent, type DaySummary, type HistoryStore, type Outcome, type Rating } from '../../src/core/history';
import { bestStreak, currentStreak, currentStreakOf, dailySeries, dayCounts, ratingsByWeek, topDrills, totals } from '../../src/core/stats';

const at = (iso: string) => new Date(iso).getTime();
const ev = (iso: string, outcome: Outcome, extra: Partial<BreakEvent> = {}): BreakEvent => ({
  at: at(iso), outcome, dueAt: null, shownAt: null, drillId: null, rating: null, seconds: null, ...extra,
});
const folded = (day: string, counts: Partial<Record<Outcome, number>>): DaySummary => ({ day, done: 0, skipped: 0, snoozed: 0, natural: 0, paused: 0, held: 0, ...counts });
const store = (events: BreakEvent[], days: DaySummary[] = []): HistoryStore => ({ events, days });
const EMPTY = store([]);

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
    expect(dayCounts(history, at('2026-03-03T18:00'))).toEqual({ done: 2, skipped: 1, natural: 1, snoozed: 0, paused: 0, held: 0 });
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

describe('daily series', () => {
  const now = at('2026-03-10T09:00');

  it('has one entry per local day for the last 30 days, oldest first, ending today', () => {
    const series = dailySeries(EMPTY, now);
    expect(series).toHaveLength(30);
    expect(series[0]).toEqual({ day: '2026-02-09', done: 0, skipped: 0, natural: 0 });
    expect(series[29]!.day).toBe('2026-03-10');
    expect(series.map((p) => p.day)).toContain('2026-02-28');
    expect(series.map((p) => p.day)).toContain('2026-03-01');
  });

  it('counts done, skipped and natural breaks on their local day, and nothing else', () => {
    const series = dailySeries(
      store([
        ev('2026-03-10T00:00', 'done'),
        ev('2026-03-10T08:59', 'done'),
        ev('2026-03-09T23:59', 'skipped'),
        ev('2026-03-09T12:00', 'natural'),
        ev('2026-03-09T12:30', 'snoozed'),
        ev('2026-03-09T13:30', 'paused'),
        ev('2026-02-09T00:00', 'done'),
        ev('2026-02-08T23:59', 'done'), // a day before the window
        ev('2026-03-11T08:00', 'done'), // tomorrow
      ]),
      now,
    );
    expect(series[29]).toEqual({ day: '2026-03-10', done: 2, skipped: 0, natural: 0 });
    expect(series[28]).toEqual({ day: '2026-03-09', done: 0, skipped: 1, natural: 1 });
    expect(series[0]).toEqual({ day: '2026-02-09', done: 1, skipped: 0, natural: 0 });
    expect(series.reduce((n, p) => n + p.done + p.skipped + p.natural, 0)).toBe(5);
  });

  it('adds folded day counts and takes other lengths', () => {
    const series = dailySeries(store([ev('2026-03-08T10:00', 'done')], [folded('2026-03-08', { done: 2, skipped: 3, natural: 4, snoozed: 9 }), folded('2025-01-01', { done: 5 })]), now, 7);
    expect(series.map((p) => p.day)).toEqual(['2026-03-04', '2026-03-05', '2026-03-06', '2026-03-07', '2026-03-08', '2026-03-09', '2026-03-10']);
    expect(series[4]).toEqual({ day: '2026-03-08', done: 3, skipped: 3, natural: 4 });
  });
});

describe('streaks over the whole history', () => {
  it('the best streak is the longest run of days with a drill done', () => {
    const events = [
      ev('2026-02-01T10:00', 'done'),
      ev('2026-02-02T10:00', 'done'),
      ev('2026-02-02T11:00', 'done'),
      ev('2026-02-03T23:59', 'done'),
      ev('2026-02-04T10:00', 'skipped'), // breaks the run
      ev('2026-02-05T10:00', 'done'),
      ev('2026-02-06T00:00', 'done'),
    ];
    expect(bestStreak(store(events))).toBe(3);
    expect(bestStreak(store([ev('2026-02-01T10:00', 'natural')]))).toBe(0);
  });

  it('runs continue across month and year ends', () => {
    expect(bestStreak(store(['2025-12-30', '2025-12-31', '2026-01-01', '2026-01-02', '2026-02-27', '2026-02-28', '2026-03-01'].map((d) => ev(`${d}T09:00`, 'done'))))).toBe(4);
  });

  it('folded days join runs made of events', () => {
    const s = store([ev('2025-01-01T10:00', 'done'), ev('2025-01-02T10:00', 'done')], [folded('2024-12-30', { done: 1 }), folded('2024-12-31', { done: 3 }), folded('2024-12-29', { skipped: 2 })]);
    expect(bestStreak(s)).toBe(4);
    expect(currentStreakOf(s, at('2025-01-03T08:00'))).toBe(4);
    expect(currentStreakOf(s, at('2025-01-02T08:00'))).toBe(4);
    expect(currentStreakOf(s, at('2025-01-04T08:00'))).toBe(0);
  });

  it('a streak longer than the kept events counts the folded days too', () => {
    const now = at('2027-03-01T12:00');
    const daily = Array.from({ length: HISTORY_DAYS + 2 }, (_, i) => ({ ...ev('2027-03-01T08:00', 'done'), at: addDays(at('2027-03-01T08:00'), -i).getTime() }));
    const s = appendEvents(EMPTY, daily, now);
    expect(s.days.length).toBe(2);
    expect(currentStreak(s.events, now)).toBe(HISTORY_DAYS);
    expect(currentStreakOf(s, now)).toBe(HISTORY_DAYS + 2);
    expect(bestStreak(s)).toBe(HISTORY_DAYS + 2);
    expect(totals(s).done).toBe(HISTORY_DAYS + 2);
  });

  it('empty history has no streaks', () => {
    expect(bestStreak(EMPTY)).toBe(0);
    expect(currentStreakOf(EMPTY, at('2026-03-01T10:00'))).toBe(0);
  });
});

describe('totals', () => {
  it('counts every outcome but pauses, folded days included, and minutes spent on finished drills', () => {
    const s = store(
      [
        ev('2026-03-01T10:00', 'done', { seconds: 50 }),
        ev('2026-03-01T12:00', 'done', { seconds: 65 }),
        ev('2026-03-01T13:00', 'done'),
        ev('2026-03-01T14:00', 'skipped', { seconds: 60 }), // time on a skipped drill is not time spent
        ev('2026-03-01T15:00', 'snoozed'),
        ev('2026-03-01T16:00', 'natural'),
        ev('2026-03-01T17:00', 'paused'),
        ev('2026-03-01T17:30', 'held', { seconds: 1200 }), // waiting is not time spent either
      ],
      [folded('2024-12-01', { done: 4, skipped: 1, snoozed: 2, natural: 3, paused: 7, held: 2 })],
    );
    expect(totals(s)).toEqual({ done: 7, skipped: 2, natural: 4, snoozed: 3, held: 3, minutes: 2 });
  });

  it('rounds minutes to the nearest', () => {
    expect(totals(store([ev('2026-03-01T10:00', 'done', { seconds: 89 })])).minutes).toBe(1);
    expect(totals(store([ev('2026-03-01T10:00', 'done', { seconds: 90 })])).minutes).toBe(2);
    expect(totals(store([ev('2026-03-01T10:00', 'done', { seconds: 29 })])).minutes).toBe(0);
  });

  it('is all zero for an empty history', () => {
    expect(totals(EMPTY)).toEqual({ done: 0, skipped: 0, natural: 0, snoozed: 0, held: 0, minutes: 0 });
  });
});

describe('top drills', () => {
  const done = (drillId: BreakEvent['drillId'], n: number) => Array.from({ length: n }, () => ev('2026-03-01T10:00', 'done', { drillId }));

  it('lists the most-done drills first, counting only finished runs', () => {
    const events = [...done('chin-tucks', 3), ...done('band-rows', 1), ...done('wall-slides', 5), ev('2026-03-01T11:00', 'skipped', { drillId: 'band-rows' }), ev('2026-03-01T11:00', 'skipped', { drillId: 'band-rows' }), ...done(null, 4)];
    expect(topDrills(events)).toEqual([
      { drillId: 'wall-slides', count: 5 },
      { drillId: 'chin-tucks', count: 3 },
      { drillId: 'band-rows', count: 1 },
    ]);
  });

  it('breaks ties by catalog order and stops at the limit', () => {
    // Catalog order: band drills, then bodyweight (wall-slides before chin-tucks), then stretches.
    const events = [...done('doorway-pec-stretch', 2), ...done('chin-tucks', 2), ...done('wall-slides', 2), ...done('band-pull-aparts', 2), ...done('band-rows', 2), ...done('upper-trap-stretch', 2), ...done('dead-hang', 3)];
    expect(topDrills(events).map((d) => d.drillId)).toEqual(['dead-hang', 'band-rows', 'band-pull-aparts', 'wall-slides', 'chin-tucks']);
    expect(topDrills(events, 2)).toEqual([{ drillId: 'dead-hang', count: 3 }, { drillId: 'band-rows', count: 2 }]);
  });

  it('is empty for an empty history', () => {
    expect(topDrills([])).toEqual([]);
  });
});

describe('ratings by week', () => {
  const rated = (iso: string, rating: Rating) => ev(iso, 'done', { rating, drillId: 'chin-tucks' });
  const now = at('2026-03-11T09:00'); // a Wednesday

  it('has one row per week starting Monday, oldest first, this week last', () => {
    const weeks = ratingsByWeek([], now);
    expect(weeks.map((w) => w.weekStart)).toEqual(['2026-01-19', '2026-01-26', '2026-02-02', '2026-02-09', '2026-02-16', '2026-02-23', '2026-03-02', '2026-03-09']);
    expect(weeks.every((w) => w.easy + w.right + w.hard + w.pain === 0)).toBe(true);
  });

  it('counts each rating in the week it happened, Sunday night in the week before', () => {
    const weeks = ratingsByWeek(
      [
        rated('2026-03-09T00:00', 'easy'),
        rated('2026-03-11T08:00', 'easy'),
        rated('2026-03-08T23:59', 'pain'),
        rated('2026-03-02T10:00', 'hard'),
        rated('2026-03-03T10:00', 'right'),
        rated('2026-01-19T00:00', 'right'),
        rated('2026-01-18T23:59', 'hard'), // before the first week shown
        ev('2026-03-10T10:00', 'done'), // not rated
      ],
      now,
    );
    expect(weeks[7]).toEqual({ weekStart: '2026-03-09', easy: 2, right: 0, hard: 0, pain: 0 });
    expect(weeks[6]).toEqual({ weekStart: '2026-03-02', easy: 0, right: 1, hard: 1, pain: 1 });
    expect(weeks[0]).toEqual({ weekStart: '2026-01-19', easy: 0, right: 1, hard: 0, pain: 0 });
    expect(ratingsByWeek([], now, 3)).toHaveLength(3);
  });

  it('on a Monday the current week starts today; on a Sunday it started six days ago', () => {
    expect(ratingsByWeek([], at('2026-03-09T00:00'), 1)[0]!.weekStart).toBe('2026-03-09');
    expect(ratingsByWeek([], at('2026-03-15T23:59'), 1)[0]!.weekStart).toBe('2026-03-09');
  });
});
