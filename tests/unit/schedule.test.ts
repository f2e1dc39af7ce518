import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings';
import { badgeText, breakAfter, headsUpAt, nextBreakAt, nextWakeAt, pauseUntil, upcomingBreaks } from '../../src/core/schedule';
import { initialState, type State } from '../../src/core/state';
import { setTimeZone } from './tz';


/** Local wall-clock time in the current process time zone. */
const local = (iso: string) => new Date(iso).getTime();
const utc = (iso: string) => new Date(`${iso}Z`).getTime();
const settings = (over: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, ...over });
const state = (over: Partial<State>): State => ({ ...initialState(0), ...over });

describe('breakAfter: working days and hours (Europe/Berlin)', () => {
  const cases: [string, string, string, Partial<Settings>, string | null][] = [
    ['one interval after a reset in the morning', '2026-03-02T09:00', '2026-03-02T09:05', {}, '2026-03-02T10:30'],
    ['an interval past the end of the day moves to the next morning', '2026-03-02T16:30', '2026-03-02T16:31', {}, '2026-03-03T10:30'],
    ['Friday evening → Monday', '2026-03-06T16:45', '2026-03-06T17:00', {}, '2026-03-09T10:30'],
    ['the weekend passes without breaks', '2026-03-07T11:00', '2026-03-07T11:00', {}, '2026-03-09T10:30'],
    ['before work, the period start is the reset', '2026-03-01T20:00', '2026-03-02T07:00', {}, '2026-03-02T10:30'],
    ['just fits before the end', '2026-03-02T15:59', '2026-03-02T16:00', {}, '2026-03-02T17:29'],
    ['lunch gap: a morning break that would land at lunch moves to the afternoon', '2026-03-02T11:00', '2026-03-02T11:00', { workHours: [{ start: '09:00', end: '12:00' }, { start: '13:00', end: '17:30' }] }, '2026-03-02T14:30'],
    ['lunch gap: a reset during lunch counts from the afternoon start', '2026-03-02T12:20', '2026-03-02T12:20', { workHours: [{ start: '09:00', end: '12:00' }, { start: '13:00', end: '17:30' }] }, '2026-03-02T14:30'],
    ['lunch gap: morning breaks still come', '2026-03-02T09:00', '2026-03-02T09:00', { workHours: [{ start: '09:00', end: '12:00' }, { start: '13:00', end: '17:30' }] }, '2026-03-02T10:30'],
    ['a weekend worker', '2026-03-07T09:00', '2026-03-07T09:00', { workDays: [6] }, '2026-03-07T10:30'],
    ['a short interval', '2026-03-02T09:00', '2026-03-02T09:00', { intervalMinutes: 15 }, '2026-03-02T09:15'],
    ['late: never sooner than a minute from now', '2026-03-02T09:00', '2026-03-02T12:00', {}, '2026-03-02T12:01'],
    ['touching periods are one: no reset where they meet', '2026-03-02T11:30', '2026-03-02T11:30', { workHours: [{ start: '09:00', end: '12:00' }, { start: '12:00', end: '17:30' }] }, '2026-03-02T13:00'],
    ['a night shift across midnight runs on', '2026-03-02T23:30', '2026-03-02T23:30', { workDays: [1, 2], workHours: [{ start: '00:00', end: '06:00' }, { start: '20:00', end: '24:00' }] }, '2026-03-03T01:00'],
    ['a night shift ending at midnight', '2026-03-02T22:00', '2026-03-02T22:00', { workHours: [{ start: '20:00', end: '24:00' }] }, '2026-03-02T23:30'],
  ];
  it.each(cases)('%s', (_name, reset, now, over, expected) => {
    setTimeZone('Europe/Berlin');
    const s = settings(over);
    expect(breakAfter(local(reset), s, local(now))).toBe(expected === null ? null : local(expected));
  });

  it('no working period long enough means no break at all', () => {
    setTimeZone('Europe/Berlin');
    expect(breakAfter(local('2026-03-02T09:00'), settings({ workHours: [{ start: '09:00', end: '10:00' }] }), local('2026-03-02T09:00'))).toBeNull();
  });
});

