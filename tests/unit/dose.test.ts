import { describe, expect, it } from 'vitest';
import { DOSE_REFERENCE, MAX_EVENT_SECONDS, countedSeconds, weeklyDose } from '../../src/core/dose';
import type { BreakEvent, DaySummary, Outcome } from '../../src/core/history';
import { drillWorld } from '../../src/core/own-world';
import type { HistoryView } from '../../src/core/today';
import { towel, yRaise } from './own-fixtures';
import { inTimeZone, setTimeZone, useTimeZone } from './tz';

useTimeZone('Europe/Berlin');

const at = (iso: string, zone = 'Europe/Berlin') => inTimeZone(zone, () => new Date(iso).getTime());
const ev = (iso: string, drillId: string | null, seconds: number | null, outcome: Outcome = 'done'): BreakEvent => ({ at: at(iso), outcome, dueAt: null, shownAt: null, drillId: drillId as BreakEvent['drillId'], rating: null, seconds });
const folded = (day: string, done: number): DaySummary => ({ day, done, skipped: 1, snoozed: 0, natural: 0, paused: 0, held: 0 });
const WORLD = drillWorld([yRaise, towel]);
const dose = (history: Partial<HistoryView>, now: string, weeks = 2) => weeklyDose({ events: [], days: [], ...history }, WORLD, at(now), weeks);

describe('the reference', () => {
  it('is the trial\'s: 2 minutes a day on 5 days, 10 a week', () => {
    expect(DOSE_REFERENCE).toEqual({ minutesPerWeek: 10, days: 5, minutesPerDay: 2 });
    expect(DOSE_REFERENCE.days * DOSE_REFERENCE.minutesPerDay).toBe(DOSE_REFERENCE.minutesPerWeek);
  });
});

describe('countedSeconds', () => {
  it.each([
    [null, 0],
    [0, 0],
    [-30, 0],
    [Number.NaN, 0],
    [Number.POSITIVE_INFINITY, 0],
    [45, 45],
    [44.6, 45],
    [MAX_EVENT_SECONDS, MAX_EVENT_SECONDS],
    [MAX_EVENT_SECONDS + 1, MAX_EVENT_SECONDS],
    [86_400, MAX_EVENT_SECONDS],
  ])('%s s count as %s', (seconds, counted) => {
    expect(countedSeconds(seconds)).toBe(counted);
  });
});

