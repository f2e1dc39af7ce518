import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays } from 'date-fns';
import { appendEvents, byTime, dayKey, HISTORY_DAYS, MAX_EVENTS, timeOf, type BreakEvent, type Outcome } from '../../src/core/history';
import { inTimeZone, useTimeZone } from './tz';

// The edges of the history writer: what counts as a time, what can name a day's count, which
// stored entries are days, and how two lists merge by time. Stored history is shared with other
// versions, so each rule here decides whether something another version wrote is kept, counted
// or let go.

useTimeZone('Europe/Berlin');
const t = (iso: string) => inTimeZone('Europe/Berlin', () => new Date(iso).getTime());
const NOW = t('2027-03-01T12:00');
/** A time five days before the window of single events: an event from then is folded into its day. */
const OLD = addDays(NOW, -HISTORY_DAYS - 5).getTime();
const OLD_DAY = dayKey(OLD);
const ZEROS = { done: 0, skipped: 0, snoozed: 0, natural: 0, paused: 0, held: 0 };
const ev = (at: number, outcome: Outcome = 'done'): BreakEvent => ({ at, outcome, dueAt: null, shownAt: null, drillId: null, rating: null, seconds: null });
/** Folds one old stored entry (and adds a current break), returning the stored day counts. */
const foldOld = (entry: unknown, days: readonly unknown[] = []) => appendEvents({ events: [entry], days }, [ev(NOW)], NOW).days;

describe('the time of a stored event', () => {
  it('is a positive, finite number of milliseconds, and nothing else', () => {
    expect(timeOf({ at: NOW })).toBe(NOW);
    expect(timeOf({ at: 1 })).toBe(1);
    for (const at of [0, -5, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, '2027-03-01', String(NOW), null, undefined, [NOW], { valueOf: () => NOW }]) {
      expect(timeOf({ at })).toBeNull();
    }
    expect(timeOf(NOW)).toBeNull();
    expect(timeOf(null)).toBeNull();
    expect(timeOf([NOW])).toBeNull();
  });

  it('of zero (the epoch, a newer version\'s "unknown") is no time: such an event is never folded into 1970', () => {
    const store = appendEvents({ events: [{ ...ev(0), at: 0 }, { ...ev(0), at: Number.NaN }], days: [] }, [ev(NOW)], NOW);
    expect(store.days).toEqual([]);
    expect(store.events).toHaveLength(3);
  });
});

describe('merging two lists by time', () => {
  const a = (at: number | null, id: string) => ({ at, id });
  const of = (x: unknown) => timeOf(x);

  it('puts a member of the second list before the first later member of the first, after any at the same time', () => {
    const first = [a(1, 'f1'), a(5, 'f5'), a(9, 'f9')];
    const second = [a(5, 's5'), a(7, 's7')];
    expect(byTime(first, second, of).map((x) => (x as { id: string }).id)).toEqual(['f1', 'f5', 's5', 's7', 'f9']);
  });

  it('takes each member of the first list exactly once, whether the second list runs out first or not', () => {
    const first = [a(1, 'f1'), a(2, 'f2')];
    expect(byTime(first, [a(3, 's3')], of)).toEqual([...first, a(3, 's3')]);
    expect(byTime(first, [a(1, 's1')], of)).toEqual([first[0], a(1, 's1'), first[1]]);
    expect(byTime(first, [], of)).toEqual(first);
    expect(byTime([], [a(4, 's4')], of)).toEqual([a(4, 's4')]);
  });

  it('puts members with no time last, after every dated member of the first list, and adds nothing of its own', () => {
    const first = [a(1, 'f1'), a(null, 'f?')];
    const merged = byTime(first, [a(null, 's?'), a(null, 's??')], of);
    expect(merged).toEqual([a(1, 'f1'), a(null, 'f?'), a(null, 's?'), a(null, 's??')]);
    expect(byTime([a(1, 'f1')], [a(null, 's?')], of)).toEqual([a(1, 'f1'), a(null, 's?')]);
  });
});

describe('the name a folded event is counted under', () => {
  it('is its outcome, this version\'s or a newer one\'s, of up to 40 letters, digits, - or _ starting with a small letter', () => {
    const long = `a${'b'.repeat(39)}`;
    expect(foldOld({ ...ev(OLD), outcome: 'stood' })).toEqual([{ day: OLD_DAY, ...ZEROS, stood: 1 }]);
    expect(foldOld({ ...ev(OLD), outcome: long })).toEqual([{ day: OLD_DAY, ...ZEROS, [long]: 1 }]);
    expect(foldOld({ ...ev(OLD), outcome: 'x' })).toEqual([{ day: OLD_DAY, ...ZEROS, x: 1 }]);
    expect(foldOld({ ...ev(OLD), outcome: 'walk_2-min' })).toEqual([{ day: OLD_DAY, ...ZEROS, 'walk_2-min': 1 }]);
  });

  it('is never "day": such an event is let go rather than overwrite the day it belongs to', () => {
    expect(foldOld({ ...ev(OLD), outcome: 'day' })).toEqual([]);
    const stored = { day: OLD_DAY, ...ZEROS, done: 2 };
    expect(foldOld({ ...ev(OLD), outcome: 'day' }, [stored])).toEqual([stored]);
  });

  it('is never anything else that could break a day summary: such an event is let go, the days untouched', () => {
    const stored = [{ day: OLD_DAY, ...ZEROS, done: 2 }];
    for (const outcome of ['Stood', '9lives', 'Xdone', 'done!', 'done more', '-done', '', `a${'b'.repeat(40)}`, ['done'], 7, null, undefined, { toString: () => 'done' }]) {
      expect(foldOld({ ...ev(OLD), outcome }, stored)).toEqual(stored);
      expect(foldOld({ ...ev(OLD), outcome })).toEqual([]);
    }
  });
});