describe('daylight saving', () => {
  const allDay = settings({ workDays: [0, 1, 2, 3, 4, 5, 6], workHours: [{ start: '00:00', end: '24:00' }] });

  it('Europe/Berlin spring forward: 90 real minutes across the jump', () => {
    setTimeZone('Europe/Berlin');
    // 01:00 CET is 00:00 UTC; 90 minutes later is 01:30 UTC, which is 03:30 CEST.
    expect(breakAfter(local('2026-03-29T01:00'), allDay, local('2026-03-29T01:00'))).toBe(utc('2026-03-29T01:30'));
    expect(new Date(utc('2026-03-29T01:30')).getHours()).toBe(3);
  });

  it('Europe/Berlin fall back: 90 real minutes across the repeated hour', () => {
    setTimeZone('Europe/Berlin');
    const reset = utc('2026-10-24T23:30'); // 01:30 CEST
    expect(breakAfter(reset, allDay, reset)).toBe(utc('2026-10-25T01:00')); // 02:00 CET
  });

  it('Europe/Berlin: working hours stay at local 09:00 after the clocks change', () => {
    setTimeZone('Europe/Berlin');
    // Friday before the change (CET), next break Monday after it (CEST): 10:30 local = 08:30 UTC.
    expect(breakAfter(local('2026-03-27T17:00'), settings(), local('2026-03-27T17:00'))).toBe(utc('2026-03-30T08:30'));
    expect(breakAfter(local('2026-10-23T17:00'), settings(), local('2026-10-23T17:00'))).toBe(utc('2026-10-26T09:30'));
  });

  it('America/New_York spring forward and fall back', () => {
    setTimeZone('America/New_York');
    expect(breakAfter(local('2026-03-08T01:00'), allDay, local('2026-03-08T01:00'))).toBe(utc('2026-03-08T07:30')); // 03:30 EDT
    expect(breakAfter(utc('2026-11-01T05:30'), allDay, utc('2026-11-01T05:30'))).toBe(utc('2026-11-01T07:00')); // 01:30 EDT → 02:00 EST
    expect(breakAfter(local('2026-03-06T17:00'), settings(), local('2026-03-06T17:00'))).toBe(utc('2026-03-09T14:30')); // Mon 09:00 EDT (13:00 UTC) + 90
  });

  it('a working period that starts inside the skipped hour starts when the clock resumes', () => {
    setTimeZone('Europe/Berlin');
    const s = settings({ workDays: [0], workHours: [{ start: '02:30', end: '06:00' }], intervalMinutes: 30 });
    expect(breakAfter(local('2026-03-28T20:00'), s, local('2026-03-28T20:00'))).toBe(utc('2026-03-29T02:00')); // 03:30 + 30 = 04:00 CEST
  });
});

describe('time zone change', () => {
  it('the same stored reset is read in the zone the machine is in now', () => {
    const reset = utc('2026-03-02T16:00');
    setTimeZone('Europe/Berlin'); // 17:00 there: past the end of the day
    expect(breakAfter(reset, settings(), reset)).toBe(utc('2026-03-03T09:30'));
    setTimeZone('America/New_York'); // 11:00 there: mid-morning
    expect(breakAfter(reset, settings(), reset)).toBe(utc('2026-03-02T17:30'));
  });
});

