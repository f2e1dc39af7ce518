import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { busyReason, holdCheckAt, MEETING_MINUTES } from '../../src/core/busy';
import { step, type IdleState, type SchedulerEvent } from '../../src/core/machine';
import { breakAfter, MIN_LEAD_MINUTES, nextBreakAt, nextWakeAt, pauseUntil, PAUSE_KINDS } from '../../src/core/schedule';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings';
import { initialState, type State } from '../../src/core/state';
import { boundToNow } from '../../src/core/state-bounds';
import { useTimeZone } from './tz';
import { runs } from './runs';
import { workWeek } from './arbitraries';

// Issue 23, Clocks: the system clock moves forwards and backwards, by up to a day, between the
// worker's events (a clock hours fast corrected by the network, a zone set by hand, a dead CMOS
// battery). Each event runs as the worker's dispatch runs it: the stored state bounded by now
// (core/state-bounds.ts), the machine's step, the next break derived.
//
// What "never more than one interval away, never in the past" means, after every event:
// - The next break is null only while paused until resumed, or when no working period is long
//   enough for an interval (a quarter-hour period with a 90-min interval: no break ever comes).
// - Never in the past: it is at least MIN_LEAD_MINUTES from now. With a break pending (on screen,
//   held or waiting) the next break is its reminder or the end of its snooze, which obeys the
//   same bound; the pending break itself may be overdue, and that is the break now. After the
//   day is over it lies in a later working period, still at least a minute from now.
// - Never more than one interval away: no later than the break one interval of working time from
//   now (breakAfter(now): past the end of the day, one interval into the next working period);
//   while snoozed, no later than the longest snooze the settings offer; while paused, no later
//   than one interval after the latest end of a pause the user can choose (an hour, or the start
//   of the next working day).
// - Every stored time is bounded the same way: resets, absences, due and shown times no later
//   than now, a meeting no later than the longest the popup offers.

useTimeZone('Europe/Berlin'); // two DST changes a year fall inside the random start dates

const MIN = 60_000;
const DAY = 24 * 60;

const settingsArb: fc.Arbitrary<Settings> = fc
  .record({
    intervalMinutes: fc.integer({ min: 15, max: 240 }),
    week: workWeek,
    idleMinutes: fc.integer({ min: 1, max: 30 }),
    snoozeMinutes: fc.uniqueArray(fc.integer({ min: 1, max: 60 }), { minLength: 1, maxLength: 3 }),
    snoozeCap: fc.integer({ min: 0, max: 5 }),
  })
  .map(({ week, ...rest }) => ({ ...DEFAULT_SETTINGS, ...rest, ...week }));

type Op =
  /** The clock is set forwards or backwards: no event, no alarm, until the next op. */
  | { op: 'jump'; minutes: number }
  /** Time passes at the desk (or away); the alarms fire as they fall due. */
  | { op: 'wait'; minutes: number }
  | { op: 'idle'; idle: IdleState }
  /** Which of the settings' snooze lengths the user picks. */
  | { op: 'snooze'; pick: number }
  | { op: 'finish'; outcome: 'done' | 'skipped' }
  | { op: 'pause'; kind: (typeof PAUSE_KINDS)[number] }
  | { op: 'resume' }
  | { op: 'start-now' }
  | { op: 'meeting'; minutes: number }
  /** A settings change: the worker reschedules without an event. */
  | { op: 'settings' }
  | { op: 'startup' }
  | { op: 'update' };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ op: fc.constant('jump' as const), minutes: fc.integer({ min: -DAY, max: DAY }) }) },
  { weight: 4, arbitrary: fc.record({ op: fc.constant('wait' as const), minutes: fc.integer({ min: 1, max: 600 }) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('idle' as const), idle: fc.constantFrom<IdleState>('active', 'idle', 'locked') }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('snooze' as const), pick: fc.nat(2) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('finish' as const), outcome: fc.constantFrom<'done' | 'skipped'>('done', 'skipped') }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('pause' as const), kind: fc.constantFrom(...PAUSE_KINDS) }) },
  { weight: 1, arbitrary: fc.constant({ op: 'resume' as const }) },
  { weight: 2, arbitrary: fc.constant({ op: 'start-now' as const }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('meeting' as const), minutes: fc.constantFrom(0, ...MEETING_MINUTES) }) },
  { weight: 2, arbitrary: fc.constant({ op: 'settings' as const }) },
  { weight: 1, arbitrary: fc.constant({ op: 'startup' as const }) },
  { weight: 1, arbitrary: fc.constant({ op: 'update' as const }) },
);

/** The latest the next break may be at `now`, for this state, as the header says. */
function allowance(state: State, settings: Settings, now: number): number {
  const bounds = [breakAfter(now, settings, now)];
  if (state.pending?.snoozedUntil != null) bounds.push(now + Math.max(...settings.snoozeMinutes) * MIN);
  if (state.pause) {
    const latestEnd = Math.max(...PAUSE_KINDS.map((kind) => pauseUntil(kind, settings, now) ?? now));
    bounds.push(breakAfter(latestEnd, settings, now));
  }
  return Math.max(...bounds.filter((b) => b !== null));
}

