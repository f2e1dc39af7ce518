import { describe, expect, it } from 'vitest';
import { asksMarkers, checkInDue, journeyWeek, readCheckIn, readCheckIns, weekOf, withCheckIn, type CheckIn } from '../../src/core/checkin';
import { inTimeZone, setTimeZone, useTimeZone } from './tz';

useTimeZone('Europe/Berlin');

const at = (iso: string, zone = 'Europe/Berlin') => inTimeZone(zone, () => new Date(iso).getTime());
const ON = { weeklyCheckIn: true };
const entry = (week: string, score: number | null, when = at(`${week}T12:00`)): CheckIn => ({ week, at: when, score, markers: {} });
const FIRST = at('2026-03-02T10:00'); // a Monday

describe('weekOf', () => {
  it.each([
    ['2026-03-23T00:00', '2026-03-23'],
    ['2026-03-22T23:59:59', '2026-03-16'],
    ['2026-03-29T03:00', '2026-03-23'], // the Sunday summer time starts
    ['2026-03-30T00:00', '2026-03-30'],
    ['2026-10-25T02:30', '2026-10-19'], // the hour that comes twice
    ['2026-10-26T00:00', '2026-10-26'],
    ['2027-01-01T12:00', '2026-12-28'], // a week across the new year
  ])('%s is in the week of %s', (iso, week) => {
    expect(weekOf(at(iso))).toBe(week);
  });
});

describe('checkInDue', () => {
  it('not before the first finished drill, nor with the check-in off', () => {
    const now = at('2026-03-04T10:00');
    expect(checkInDue([], null, ON, now)).toBe(false);
    expect(checkInDue([], now + 1, ON, now)).toBe(false);
    expect(checkInDue([], FIRST, { weeklyCheckIn: false }, now)).toBe(false);
    expect(checkInDue([], FIRST, ON, now)).toBe(true);
    expect(checkInDue([], now, ON, now)).toBe(true);
  });

  it('once a week: an answer or a dismissal for this local week ends it until Monday 00:00', () => {
    for (const score of [4, null]) {
      const asked = [entry('2026-03-02', score)];
      expect(checkInDue(asked, FIRST, ON, at('2026-03-02T10:01'))).toBe(false);
      expect(checkInDue(asked, FIRST, ON, at('2026-03-08T23:59:59'))).toBe(false);
      expect(checkInDue(asked, FIRST, ON, at('2026-03-09T00:00'))).toBe(true);
    }
  });

  it('an entry of another week does not count for this one', () => {
    expect(checkInDue([entry('2026-03-16', 3), entry('2026-03-30', 3)], FIRST, ON, at('2026-03-25T10:00'))).toBe(true);
  });

  it('across the change to summer time: the week of 23 March ends at Monday 30 March 00:00 local', () => {
    const asked = [entry('2026-03-23', 5)];
    expect(checkInDue(asked, FIRST, ON, at('2026-03-29T23:30'))).toBe(false);
    expect(checkInDue(asked, FIRST, ON, at('2026-03-30T00:00') - 1)).toBe(false);
    expect(checkInDue(asked, FIRST, ON, at('2026-03-30T00:00'))).toBe(true);
  });

  it('in New York too, whose clocks change on other Sundays', () => {
    setTimeZone('America/New_York');
    const ny = (iso: string) => at(iso, 'America/New_York');
    const asked = [entry('2026-03-02', 5, ny('2026-03-02T09:00'))];
    expect(checkInDue(asked, ny('2026-03-01T09:00'), ON, ny('2026-03-08T23:59'))).toBe(false); // 8 March: summer time began there
    expect(checkInDue(asked, ny('2026-03-01T09:00'), ON, ny('2026-03-09T00:00'))).toBe(true);
  });

  it('a move west asks no second time in the same local week, and never replaces an answer', () => {
    // Answered on Monday 9 March at 03:00 in Berlin (week of 9 March): still Sunday 8 March, 21:00, in New York.
    const asked = [entry('2026-03-09', 5, at('2026-03-09T03:00'))];
    setTimeZone('America/New_York');
    const ny = (iso: string) => at(iso, 'America/New_York');
    const later = at('2026-03-09T03:00') + 30 * 60_000;
    expect(weekOf(later)).toBe('2026-03-02');
    // The answer came in this local week (New York's of 2 March): asked.
    expect(checkInDue(asked, FIRST, ON, later)).toBe(false);
    // New York's week of 9 March already holds an answer by its name: asking would replace it.
    expect(checkInDue(asked, FIRST, ON, ny('2026-03-09T10:00'))).toBe(false);
    expect(checkInDue(asked, FIRST, ON, ny('2026-03-16T00:00'))).toBe(true);
  });

  it('a move east too: answered on a Sunday evening in New York, it is Monday in Berlin', () => {
    setTimeZone('America/New_York');
    const sunday = at('2026-03-08T22:00', 'America/New_York');
    const asked = [entry(weekOf(sunday), 5, sunday)];
    expect(asked[0]!.week).toBe('2026-03-02');
    setTimeZone('Europe/Berlin');
    expect(weekOf(sunday + 60_000)).toBe('2026-03-09');
    expect(checkInDue(asked, FIRST, ON, sunday + 60_000)).toBe(false);
    expect(checkInDue(asked, FIRST, ON, at('2026-03-16T00:00'))).toBe(true);
  });
});