describe('nextBreakAt and friends', () => {
  const now = () => local('2026-03-02T10:00');
  const s = settings();

  it('a snoozed break comes back when the snooze ends, not an interval later', () => {
    const pending = { drillId: 'chin-tucks' as const, dueAt: now(), shownAt: now(), snoozedUntil: now() + 5 * 60_000, held: false, swapped: [], waiting: null };
    expect(nextBreakAt(state({ lastResetAt: now() - 90 * 60_000, pending }), s, now())).toBe(now() + 5 * 60_000);
  });

  it('an unanswered break reminds one interval after it was shown', () => {
    const pending = { drillId: 'chin-tucks' as const, dueAt: now(), shownAt: now(), snoozedUntil: null, held: false, swapped: [], waiting: null };
    expect(nextBreakAt(state({ pending }), s, now())).toBe(now() + 90 * 60_000);
  });

  it('pauses: resume is a reset; until resumed means no break and no alarm', () => {
    const until = local('2026-03-02T10:30');
    expect(nextBreakAt(state({ lastResetAt: now(), pause: { since: now(), until } }), s, now())).toBe(local('2026-03-02T12:00'));
    expect(nextWakeAt(state({ lastResetAt: now(), pause: { since: now(), until } }), s, now())).toBe(until);
    expect(nextBreakAt(state({ pause: { since: now(), until: null } }), s, now())).toBeNull();
    expect(nextWakeAt(state({ pause: { since: now(), until: null } }), s, now())).toBeNull();
  });

  it('pause lengths', () => {
    setTimeZone('Europe/Berlin');
    const t = local('2026-03-06T15:00'); // Friday
    expect(pauseUntil('30m', s, t)).toBe(local('2026-03-06T15:30'));
    expect(pauseUntil('1h', s, t)).toBe(local('2026-03-06T16:00'));
    expect(pauseUntil('tomorrow', s, t)).toBe(local('2026-03-09T09:00'));
    expect(pauseUntil('indefinite', s, t)).toBeNull();
  });

  it('heads-up only when asked for, and only with time left', () => {
    const next = { nextBreakAt: now() + 10 * 60_000, pending: null, pause: null };
    expect(headsUpAt(next, { headsUpMinutes: 0 }, now())).toBeNull();
    expect(headsUpAt(next, { headsUpMinutes: 2 }, now())).toBe(now() + 8 * 60_000);
    expect(headsUpAt({ ...next, nextBreakAt: now() + 60_000 }, { headsUpMinutes: 2 }, now())).toBeNull();
  });

  it('badge: pause marker always, countdown only when enabled', () => {
    const base = { nextBreakAt: now() + 45 * 60_000, pending: null, pause: null };
    expect(badgeText(base, { showBadge: false }, now())).toBe('');
    expect(badgeText(base, { showBadge: true }, now())).toBe('45m');
    expect(badgeText({ ...base, nextBreakAt: now() + 150 * 60_000 }, { showBadge: true }, now())).toBe('3h');
    expect(badgeText({ ...base, pause: { since: now(), until: null } }, { showBadge: false }, now())).toBe('II');
  });
});

describe('schedule edges', () => {
  const now = () => local('2026-03-02T10:00');
  const noDays = settings({ workDays: [] });
  const pending = (snoozedUntil: number | null) => ({ drillId: 'chin-tucks' as const, dueAt: now(), shownAt: now(), snoozedUntil, held: false, swapped: [], waiting: null });

  it('a week without working days has no break, and "until tomorrow" no end', () => {
    expect(breakAfter(now(), noDays, now())).toBeNull();
    expect(pauseUntil('tomorrow', noDays, now())).toBeNull();
  });

  it('a heads-up due this very moment is too late to give; none without a next break', () => {
    const next = { nextBreakAt: now() + 2 * 60_000, pending: null, pause: null };
    expect(headsUpAt(next, { headsUpMinutes: 2 }, now())).toBeNull();
    expect(headsUpAt(next, { headsUpMinutes: 2 }, now() - 1)).toBe(now());
    expect(headsUpAt({ ...next, pending: pending(null) }, { headsUpMinutes: 1 }, now())).toBeNull();
    expect(headsUpAt({ ...next, pause: { since: now(), until: null } }, { headsUpMinutes: 1 }, now())).toBeNull();
  });

  it('badge: "now" for a break on screen, the countdown for a snoozed one, nothing with no next break', () => {
    const on = { showBadge: true };
    expect(badgeText({ nextBreakAt: now() + 30 * 60_000, pending: pending(null), pause: null }, on, now())).toBe('now');
    expect(badgeText({ nextBreakAt: now() + 5 * 60_000, pending: pending(now() + 5 * 60_000), pause: null }, on, now())).toBe('5m');
    expect(badgeText({ nextBreakAt: null, pending: null, pause: null }, on, now())).toBe('');
  });

  it('badge minutes round up, and switch to hours at 100', () => {
    const at = (ms: number) => badgeText({ nextBreakAt: now() + ms, pending: null, pause: null }, { showBadge: true }, now());
    expect(at(90_000)).toBe('2m');
    expect(at(99 * 60_000)).toBe('99m');
    expect(at(100 * 60_000)).toBe('2h');
    expect(at(-60_000)).toBe('0m');
  });

  it('upcoming breaks: the next few, each an interval after the one before, within working time', () => {
    setTimeZone('Europe/Berlin');
    const s = settings();
    const fresh = state({ lastResetAt: local('2026-03-02T14:00') });
    expect(upcomingBreaks(fresh, s, local('2026-03-02T14:00'))).toEqual([local('2026-03-02T15:30'), local('2026-03-02T17:00'), local('2026-03-03T10:30')]);
    expect(upcomingBreaks(fresh, s, local('2026-03-02T14:00'), 1)).toEqual([local('2026-03-02T15:30')]);
    expect(upcomingBreaks(state({ pause: { since: now(), until: null } }), s, now())).toEqual([]);
  });
});
