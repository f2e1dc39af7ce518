import { describe, expect, it } from 'vitest';
import { addDays } from 'date-fns';
import type { BreakEvent, DaySummary, Outcome } from '../../src/core/history';
import { firstDrillDay, journeyAt, levelProgress, MILESTONE_DAYS, type MilestoneId } from '../../src/core/journey';
import { NO_LEVELS, rateLevel, readLevels, setLevel, type LevelStore } from '../../src/core/levels';
import type { DrillId } from '../../src/core/catalog';
import { inTimeZone, setTimeZone, useTimeZone } from './tz';

// Journey days are local calendar days; Berlin has both clock changes in 2026 (29 March, 25 October).
useTimeZone('Europe/Berlin');

const at = (iso: string, zone = 'Europe/Berlin') => inTimeZone(zone, () => new Date(iso).getTime());
const ev = (iso: string, outcome: Outcome = 'done', drillId: DrillId | null = 'chin-tucks'): BreakEvent => ({ at: at(iso), outcome, dueAt: null, shownAt: null, drillId, rating: null, seconds: null });
const folded = (day: string, counts: Partial<DaySummary> = {}): DaySummary => ({ day, done: 0, skipped: 0, snoozed: 0, natural: 0, paused: 0, held: 0, ...counts });

describe('the first day a drill was done', () => {
  it.each([
    ['no history', [], [], null],
    ['breaks, none done', [ev('2026-03-01T10:00', 'skipped'), ev('2026-03-02T10:00', 'natural', null), ev('2026-03-03T10:00', 'snoozed')], [], null],
    ['the earliest done event, whatever the order', [ev('2026-03-05T10:00'), ev('2026-03-02T23:59'), ev('2026-03-01T10:00', 'skipped')], [], '2026-03-02'],
    ['a folded day older than every event', [ev('2026-03-05T10:00')], [folded('2025-01-30', { done: 2 })], '2025-01-30'],
    ['folded days with nothing done do not count', [ev('2026-03-05T10:00')], [folded('2025-01-30', { skipped: 3, natural: 1 })], '2026-03-05'],
    ['folded days alone', [], [folded('2025-02-01', { done: 1 }), folded('2025-01-31', { held: 1 })], '2025-02-01'],
    ['just after local midnight is that day, not the one before in UTC', [ev('2026-03-02T00:30')], [], '2026-03-02'],
  ] as [string, BreakEvent[], DaySummary[], string | null][])('%s', (_name, events, days, expected) => {
    expect(firstDrillDay({ events, days })).toBe(expected);
  });
});

describe('the journey day', () => {
  it('is none before the first drill', () => {
    expect(journeyAt({ events: [ev('2026-03-01T10:00', 'skipped')], days: [] }, at('2026-03-10T12:00'))).toBeNull();
  });

  it.each([
    ['the first day is day 1, from morning to midnight', '2026-03-01T23:00', '2026-03-01T23:59', 1],
    ['the next calendar day is day 2, however few hours later', '2026-03-01T23:00', '2026-03-02T00:01', 2],
    ['across spring forward (a 23-hour day)', '2026-03-28T23:30', '2026-03-29T23:59', 2],
    ['the day after spring forward', '2026-03-28T23:30', '2026-03-30T00:00', 3],
    ['across fall back (a 25-hour day)', '2026-10-24T23:30', '2026-10-25T23:59', 2],
    ['the day after fall back', '2026-10-24T23:30', '2026-10-26T00:00', 3],
    ['90 days through a clock change', '2026-03-01T10:00', '2026-05-29T23:59', 90],
    ['and the day after them', '2026-03-01T10:00', '2026-05-30T00:00', 91],
    ['through both changes', '2026-03-01T10:00', '2026-11-01T12:00', 246],
    ['a clock set back before the first drill keeps day 1', '2026-03-10T10:00', '2026-03-08T10:00', 1],
  ])('%s', (_name, first, now, day) => {
    const journey = journeyAt({ events: [ev(first)], days: [] }, at(now))!;
    expect(journey.day).toBe(day);
    expect(journey.past).toBe(day > 90);
  });

  it('counts local days in another zone too (New York falls back on 1 November 2026)', () => {
    setTimeZone('America/New_York');
    const ny = (iso: string) => at(iso, 'America/New_York');
    const history = { events: [{ ...ev('2026-10-31T12:00'), at: ny('2026-10-31T23:30') }], days: [] };
    expect(journeyAt(history, ny('2026-11-01T23:59'))!.day).toBe(2);
    expect(journeyAt(history, ny('2026-11-02T00:00'))!.day).toBe(3);
    expect(journeyAt(history, ny('2026-11-02T00:00'))!.firstDay).toBe('2026-10-31');
  });

  it('starts from a folded day and counts the days with a drill done, folded ones included', () => {
    const journey = journeyAt({ events: [ev('2026-03-10T10:00'), ev('2026-03-10T15:00'), ev('2026-03-11T10:00', 'skipped')], days: [folded('2026-03-01', { done: 1 }), folded('2026-03-02', { natural: 2 })] }, at('2026-03-12T08:00'))!;
    expect(journey.firstDay).toBe('2026-03-01');
    expect(journey.day).toBe(12);
    expect(journey.daysDone).toBe(2);
  });
});

