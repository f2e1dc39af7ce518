import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dayKey, type BreakEvent, type DaySummary, type Outcome, OUTCOMES } from '../../src/core/history';
import { lastDoneOf, readRecent, recentOf, recentViewOf, RECENT_WINDOW_MS } from '../../src/core/history-recent';
import { currentStreakOf, dayCounts } from '../../src/core/today';
import { setTimeZone } from './tz';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const at = (iso: string) => new Date(iso).getTime();
const ev = (t: number, outcome: Outcome, drillId: BreakEvent['drillId'] = 'chin-tucks'): BreakEvent => ({ at: t, outcome, dueAt: null, shownAt: null, drillId, rating: null, seconds: null });
const folded = (day: string, done: number): DaySummary => ({ day, done, skipped: 1, snoozed: 0, natural: 0, paused: 0, held: 0 });

describe('the recent history the popup reads', () => {
  it('knows when each drill was last done, a done one only', () => {
    const t = at('2027-03-10T12:00Z');
    const last = lastDoneOf([ev(t, 'done'), ev(t - 5, 'done'), ev(t + 9, 'skipped'), ev(t - 2, 'done', 'wall-slides'), ev(t + 3, 'done', null)]);
    expect(last).toEqual(new Map([['chin-tucks', t], ['wall-slides', t - 2]]));
  });

  it('gives the popup the same counts and streak as the whole history, whenever it opens before the next write', () => {
    for (const zone of ['Europe/Berlin', 'America/Los_Angeles', 'Pacific/Kiritimati']) {
      setTimeZone(zone);
      const start = at('2027-03-20T00:00Z');
      fc.assert(
        fc.property(
          fc.array(fc.record({ minutesBefore: fc.integer({ min: 0, max: 60 * 24 * 12 }), outcome: fc.constantFrom(...OUTCOMES), drillId: fc.constantFrom('chin-tucks', 'wall-slides', null) }), { maxLength: 60 }),
          fc.array(fc.record({ back: fc.integer({ min: 1, max: 30 }), done: fc.integer({ min: 0, max: 2 }) }), { maxLength: 8 }),
          fc.integer({ min: 0, max: 60 * 24 * 40 }),
          fc.oneof(fc.integer({ min: 0, max: 60 * 4 }), fc.integer({ min: 0, max: 60 * 24 * 5 })),
          (raw, oldDays, writtenMinute, laterMinutes) => {
            const written = start + writtenMinute * 60_000;
            // Only events up to the write: a later one would have written the record again.
            const events = raw.map((r) => ev(written - r.minutesBefore * 60_000, r.outcome, r.drillId as BreakEvent['drillId'])).sort((a, b) => a.at - b.at);
            const days = oldDays.map((d) => folded(dayKey(start - d.back * DAY), d.done));
            const opened = written + laterMinutes * 60_000;
            const recent = readRecent(recentOf({ events, days }, written));
            expect(recent).not.toBeNull();
            expect(dayCounts(recent!.events, opened)).toEqual(dayCounts(events, opened));
            expect(currentStreakOf(recent!, opened)).toBe(currentStreakOf({ events, days }, opened));
            expect(recent!.lastDone).toEqual(recentViewOf({ events, days }).lastDone);
          },
        ),
        { numRuns: 300 },
      );
    }
  });

  it('keeps the last two days of events as stored, and the run of done days that ends at the newest', () => {
    setTimeZone('Europe/Berlin');
    const now = at('2027-03-10T12:00+01:00');
    const newer = { at: now - HOUR, outcome: 'stretched', dueAt: null, shownAt: null, drillId: null, rating: null, seconds: null, mood: 3 };
    const events = [ev(now - RECENT_WINDOW_MS - 1, 'done'), ev(now - RECENT_WINDOW_MS, 'skipped'), newer, ev(now - 2 * HOUR, 'done')];
    const record = recentOf({ events, days: [folded('2027-03-06', 1), folded('2027-03-05', 0), folded('2027-03-04', 3)] }, now);
    expect(record.events).toEqual([events[1], newer, events[3]]);
    // Done on 10, 8 (an event just outside the window still makes a done day), 6 and 4 Mar: 9 Mar ends the run.
    expect(record.doneRun).toEqual(['2027-03-10']);
    const longer = recentOf({ events: [ev(at('2027-03-09T09:00+01:00'), 'done'), ev(at('2027-03-08T09:00+01:00'), 'done'), ev(now, 'done')], days: [folded('2027-03-07', 2), folded('2027-03-05', 1)] }, now);
    expect(longer.doneRun).toEqual(['2027-03-10', '2027-03-09', '2027-03-08', '2027-03-07']);
  });

  it('counts only what the whole history counts: entries that are no drill done, or no day of one, are no done day', () => {
    setTimeZone('Europe/Berlin');
    const now = at('2027-03-10T12:00+01:00');
    const today = ev(now - HOUR, 'done');
    const yesterday = at('2027-03-09T09:00+01:00');
    const notDone = [{ ...ev(yesterday, 'done'), at: 'yesterday' }, 'done', null, ev(yesterday, 'skipped', 'wall-slides'), { ...ev(yesterday, 'skipped', 'wall-slides'), outcome: undefined }];
    for (const entry of notDone) {
      const record = recentOf({ events: [entry, today], days: [] }, now);
      expect(record.doneRun, JSON.stringify(entry)).toEqual(['2027-03-10']);
      expect(record.lastDone, JSON.stringify(entry)).toEqual({ 'chin-tucks': now - HOUR });
    }
    const notDoneDays = [{ day: '2027-03-09', done: 0, skipped: 2 }, { day: '2027-03-09', done: '2' }, { day: 20270309, done: 1 }, '2027-03-09', null, { day: ['2027-03-09'], done: 1 }];
    // Alone, with no other done day to end the run at.
    expect(recentOf({ events: [{ ...ev(yesterday, 'done'), at: 'yesterday' }], days: [] }, now)).toEqual({ events: [], doneRun: [], lastDone: {} });
    for (const day of notDoneDays) expect(recentOf({ events: [today], days: [day] }, now).doneRun, JSON.stringify(day)).toEqual(['2027-03-10']);
    expect(recentOf({ events: [today], days: [{ day: '2027-03-09', done: 1 }] }, now).doneRun).toEqual(['2027-03-10', '2027-03-09']);
    // The latest of a drill's done events, in whatever order they are stored.
    expect(recentOf({ events: [ev(now - HOUR, 'done'), ev(now - 2 * HOUR, 'done')], days: [] }, now).lastDone).toEqual({ 'chin-tucks': now - HOUR });
  });

  it('counts a done day that lies after today (a clock set back) among the events, not as the run’s end', () => {
    setTimeZone('Europe/Berlin');
    const now = at('2027-03-10T12:00+01:00');
    const record = recentOf({ events: [ev(at('2027-03-09T09:00+01:00'), 'done'), ev(at('2027-03-12T09:00+01:00'), 'done')], days: [] }, now);
    expect(record.doneRun).toEqual(['2027-03-09']);
  });

  it('reads a newer version’s event as the whole history does: left out of the counts, the rest kept', () => {
    setTimeZone('Europe/Berlin');
    const now = at('2027-03-10T12:00+01:00');
    const view = readRecent({ events: [{ ...ev(now, 'done'), outcome: 'stretched' }, ev(now, 'done')], doneRun: ['2027-03-10'], lastDone: { 'chin-tucks': now, 'own-x': now - 1 }, newerField: true });
    expect(view?.events).toEqual([ev(now, 'done')]);
    expect(view?.days.map((d) => [d.day, d.done])).toEqual([['2027-03-10', 1]]);
    expect(view?.lastDone).toEqual(new Map([['chin-tucks', now], ['own-x', now - 1]]));
  });

  it('is not read when absent or not understood, so the popup reads the whole history instead', () => {
    const now = at('2027-03-10T12:00Z');
    const empty = { events: [], doneRun: [], lastDone: {} };
    for (const raw of [undefined, null, [], 'x', { events: [] }, { doneRun: [] }, { events: {}, doneRun: [], lastDone: {} }, { events: [], doneRun: [] }, { events: [], doneRun: [], lastDone: [] },
      { ...empty, events: [{ at: 'soon' }] }, { ...empty, doneRun: ['10 March'] }, { ...empty, doneRun: [20270310] }, { ...empty, doneRun: [['2027-03-10']] },
      { ...empty, doneRun: ['x2027-03-10'] }, { ...empty, doneRun: ['2027-03-10x'] }, { ...empty, lastDone: { 'chin-tucks': 'today' } }, { ...empty, lastDone: { 'chin-tucks': '5' } },
      { ...empty, lastDone: { 'chin-tucks': -5 } }, { ...empty, lastDone: { 'chin-tucks': 0 } }, { ...empty, lastDone: { 'chin-tucks': Infinity } }]) {
      expect(readRecent(raw)).toBeNull();
    }
    expect(readRecent({ ...empty, events: [ev(now, 'done')] })?.events).toEqual([ev(now, 'done')]);
  });
});