describe('weeklyDose', () => {
  const NOW = '2026-06-18T12:00'; // a Thursday; the week before starts Monday 8 June

  it('gives the weeks up to now, oldest first, each named by its Monday', () => {
    expect(dose({}, NOW, 3).map((w) => w.week)).toEqual(['2026-06-01', '2026-06-08', '2026-06-15']);
    expect(dose({}, NOW, 1)).toEqual([{ week: '2026-06-15', strengthSeconds: 0, strengthMinutes: 0, activeDays: 0, strengthDays: 0 }]);
  });

  it.each([
    ['a catalog strength drill', 'band-rows', 90, 1.5],
    ['the user\'s own strength drill', 'own-yraise', 90, 1.5],
    ['a catalog stretch', 'doorway-pec-stretch', 0, 0],
    ['an activation drill', 'chin-tucks', 0, 0],
    ['the user\'s own stretch', 'own-towel', 0, 0],
    ['a drill not known here (deleted)', 'own-gone', 0, 0],
    ['no drill named', null, 0, 0],
  ])('%s: counts for the day, and its minutes only if strengthening', (_name, drillId, seconds, minutes) => {
    const [, week] = dose({ events: [ev('2026-06-16T10:00', drillId, 90)] }, NOW);
    expect(week).toEqual({ week: '2026-06-15', strengthSeconds: seconds, strengthMinutes: minutes, activeDays: 1, strengthDays: 0 });
  });

  it('counts only finished drills', () => {
    const events = (['skipped', 'snoozed', 'natural', 'paused', 'held'] as const).map((o) => ev('2026-06-16T10:00', 'band-rows', 120, o));
    expect(dose({ events }, NOW)[1]).toMatchObject({ strengthSeconds: 0, activeDays: 0, strengthDays: 0 });
  });

  it('a finished drill without seconds counts for its day, adds no minutes', () => {
    expect(dose({ events: [ev('2026-06-16T10:00', 'band-rows', null)] }, NOW)[1]).toMatchObject({ strengthSeconds: 0, activeDays: 1, strengthDays: 0 });
  });

  it('clamps a forgotten window to MAX_EVENT_SECONDS', () => {
    expect(dose({ events: [ev('2026-06-16T10:00', 'band-rows', 7200)] }, NOW)[1]).toMatchObject({ strengthSeconds: MAX_EVENT_SECONDS, strengthMinutes: 10 });
  });

  it('a strengthening day is one with 2 minutes or more, summed over the day', () => {
    const events = [
      ev('2026-06-15T09:00', 'band-rows', 60),
      ev('2026-06-15T15:00', 'own-yraise', 60), // Monday: 2 minutes over two drills
      ev('2026-06-16T09:00', 'band-face-pulls', 119), // Tuesday: a second short
      ev('2026-06-17T09:00', 'doorway-pec-stretch', 300), // Wednesday: stretching only
      ev('2026-06-18T09:00', 'wall-push-ups', 150),
    ];
    expect(dose({ events }, NOW)[1]).toEqual({ week: '2026-06-15', strengthSeconds: 389, strengthMinutes: 6.5, activeDays: 4, strengthDays: 2 });
  });

  it('folded days count as active days, without minutes; a day split between events and counts is one day', () => {
    const days = [folded('2026-06-08', 3), folded('2026-06-09', 0), folded('2026-06-10', 1), folded('2026-06-14', 2), folded('2026-06-15', 1)];
    const events = [ev('2026-06-10T18:00', 'band-rows', 150)];
    expect(dose({ events, days }, NOW)).toEqual([
      { week: '2026-06-08', strengthSeconds: 150, strengthMinutes: 2.5, activeDays: 3, strengthDays: 1 },
      { week: '2026-06-15', strengthSeconds: 0, strengthMinutes: 0, activeDays: 1, strengthDays: 0 },
    ]);
  });

  it('leaves out what falls before the first week shown', () => {
    const events = [ev('2026-06-07T23:59', 'band-rows', 300)];
    expect(dose({ events, days: [folded('2026-06-07', 4)] }, NOW).every((w) => w.activeDays === 0 && w.strengthSeconds === 0)).toBe(true);
  });

  it('weeks turn at Monday 00:00 local', () => {
    const events = [ev('2026-06-14T23:59:59', 'band-rows', 120), ev('2026-06-15T00:00', 'band-rows', 180)];
    expect(dose({ events }, NOW).map((w) => [w.week, w.strengthSeconds, w.activeDays])).toEqual([
      ['2026-06-08', 120, 1],
      ['2026-06-15', 180, 1],
    ]);
  });

  it('a week with the change to summer time (Europe/Berlin, 29 March 2026) has its 7 days and no more', () => {
    const days = ['2026-03-23', '2026-03-24', '2026-03-25', '2026-03-26', '2026-03-27', '2026-03-28', '2026-03-29'];
    const events = [...days.map((d) => ev(`${d}T00:30`, 'band-rows', 120)), ev('2026-03-29T23:59', 'band-rows', 60), ev('2026-03-30T00:00', 'band-rows', 30)];
    const weeks = weeklyDose({ events, days: [] }, WORLD, at('2026-04-02T12:00'), 3);
    expect(weeks).toEqual([
      { week: '2026-03-16', strengthSeconds: 0, strengthMinutes: 0, activeDays: 0, strengthDays: 0 },
      { week: '2026-03-23', strengthSeconds: 900, strengthMinutes: 15, activeDays: 7, strengthDays: 7 },
      { week: '2026-03-30', strengthSeconds: 30, strengthMinutes: 0.5, activeDays: 1, strengthDays: 0 },
    ]);
  });

  it('and the change back (25 October 2026, a 25-hour Sunday)', () => {
    const events = [ev('2026-10-25T02:30', 'band-rows', 60), ev('2026-10-25T23:30', 'band-rows', 60), ev('2026-10-26T00:00', 'band-rows', 60)];
    const weeks = weeklyDose({ events, days: [folded('2026-10-25', 1), folded('2026-10-26', 1)] }, WORLD, at('2026-10-26T08:00'), 2);
    expect(weeks.map((w) => [w.week, w.strengthSeconds, w.activeDays, w.strengthDays])).toEqual([
      ['2026-10-19', 120, 1, 1],
      ['2026-10-26', 60, 1, 0],
    ]);
  });

  it('counts by the zone the computer is in now: after a move west, a Monday morning in Berlin is a Sunday in New York', () => {
    const events = [ev('2026-06-15T02:00', 'band-rows', 120)]; // Monday 02:00 Berlin = Sunday 20:00 New York
    setTimeZone('Europe/Berlin');
    expect(weeklyDose({ events, days: [] }, WORLD, at('2026-06-18T12:00'), 2).map((w) => [w.week, w.activeDays])).toEqual([
      ['2026-06-08', 0],
      ['2026-06-15', 1],
    ]);
    setTimeZone('America/New_York');
    expect(weeklyDose({ events, days: [] }, WORLD, at('2026-06-18T12:00', 'America/New_York'), 2).map((w) => [w.week, w.activeDays, w.strengthDays])).toEqual([
      ['2026-06-08', 1, 1],
      ['2026-06-15', 0, 0],
    ]);
  });
});