describe('an entry past the newest MAX_EVENTS', () => {
  const recent = (n: number) => Array.from({ length: n }, (_, i) => ev(NOW - (n - i) * 60_000));

  it('with no time is let go, never counted in 1970 or any other day', () => {
    const store = appendEvents({ events: [{ outcome: 'done' }, { at: 'soon', outcome: 'skipped' }, ...recent(MAX_EVENTS - 1)], days: [] }, [ev(NOW)], NOW);
    expect(store.events).toHaveLength(MAX_EVENTS);
    expect(store.days).toEqual([]);
  });

  it('with a time but nothing to count it by is let go too, adding no count named "null"', () => {
    const early = NOW - 30 * 86_400_000;
    const store = appendEvents({ events: [{ at: early }, { at: early, outcome: 'Done' }, ev(early, 'skipped'), ...recent(MAX_EVENTS - 1)], days: [] }, [ev(NOW)], NOW);
    expect(store.events).toHaveLength(MAX_EVENTS);
    expect(store.days).toEqual([{ day: dayKey(early), ...ZEROS, skipped: 1 }]);
  });
});

describe('adding to a stored day count', () => {
  it('adds to a whole, non-negative count, and starts again from nothing where the count is broken', () => {
    const stored = { day: OLD_DAY, done: 3, skipped: -1, snoozed: 2.5, natural: '4', paused: null, held: Number.POSITIVE_INFINITY, stood: 0 };
    const events = (['done', 'skipped', 'snoozed', 'natural', 'paused', 'held', 'stood'] as const).map((outcome) => ({ ...ev(OLD), outcome }));
    const store = appendEvents({ events, days: [stored] }, [ev(NOW)], NOW);
    expect(store.days).toEqual([{ day: OLD_DAY, done: 4, skipped: 1, snoozed: 1, natural: 1, paused: 1, held: 1, stood: 1 }]);
  });

  it('leaves a broken count alone when nothing is added to it', () => {
    const stored = { day: OLD_DAY, done: 3, skipped: -1, natural: 'many' };
    expect(foldOld(ev(OLD), [stored])).toEqual([{ ...stored, done: 4 }]);
  });
});

describe('stored entries that are not day summaries', () => {
  it('are kept where they are, and never taken for a day, whatever they hold', () => {
    const odd = [null, 7, 'x', [OLD_DAY], { day: [OLD_DAY] }, { day: 20260120 }, { done: 4 }];
    const store = appendEvents({ events: [ev(OLD)], days: odd }, [ev(NOW)], NOW);
    expect(store.days).toEqual([...odd, { day: OLD_DAY, ...ZEROS, done: 1 }]);
  });

  it('do not place a new day: it goes before the first real day that is later', () => {
    const later = { day: dayKey(addDays(OLD, 3).getTime()), ...ZEROS, natural: 1 };
    const odd = { day: [dayKey(addDays(OLD, 9).getTime())] };
    const store = appendEvents({ events: [ev(OLD)], days: [odd, later] }, [ev(NOW)], NOW);
    expect(store.days).toEqual([odd, { day: OLD_DAY, ...ZEROS, done: 1 }, later]);
  });
});

describe('new days', () => {
  it('land in calendar order among the stored ones, whatever order the events come in', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 60 }), { minLength: 1, maxLength: 8 }), fc.uniqueArray(fc.integer({ min: 0, max: 60 }), { maxLength: 5 }), (eventDays, storedDays) => {
        const day = (n: number) => addDays(OLD, -n).getTime();
        const stored = [...storedDays].sort((x, y) => y - x).map((n) => ({ day: dayKey(day(n)), ...ZEROS }));
        const store = appendEvents({ events: eventDays.map((n) => ev(day(n))), days: stored }, [ev(NOW)], NOW);
        const keys = (store.days as { day: string }[]).map((d) => d.day);
        expect(keys).toEqual([...new Set([...eventDays, ...storedDays])].sort((x, y) => y - x).map((n) => dayKey(day(n))));
      }),
    );
  });
});
