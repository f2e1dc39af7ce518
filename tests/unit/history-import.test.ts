import { describe, expect, it } from 'vitest';
import { importHistory } from '../../src/core/history-import';
import type { BreakEvent, DaySummary, HistoryStore } from '../../src/core/history';

// An import replaces the history with the file's; what only a newer version can count (its
// outcomes' events and day counts) stays, merged in; what fits no version goes.

const NOW = new Date(2026, 2, 2, 10, 30).getTime();
const HOUR = 3_600_000;
const zeros = { done: 0, skipped: 0, snoozed: 0, natural: 0, paused: 0, held: 0 };
const day = (key: string, counts: Partial<DaySummary> = {}): DaySummary => ({ day: key, ...zeros, ...counts });
const done = (at: number): BreakEvent => ({ at, outcome: 'done', dueAt: at, shownAt: at, drillId: 'chin-tucks', rating: null, seconds: 60 });
const fileOf = (days: DaySummary[], events: BreakEvent[] = []): HistoryStore => ({ events, days });

describe('importHistory: day counts', () => {
  it("a stored day of this version's counts only is replaced by the file, not kept as an empty day", () => {
    const stored = { events: [], days: [day('2025-01-05', { done: 4 })] };
    expect(importHistory(stored, fileOf([day('2025-01-07', { done: 1 })]), NOW).days).toEqual([day('2025-01-07', { done: 1 })]);
  });

  it("a newer outcome's count on a day the file does not hold gets a day of its own, in calendar order", () => {
    const stored = { events: [], days: [day('2025-01-06', { done: 9, stretched: 3 } as Partial<DaySummary>)] };
    const file = fileOf([day('2025-01-05', { done: 1 }), day('2025-01-07', { skipped: 2 })]);
    expect(importHistory(stored, file, NOW).days).toEqual([
      day('2025-01-05', { done: 1 }),
      { ...day('2025-01-06'), stretched: 3 },
      day('2025-01-07', { skipped: 2 }),
    ]);
  });

  it("a newer outcome's count on a day the file holds joins the file's counts of that day", () => {
    const stored = { events: [], days: [day('2025-01-07', { done: 9, stretched: 3 } as Partial<DaySummary>)] };
    const file = fileOf([day('2025-01-05', { done: 1 }), day('2025-01-07', { skipped: 2 })]);
    expect(importHistory(stored, file, NOW).days).toEqual([day('2025-01-05', { done: 1 }), { ...day('2025-01-07', { skipped: 2 }), stretched: 3 }]);
  });

  it('a day a newer version stored twice keeps the count of its first summary, the one every writer adds to', () => {
    const stored = {
      events: [],
      days: [{ day: '2025-01-07', stretched: 3 }, { day: '2025-01-07', stretched: 5, walked: 1 }],
    };
    const file = fileOf([day('2025-01-07', { done: 1 })]);
    expect(importHistory(stored, file, NOW).days).toEqual([{ ...day('2025-01-07', { done: 1 }), stretched: 3, walked: 1 }]);
  });

  it('stored days that fit no version (null, a number, no day name) go with the rest', () => {
    const stored = { events: [], days: [null, 7, { day: 20250107, stretched: 3 }, { stretched: 1 }] };
    const file = fileOf([day('2025-01-07', { done: 1 })]);
    expect(importHistory(stored, file, NOW).days).toEqual([day('2025-01-07', { done: 1 })]);
  });
});

describe('importHistory: events', () => {
  it("a newer outcome's event is kept between the file's events by its time; this version's stored events are replaced", () => {
    const newer = { at: NOW - 2 * HOUR, outcome: 'walked', dueAt: null, shownAt: null, drillId: null };
    const stored = { events: [done(NOW - 5 * HOUR), newer], days: [] };
    const file = fileOf([], [done(NOW - 3 * HOUR), done(NOW - HOUR)]);
    expect(importHistory(stored, file, NOW)).toEqual({ events: [done(NOW - 3 * HOUR), newer, done(NOW - HOUR)], days: [] });
  });
});