function simulate(settings: Settings, start: number, ops: Op[]) {
  let now = start;
  let state: State = { ...initialState(now), nextBreakAt: null };
  let idle: IdleState = 'active';
  let wake: number | null = null;
  const at = (t: number) => new Date(t).toString();

  /** One event as the worker's dispatch runs it, then the promises checked. */
  const apply = (make: ((bounded: State) => SchedulerEvent) | null, what: string) => {
    const bounded = boundToNow(state, settings, now);
    const d = make ? step(bounded, settings, make(bounded), now) : { state: bounded };
    state = { ...d.state, nextBreakAt: nextBreakAt(d.state, settings, now) };
    wake = nextWakeAt(state, settings, now);
    const context = `after ${what} at ${at(now)}`;

    const next = state.nextBreakAt;
    if (next === null) {
      const none = state.pause?.until === null || breakAfter(now, settings, now) === null;
      expect(none, `no next break only while paused until resumed, or with no working period an interval fits in, ${context}`).toBe(true);
    }
    else {
      expect(next, `the next break ${at(next)} is not in the past, ${context}`).toBeGreaterThanOrEqual(now + MIN_LEAD_MINUTES * MIN);
      expect(next, `the next break ${at(next)} is at most one interval (plus the chosen wait) away, ${context}`).toBeLessThanOrEqual(allowance(state, settings, now));
    }
    expect(state.lastResetAt, `last reset, ${context}`).toBeLessThanOrEqual(now);
    if (state.awaySince !== null) expect(state.awaySince, `away since, ${context}`).toBeLessThanOrEqual(now);
    if (state.pending) {
      expect(Math.max(state.pending.dueAt, state.pending.shownAt), `due and shown, ${context}`).toBeLessThanOrEqual(now);
      if (state.pending.waiting) expect(state.pending.waiting.since, `waiting since, ${context}`).toBeLessThanOrEqual(now);
    }
    if (state.meetingUntil !== null) expect(state.meetingUntil, `meeting, ${context}`).toBeLessThanOrEqual(now + Math.max(...MEETING_MINUTES) * MIN);
    if (state.pause) expect(state.pause.since, `pause since, ${context}`).toBeLessThanOrEqual(now);
  };
  const busy = (s: State) => busyReason({ fullscreen: false, audible: false, call: null }, settings, s.meetingUntil, now);

  apply((s) => ({ type: 'startup', idle, busy: busy(s) }), 'install');
  for (const o of ops) {
    switch (o.op) {
      case 'jump':
        now += o.minutes * MIN;
        break;
      case 'wait': {
        const end = now + o.minutes * MIN;
        for (let guard = 0; guard < 2000; guard++) {
          const check = holdCheckAt(state, now);
          const due = Math.min(wake ?? Infinity, check ?? Infinity);
          if (due > end) break;
          now = Math.max(now, due);
          const scheduledAt = wake;
          if (scheduledAt !== null && scheduledAt <= now) apply((s) => ({ type: 'alarm', idle, scheduledAt, busy: busy(s) }), 'the break alarm');
          else apply((s) => ({ type: 'check', idle, busy: busy(s) }), 'the hold check');
        }
        now = end;
        break;
      }
      case 'idle':
        idle = o.idle;
        apply((s) => ({ type: 'idle', idle: o.idle, busy: o.idle === 'active' ? busy(s) : null }), `idle ${o.idle}`);
        break;
      case 'snooze': {
        const minutes = settings.snoozeMinutes[o.pick % settings.snoozeMinutes.length]!;
        apply(() => ({ type: 'snooze', minutes }), `a ${minutes}-min snooze`);
        break;
      }
      case 'finish':
        apply(() => ({ type: 'finish', outcome: o.outcome }), o.outcome);
        break;
      case 'pause':
        apply(() => ({ type: 'pause', until: pauseUntil(o.kind, settings, now) }), `a pause (${o.kind})`);
        break;
      case 'meeting': {
        const until = o.minutes > 0 ? now + o.minutes * MIN : null;
        apply((s) => ({ type: 'meeting', until, busy: busy({ ...s, meetingUntil: until }) }), `a meeting (${o.minutes} min)`);
        break;
      }
      case 'settings':
        apply(null, 'a settings change');
        break;
      case 'startup':
        apply((s) => ({ type: 'startup', idle, busy: busy(s) }), 'a browser start');
        break;
      case 'update':
        apply((s) => ({ type: 'update', idle, busy: busy(s) }), 'an update');
        break;
      default:
        apply(() => ({ type: o.op }), o.op);
    }
  }
}

describe('clock properties (random settings, the clock set back and forth between events)', () => {
  it('the next break is never more than one interval plus the chosen wait away, and never in the past', () => {
    fc.assert(
      fc.property(
        settingsArb,
        fc.date({ min: new Date('2026-01-01'), max: new Date('2026-12-31'), noInvalidDate: true }),
        fc.array(opArb, { minLength: 1, maxLength: 40 }),
        (settings, start, ops) => {
          simulate(settings, start.getTime(), ops);
        },
      ),
      { numRuns: runs(300) },
    );
  }, 60_000);

  it('a reset stamped three hours fast, then a settings change: the next break one 45-min interval away (was 225 min)', () => {
    const s = { ...DEFAULT_SETTINGS, intervalMinutes: 45 };
    const now = new Date('2026-03-02T09:05').getTime();
    const stored = { ...initialState(now), lastResetAt: now + 3 * 60 * MIN - 5 * MIN };
    const bounded = boundToNow(stored, s, now);
    expect((nextBreakAt(bounded, s, now)! - now) / MIN).toBe(45);
  });
});