describe('the milestones', () => {
  it('sit on days 7, 21, 30, 60 and 90, in that order', () => {
    expect(MILESTONE_DAYS).toEqual({ week1: 7, weeks3: 21, month1: 30, month2: 60, month3: 90 });
    const journey = journeyAt({ events: [ev('2026-03-01T10:00')], days: [] }, at('2026-03-01T12:00'))!;
    expect(journey.milestones.map((m) => [m.id, m.day])).toEqual([
      ['week1', 7],
      ['weeks3', 21],
      ['month1', 30],
      ['month2', 60],
      ['month3', 90],
    ]);
  });

  it.each([
    [1, []],
    [6, []],
    [7, ['week1']],
    [20, ['week1']],
    [21, ['week1', 'weeks3']],
    [29, ['week1', 'weeks3']],
    [30, ['week1', 'weeks3', 'month1']],
    [60, ['week1', 'weeks3', 'month1', 'month2']],
    [89, ['week1', 'weeks3', 'month1', 'month2']],
    [90, ['week1', 'weeks3', 'month1', 'month2', 'month3']],
    [104, ['week1', 'weeks3', 'month1', 'month2', 'month3']],
  ] as [number, MilestoneId[]][])('on day %i, reached: %j', (day, reached) => {
    const now = addDays(at('2026-01-01T12:00'), day - 1).getTime();
    const journey = journeyAt({ events: [ev('2026-01-01T08:00')], days: [] }, now)!;
    expect(journey.day).toBe(day);
    expect(journey.milestones.filter((m) => m.reached).map((m) => m.id)).toEqual(reached);
    expect(journey.past).toBe(day > 90);
  });
});

const day = (d: number) => at(`2026-03-${String(d).padStart(2, '0')}T10:00`);

describe('levels over time', () => {
  it('with no levels: nothing levelled up and no drill to show', () => {
    expect(levelProgress(NO_LEVELS)).toEqual({ levelledUp: 0, levelUps: 0, drills: [] });
  });

  // chin-tucks starts on rung 1 of 3, band-rows on 2 of 4, wall-slides on 0 of 3.
  let store: LevelStore = NO_LEVELS;
  store = rateLevel(store, 'chin-tucks', 'easy', day(2), true);
  store = rateLevel(store, 'chin-tucks', 'easy', day(3), true);
  store = setLevel(store, 'band-rows', 0, day(4));
  store = setLevel(store, 'wall-slides', 2, day(5));
  store = rateLevel(store, 'wall-slides', 'hard', day(6), true);
  store = rateLevel(store, 'wall-slides', 'hard', day(7), true);
  // A rating that moves nothing leaves no record.
  store = rateLevel(store, 'dead-hang', 'easy', day(8), true);

  it('counts drills now above their start, and every move up', () => {
    const progress = levelProgress(store);
    // chin-tucks 1 → 2 and wall-slides 0 → 1 are above their start; band-rows went below it.
    expect(progress.levelledUp).toBe(2);
    // chin-tucks 1 → 2, wall-slides 0 → 2; the moves down do not count.
    expect(progress.levelUps).toBe(2);
  });

  it('lists each drill that moved, in catalog order, with every move and where it is now', () => {
    const { drills } = levelProgress(store);
    expect(drills.map((d) => d.drillId)).toEqual(['band-rows', 'wall-slides', 'chin-tucks']);
    expect(drills[0]).toEqual({ drillId: 'band-rows', start: 2, rungs: 4, current: 0, changes: [{ drillId: 'band-rows', from: 2, to: 0, at: day(4), why: 'manual' }] });
    expect(drills[1]).toEqual({
      drillId: 'wall-slides',
      start: 0,
      rungs: 3,
      current: 1,
      changes: [
        { drillId: 'wall-slides', from: 0, to: 2, at: day(5), why: 'manual' },
        { drillId: 'wall-slides', from: 2, to: 1, at: day(7), why: 'hard' },
      ],
    });
    expect(drills[2]).toEqual({ drillId: 'chin-tucks', start: 1, rungs: 3, current: 2, changes: [{ drillId: 'chin-tucks', from: 1, to: 2, at: day(3), why: 'easy' }] });
  });

  it('a level whose record was lost still shows its last move; a level with no move is counted but not listed', () => {
    const levels: LevelStore = {
      drills: {
        'dead-hang': { rung: 3, streak: null, last: { from: 2, to: 3, at: day(9), why: 'easy' } },
        'side-plank': { rung: 1, streak: null, last: null },
      },
      log: [],
    };
    const progress = levelProgress(levels);
    expect(progress.levelledUp).toBe(2);
    expect(progress.levelUps).toBe(1);
    expect(progress.drills).toEqual([{ drillId: 'dead-hang', start: 0, rungs: 5, current: 3, changes: [{ drillId: 'dead-hang', from: 2, to: 3, at: day(9), why: 'easy' }] }]);
  });

  it('a stored move that stayed on its rung (a hand-edited or repaired record) is kept in the record but is no move up', () => {
    const { levels } = readLevels({
      drills: { 'chin-tucks': { rung: 2, streak: null, last: { from: 1, to: 2, at: day(10), why: 'easy' } } },
      log: [
        { drillId: 'chin-tucks', from: 1, to: 1, at: day(9), why: 'manual' },
        { drillId: 'chin-tucks', from: 1, to: 2, at: day(10), why: 'easy' },
      ],
    });
    const progress = levelProgress(levels);
    expect(progress.drills.map((d) => d.changes.length)).toEqual([2]);
    expect(progress.levelUps).toBe(1);
  });
});