describe('journeyWeek and asksMarkers', () => {
  it.each([
    ['2026-03-02T10:00', 1],
    ['2026-03-08T23:59', 1],
    ['2026-03-09T00:00', 2],
    ['2026-03-29T23:59', 4],
    ['2026-03-30T00:00', 5], // after the change to summer time
    ['2026-11-02T00:00', 36], // after the change back
  ])('at %s it is week %s', (iso, week) => {
    expect(journeyWeek(FIRST, at(iso))).toBe(week);
  });

  it('counts from the first drill\'s week, whatever day it fell on', () => {
    expect(journeyWeek(at('2026-03-08T23:00'), at('2026-03-09T00:00'))).toBe(2);
    expect(journeyWeek(at('2026-03-08T23:00'), at('2026-03-01T00:00'))).toBe(1);
  });

  it('asks the markers from week 2', () => {
    expect(asksMarkers(FIRST, at('2026-03-08T23:59'))).toBe(false);
    expect(asksMarkers(FIRST, at('2026-03-09T00:00'))).toBe(true);
  });
});

describe('stored check-ins', () => {
  it('reads one per week, the latest answer, oldest week first, and counts what it leaves out', () => {
    const raw = {
      entries: [entry('2026-03-16', 3, 200), entry('2026-03-02', 5, 100), entry('2026-03-16', null, 300), { week: '2026-03-09', at: 1, score: 11, markers: {} }, 'x'],
    };
    const { checkIns, skipped } = readCheckIns(raw);
    expect(checkIns).toEqual([entry('2026-03-02', 5, 100), entry('2026-03-16', null, 300)]);
    expect(skipped).toBe(2);
  });

  it.each([
    [{ week: '2026-3-2', at: 1, score: 3 }],
    [{ week: '2026-03-02', at: 0, score: 3 }],
    [{ week: '2026-03-02', at: 1, score: 3.5 }],
    [{ week: '2026-03-02', at: 1, score: -1 }],
    [{ week: '2026-03-02', at: 1 }],
    [{ week: '2026-03-02', at: 1, score: 3, markers: { sitTwoHours: 'maybe' } }],
    [{ week: '2026-03-02', at: 1, score: 3, markers: [] }],
  ])('refuses %j', (raw) => {
    expect(readCheckIn(raw)).toBeNull();
  });

  it('reads the markers it knows and passes over a newer version\'s', () => {
    expect(readCheckIn({ week: '2026-03-02', at: 1, score: 0, markers: { sitTwoHours: 'yes', overheadEasier: 'unsure', sleep: 'better' }, mood: 'x' })).toEqual({
      week: '2026-03-02',
      at: 1,
      score: 0,
      markers: { sitTwoHours: 'yes', overheadEasier: 'unsure' },
    });
  });

  it('withCheckIn replaces the week\'s entry and keeps another version\'s entries and fields', () => {
    const newer = { week: '2026-03-09', at: 5, score: 4, scale: 'nrs-11', markers: { sitTwoHours: 'maybe' } };
    const raw = { entries: [entry('2026-03-02', 5, 100), newer, entry('2026-03-09', 6, 4), 'kept'], since: 'v9' };
    const out = withCheckIn(raw, entry('2026-03-09', null, 50));
    expect(out).toEqual({ entries: [entry('2026-03-02', 5, 100), newer, 'kept', entry('2026-03-09', null, 50)], since: 'v9' });
    expect(readCheckIns(out).checkIns).toEqual([entry('2026-03-02', 5, 100), entry('2026-03-09', null, 50)]);
    expect(withCheckIn(undefined, entry('2026-03-09', 1, 50))).toEqual({ entries: [entry('2026-03-09', 1, 50)] });
  });

  it('a dismissed week counts as asked once stored and read back', () => {
    const stored = withCheckIn(undefined, entry('2026-03-09', null, at('2026-03-10T08:00')));
    expect(checkInDue(readCheckIns(stored).checkIns, FIRST, ON, at('2026-03-12T08:00'))).toBe(false);
  });
});
