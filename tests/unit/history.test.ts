import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, startOfDay } from 'date-fns';
import { appendEvents, dayKey, HISTORY_DAYS, MAX_EVENTS, rateLatest, type BreakEvent, type Outcome } from '../../src/core/history';
import { readDays, readHistory } from '../../src/core/history-read';

const at = (iso: string) => new Date(iso).getTime();
const ev = (t: number, outcome: Outcome, drillId: BreakEvent['drillId'] = null): BreakEvent => ({ at: t, outcome, dueAt: null, shownAt: null, drillId, rating: null, seconds: null });

describe('history store', () => {
  it('keeps recent days event by event and folds older days into counts', () => {
    const now = at('2027-03-01T12:00');
    const old = addDays(now, -HISTORY_DAYS - 5).getTime();
    const store = appendEvents({ events: [ev(old, 'done'), ev(old + 1000, 'skipped'), ev(old + 2000, 'done')], days: [] }, [ev(now, 'done')], now);
    expect(store.events).toEqual([ev(now, 'done')]);
    expect(store.days).toEqual([{ day: '2026-01-20', done: 2, skipped: 1, snoozed: 0, natural: 0, paused: 0, held: 0 }]);
  });

  it('keeps at most MAX_EVENTS events one by one, folding the oldest into their days', () => {
    const now = at('2027-03-01T12:00');
    const first = at('2027-02-01T00:00');
    // One event a minute for ten days: more than the limit, all inside the 400-day window.
    const events = Array.from({ length: MAX_EVENTS + 500 }, (_, i) => ev(first + i * 60_000, 'done'));
    const store = appendEvents({ events: events.slice(0, 1000), days: [] }, events.slice(1000), now);
    expect(store.events).toEqual(events.slice(-MAX_EVENTS));
    expect(store.days.reduce((n, d) => n + d.done, 0)).toBe(500);
    expect(store.days.map((d) => d.day)).toEqual(['2027-02-01']);
  });

  it('keeps an event from the first day of the window and folds the moment before it', () => {
    const now = at('2027-03-01T12:00');
    const firstDay = startOfDay(addDays(now, 1 - HISTORY_DAYS)).getTime();
    const store = appendEvents({ events: [], days: [] }, [ev(firstDay - 1, 'skipped'), ev(firstDay, 'done')], now);
    expect(store.events).toEqual([ev(firstDay, 'done')]);
    expect(store.days).toEqual([{ day: dayKey(firstDay - 1), done: 0, skipped: 1, snoozed: 0, natural: 0, paused: 0, held: 0 }]);
  });

  it('keeps the folded days in calendar order, adding an earlier day before the stored ones', () => {
    const now = at('2027-03-01T12:00');
    const later = { day: '2026-01-25', done: 1, skipped: 0, snoozed: 0, natural: 0, paused: 0, held: 0 };
    const store = appendEvents({ events: [], days: [later] }, [ev(addDays(now, -HISTORY_DAYS - 30).getTime(), 'natural'), ev(now, 'done')], now);
    expect(store.days.map((d) => d.day)).toEqual(['2025-12-26', '2026-01-25']);
    expect(store.days[0]!.natural).toBe(1);
  });

  it('never loses a count while folding, whatever arrives', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 900 }), fc.constantFrom<Outcome>('done', 'skipped', 'natural')), { maxLength: 60 }), (items) => {
        const now = at('2027-03-01T12:00');
        let store = { events: [] as BreakEvent[], days: [] as never[] };
        for (const [daysAgo, outcome] of items) store = appendEvents(store, [ev(addDays(now, -daysAgo).getTime(), outcome)], now) as typeof store;
        const folded = (store.days as { done: number; skipped: number; natural: number }[]).reduce((n, d) => n + d.done + d.skipped + d.natural, 0);
        expect(store.events.length + folded).toBe(items.length);
        expect(store.events.every((e) => e.at >= addDays(now, -HISTORY_DAYS).getTime())).toBe(true);
      }),
    );
  });

  it('reads the events and day counts it can count, leaving out a newer version\'s and what is malformed', () => {
    const good = ev(at('2026-03-02T10:00'), 'done', 'chin-tucks');
    expect(readHistory([good, { at: 'x' }, { ...good, outcome: 'exploded' }, null, { at: 5, outcome: 'done' }, { ...good, outcome: 7 }])).toEqual({ events: [good], unknown: 1, malformed: 4 });
    // A drill or rating of a newer version counts as a break with none named; extra fields are not read.
    expect(readHistory([{ ...good, drillId: 'kettlebell-halo', rating: 'meh', mood: 'calm' }]).events).toEqual([{ ...good, drillId: null, rating: null }]);
    // Events from before ratings and durations were kept read as unrated and untimed.
    const { rating: _r, seconds: _s, ...first } = good;
    expect(readHistory([first]).events).toEqual([good]);
    expect(readHistory([{ ...good, drillId: 4 }, { ...good, rating: ['easy'] }, { ...good, seconds: -1 }, { ...good, dueAt: 'soon' }]).malformed).toBe(4);
    expect(readHistory('nope')).toEqual({ events: [], unknown: 0, malformed: 1 });
    expect(readHistory(undefined)).toEqual({ events: [], unknown: 0, malformed: 0 });
    const day = { day: '2025-01-01', done: 3, skipped: 0, snoozed: 0, natural: 1, paused: 0, held: 0 };
    expect(readDays([day, { day: '<script>', done: 1 }, { ...day, done: -4 }])).toEqual({ days: [day], malformed: 2 });
    // Anchored both ends, a string only, and missing counts read as none; a newer outcome's count is not read.
    expect(readDays([{ ...day, day: '12025-01-01' }, { ...day, day: '2025-01-011' }, { ...day, day: ['2025-01-01'] }, null, 7])).toEqual({ days: [], malformed: 5 });
    expect(readDays([{ day: '2025-01-02', done: 2, stood: 4 }])).toEqual({ days: [{ day: '2025-01-02', done: 2, skipped: 0, snoozed: 0, natural: 0, paused: 0, held: 0 }], malformed: 0 });
    expect(readDays('nope')).toEqual({ days: [], malformed: 1 });
    expect(readDays(undefined)).toEqual({ days: [], malformed: 0 });
  });

  it('folds a newer version\'s outcome under its own name, keeps its day counts, and lets go only what cannot be counted', () => {
    const now = at('2027-03-01T12:00');
    const old = addDays(now, -HISTORY_DAYS - 5).getTime();
    const day = dayKey(old);
    const stored = { events: [{ ...ev(old, 'done'), mood: 'calm' }, { ...ev(old, 'done'), outcome: 'stood' }, 'junk', { ...ev(now - 1000, 'done'), outcome: 'stood' }], days: [{ day, done: 1, stood: 2, lifted: 1 }] };
    const next = appendEvents(stored, [ev(now, 'done')], now);
    // The junk entry has no time: it stays until it falls past the newest MAX_EVENTS.
    expect(next.events).toEqual(['junk', stored.events[3], ev(now, 'done')]);
    expect(next.days).toEqual([{ day, done: 2, stood: 3, lifted: 1 }]);
    // Nothing added, nothing old: the same store, so a writer writes nothing.
    expect(appendEvents(next, [], now)).toBe(next);
    // A new day gets every outcome this version knows, and the newer one.
    expect(appendEvents({ events: [{ ...ev(old, 'done'), outcome: 'stood' }], days: ['x'] }, [], now).days).toEqual(['x', { day, done: 0, skipped: 0, snoozed: 0, natural: 0, paused: 0, held: 0, stood: 1 }]);
  });

  it('rates the latest unrated finished run of a drill', () => {
    const a = ev(1, 'done', 'chin-tucks');
    const b = ev(2, 'done', 'chin-tucks');
    const rated = rateLatest([a, b, ev(3, 'skipped', 'chin-tucks')], 'chin-tucks', 'easy');
    expect(rated.map((e) => e.rating)).toEqual([null, 'easy', null]);
    expect(rateLatest(rated, 'chin-tucks', 'hard').map((e) => e.rating)).toEqual(['hard', 'easy', null]);
    // Another drill's later run is not this one; with nothing to rate, the history comes back whole.
    const other = [a, ev(4, 'done', 'band-rows')];
    expect(rateLatest(other, 'chin-tucks', 'pain').map((e) => e.rating)).toEqual(['pain', null]);
    expect(rateLatest(other, 'wall-slides', 'easy')).toBe(other);
    // As stored: a newer version's fields stay, and an event from before ratings is rated too.
    const stored = [{ ...a, mood: 'calm' }, { at: 5, outcome: 'done', dueAt: null, shownAt: null, drillId: 'chin-tucks' }, { ...b, outcome: 'stood' }];
    expect(rateLatest(stored, 'chin-tucks', 'easy')).toEqual([stored[0], { ...stored[1], rating: 'easy' }, stored[2]]);
    expect(rateLatest([stored[0]], 'chin-tucks', 'easy')).toEqual([{ ...a, mood: 'calm', rating: 'easy' }]);
  });
});

describe('the privacy statement', () => {
  it('says what the code keeps: the newest MAX_EVENTS events from the last HISTORY_DAYS days, older ones as day counts', () => {
    const privacy = readFileSync(new URL('../../PRIVACY.md', import.meta.url), 'utf8');
    const row = privacy.split('\n').find((line) => line.startsWith('| Your break history'))!;
    expect(row).toContain(`most recent ${MAX_EVENTS.toLocaleString('en')} breaks from the last ${HISTORY_DAYS} days`);
    expect(row).toContain('count per day');
  });
});
