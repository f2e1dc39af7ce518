import { describe, expect, it } from 'vitest';
import { formatClock, inWorkingPeriod, parseClock, periodFrom, periodsOfDay, withinOnePeriod, type WorkWeek } from '../../src/core/clock';
import { useTimeZone } from './tz';

const local = (iso: string) => new Date(iso).getTime();
const weekdays = (...workHours: WorkWeek['workHours']): WorkWeek => ({ workDays: [1, 2, 3, 4, 5], workHours });
const NO_DAYS: WorkWeek = { workDays: [], workHours: [{ start: '09:00', end: '17:00' }] };

describe('clock times', () => {
  it.each([
    ['00:00', 0],
    ['09:05', 545],
    ['19:59', 1199],
    ['23:59', 1439],
    ['24:00', 1440],
  ])('reads %s as %i minutes, and writes it back the same', (text, minutes) => {
    expect(parseClock(text)).toBe(minutes);
    expect(formatClock(minutes)).toBe(text);
  });

  it.each(['9:00', '09:60', '24:01', '25:00', '30:00', '09:00x', 'x09:00', ' 09:00', '24:00 ', 'x24:00', '', '09-00'])('refuses %j', (text) => {
    expect(parseClock(text)).toBeNull();
  });
});

describe('working periods (Europe/Berlin)', () => {
  useTimeZone('Europe/Berlin');
  const monday = local('2026-03-02T12:00');

  it('a day lists its periods in clock order, whatever order they were entered in', () => {
    expect(periodsOfDay(weekdays({ start: '13:00', end: '17:00' }, { start: '09:00', end: '12:00' }), monday)).toEqual([
      { start: local('2026-03-02T09:00'), end: local('2026-03-02T12:00') },
      { start: local('2026-03-02T13:00'), end: local('2026-03-02T17:00') },
    ]);
  });

  it('a range that ends where it starts, or before, is no period; 24:00 is the next midnight', () => {
    const week = weekdays({ start: '09:00', end: '09:00' }, { start: '17:00', end: '09:00' }, { start: '20:00', end: '24:00' });
    expect(periodsOfDay(week, monday)).toEqual([{ start: local('2026-03-02T20:00'), end: local('2026-03-03T00:00') }]);
  });

  it('a day off has no periods, and a week without working days has none at all', () => {
    expect(periodsOfDay(weekdays({ start: '09:00', end: '17:00' }), local('2026-03-07T12:00'))).toEqual([]);
    expect(periodFrom(NO_DAYS, monday)).toBeNull();
    expect(inWorkingPeriod(NO_DAYS, monday)).toBe(false);
    expect(withinOnePeriod(NO_DAYS, monday, monday + 60_000)).toBe(false);
  });

  it('a period includes its first instant and excludes its end', () => {
    const week = weekdays({ start: '09:00', end: '17:00' });
    expect(inWorkingPeriod(week, local('2026-03-02T09:00'))).toBe(true);
    expect(inWorkingPeriod(week, local('2026-03-02T08:59:59'))).toBe(false);
    expect(inWorkingPeriod(week, local('2026-03-02T17:00'))).toBe(false);
    expect(withinOnePeriod(week, local('2026-03-02T09:00'), local('2026-03-02T17:00'))).toBe(true);
    expect(withinOnePeriod(week, local('2026-03-02T08:59'), local('2026-03-02T10:00'))).toBe(false);
    expect(withinOnePeriod(week, local('2026-03-02T16:00'), local('2026-03-02T17:01'))).toBe(false);
  });

  it('a schedule with no gap at all merges into one period that stops 15 days ahead', () => {
    const always: WorkWeek = { workDays: [0, 1, 2, 3, 4, 5, 6], workHours: [{ start: '00:00', end: '24:00' }] };
    const midnight = local('2026-03-02T00:00');
    expect(periodFrom(always, midnight)).toEqual({ start: midnight, end: local('2026-03-17T00:00') });
  });
});
