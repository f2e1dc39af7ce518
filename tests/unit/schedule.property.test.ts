import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { inWorkingPeriod } from '../../src/core/clock';
import { busyReason, holdCheckAt, MEETING_MINUTES, type BusyReason } from '../../src/core/busy';
import { step, type IdleState, type SchedulerEvent } from '../../src/core/machine';
import { nextBreakAt, nextWakeAt, pauseUntil, PAUSE_KINDS } from '../../src/core/schedule';
import { nextPostureAt, POSTURE_CLEARANCE_MINUTES, POSTURE_ON_SCREEN_SECONDS } from '../../src/core/posture';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings';
import { initialState, type State } from '../../src/core/state';
import { useTimeZone } from './tz';
import { runs } from './runs';
import { workWeek } from './arbitraries';

useTimeZone('Europe/Berlin'); // two DST changes a year fall inside the random start dates

const MIN = 60_000;

const settingsArb: fc.Arbitrary<Settings> = fc
  .record({
    intervalMinutes: fc.integer({ min: 15, max: 240 }),
    week: workWeek,
    idleMinutes: fc.integer({ min: 1, max: 30 }),
    snoozeCap: fc.integer({ min: 0, max: 5 }),
    holdForFullscreen: fc.boolean(),
    holdForAudio: fc.boolean(),
    holdCapMinutes: fc.integer({ min: 5, max: 120 }),
    // The second tier, on in most runs so both tiers are driven together.
    postureResets: fc.constantFrom(true, true, false),
    postureMinutes: fc.integer({ min: 20, max: 45 }),
    sitStand: fc.boolean(),
    sitMinutes: fc.integer({ min: 10, max: 60 }),
    standMinutes: fc.integer({ min: 2, max: 30 }),
    moveMinutes: fc.integer({ min: 1, max: 10 }),
  })
  .map(({ week, ...rest }) => ({ ...DEFAULT_SETTINGS, ...rest, ...week }));

type Op =
  | { op: 'wait'; minutes: number }
  | { op: 'sleep'; minutes: number; returnFirst: boolean }
  | { op: 'close'; minutes: number; startupFirst: boolean }
  | { op: 'idle'; idle: IdleState }
  | { op: 'snooze'; minutes: number }
  | { op: 'finish'; outcome: 'done' | 'skipped' }
  | { op: 'pause'; kind: (typeof PAUSE_KINDS)[number] }
  | { op: 'resume' }
  | { op: 'start-now' }
  /** A window goes full screen or a tab starts playing sound, or they stop (null); Chromium says so at once. */
  | { op: 'signal'; signal: 'fullscreen' | 'audio' | null }
  /** "I'm in a meeting" for so many minutes, or over (0). */
  | { op: 'meeting'; minutes: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ op: fc.constant('wait' as const), minutes: fc.integer({ min: 1, max: 600 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('sleep' as const), minutes: fc.integer({ min: 1, max: 4000 }), returnFirst: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('close' as const), minutes: fc.integer({ min: 1, max: 4000 }), startupFirst: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('idle' as const), idle: fc.constantFrom<IdleState>('active', 'idle', 'locked') }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('snooze' as const), minutes: fc.constantFrom(5, 10, 15) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('finish' as const), outcome: fc.constantFrom<'done' | 'skipped'>('done', 'skipped') }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('pause' as const), kind: fc.constantFrom(...PAUSE_KINDS) }) },
  { weight: 1, arbitrary: fc.constant({ op: 'resume' as const }) },
  { weight: 1, arbitrary: fc.constant({ op: 'start-now' as const }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('signal' as const), signal: fc.constantFrom<'fullscreen' | 'audio' | null>('fullscreen', 'audio', null) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('meeting' as const), minutes: fc.constantFrom(0, ...MEETING_MINUTES) }) },
);

/** Events handled one after another at `now`, as the worker stores them: what was shown and recorded, and the state left. */
function replay(settings: Settings, start: State, events: SchedulerEvent[], now: number) {
  let state = start;
  const record = [];
  let shows = 0;
  for (const event of events) {
    const d = step(state, settings, event, now);
    state = { ...d.state, nextBreakAt: nextBreakAt(d.state, settings, now) };
    record.push(...d.record);
    if (d.show) shows++;
  }
  return { state, record, shows };
}

/** Drives the machine the way the worker and Chrome would, checking the promises after every event. */
function simulate(settings: Settings, start: number, ops: Op[]) {
  let now = start;
  let state: State = { ...initialState(now), nextBreakAt: null };
  let idle: IdleState = 'active';
  let wake: number | null = null;
  /** The posture reset's alarm, as the worker sets it; when one was last on screen. */
  let postureWake: number | null = null;
  let postureShownAt = -Infinity;
  let postures = 0;
  let shown = 0;
  let naturals = 0;
  let signal: 'fullscreen' | 'audio' | null = null;
  /** What the worker would find if it asked now. */
  const busy = (meetingUntil = state.meetingUntil): BusyReason | null =>
    busyReason({ fullscreen: signal === 'fullscreen', audible: signal === 'audio', call: null }, settings, meetingUntil, now);
  /** The minute check, set as the worker sets it. */
  const checkAt = () => holdCheckAt(state, now);

  const apply = (event: SchedulerEvent, alarmDueAt?: number) => {
    const wasSnoozed = state.pending?.snoozedUntil != null;
    const awaySince = state.awaySince;
    const waited = state.pending?.waiting ?? null;
    const d = step(state, settings, event, now);
    if (d.posture) {
      // Between the drills only: never near one, outside working time, away, held, paused or on top of a break.
      expect(state.pending, 'a reset while a break is pending (on screen, held, waiting or snoozed)').toBeNull();
      expect(state.pause, 'a reset while paused').toBeNull();
      expect(event.type === 'posture' && event.idle, 'a reset while away').toBe('active');
      expect('busy' in event && event.busy, 'a reset during a call, a presentation or a meeting').toBeFalsy();
      expect(inWorkingPeriod(settings, now), 'a reset outside working time').toBe(true);
      expect(now - state.lastResetAt, 'a reset within 10 minutes after a drill').toBeGreaterThanOrEqual(POSTURE_CLEARANCE_MINUTES * MIN);
      const drill = nextBreakAt(state, settings, now);
      if (drill !== null) expect(drill - now, 'a reset within 10 minutes before a drill').toBeGreaterThanOrEqual(POSTURE_CLEARANCE_MINUTES * MIN);
      expect(now - postureShownAt, 'two resets on screen at once').toBeGreaterThanOrEqual(POSTURE_ON_SCREEN_SECONDS * 1000);
      expect(settings.postureResets).toBe(true);
      postureShownAt = now;
      postures++;
    }
    // A drill the schedule brings never lands on a reset: the last one came at least 10 minutes before.
    if (d.show && event.type !== 'start-now') expect(now - postureShownAt, 'a drill within 10 minutes after a reset').toBeGreaterThanOrEqual(POSTURE_CLEARANCE_MINUTES * MIN);
    // Never a window over a presentation, a call or a meeting: only a quiet notice, after the longest wait.
    if (d.show && 'busy' in event && event.busy) expect(d.quiet, `a break shown while ${event.busy}`).toBe(true);
    if (d.quiet) expect(waited && now - waited.since, 'a quiet break waited its longest').toBeGreaterThanOrEqual(settings.holdCapMinutes * MIN);
    // A held break is never lost silently: whatever ends its wait, the history says so.
    if (waited && !d.state.pending?.waiting) expect(d.record.length, `the end of a wait (${event.type}) is recorded`).toBeGreaterThan(0);
    // At the desk, that is: while the user is away, the absence rules decide on their return.
    if (d.state.pending?.waiting && event.type === 'check' && event.idle === 'active') {
      expect(now - d.state.pending.waiting.since, 'no break waits past its longest wait').toBeLessThan(settings.holdCapMinutes * MIN);
    }
    for (const r of d.record.filter((e) => e.outcome === 'natural')) {
      naturals++;
      // With no break due meanwhile, only time away inside working time is a break: never the night.
      if (r.dueAt === null) expect(inWorkingPeriod(settings, r.at - 1), 'a natural break with nothing due, recorded at the end of working time').toBe(true);
      if (r.dueAt === null && event.type === 'idle') expect(inWorkingPeriod(settings, awaySince!), 'a natural break with nothing due began in working time').toBe(true);
    }
    state = { ...d.state, nextBreakAt: nextBreakAt(d.state, settings, now) };
    wake = nextWakeAt(state, settings, now); // the one break alarm, replaced on every event
    postureWake = nextPostureAt(state, settings, now);
    if (postureWake !== null) expect(postureWake, 'the next reset in the future').toBeGreaterThan(now);
    if (d.show) {
      shown++;
      // Only a snooze the user asked for may come back just past the end of the period.
      if (!wasSnoozed) expect(inWorkingPeriod(settings, now), 'a break shown outside working hours').toBe(true);
      // Shown on time, or on return from a short absence: never a stale break after sleep.
      if (alarmDueAt !== undefined) expect(now - alarmDueAt).toBeLessThan(settings.idleMinutes * MIN);
    }
    const next = state.nextBreakAt;
    if (next !== null) {
      expect(next, 'next break in the future').toBeGreaterThan(now);
      const snoozed = state.pending?.snoozedUntil != null;
      if (!snoozed) expect(inWorkingPeriod(settings, next), `next break ${new Date(next).toString()} inside a working period`).toBe(true);
      if (!state.pending) {
        const anchor = Math.max(state.lastResetAt, state.pause?.until ?? 0);
        expect(next - anchor, 'never sooner than the interval after the last reset').toBeGreaterThanOrEqual(settings.intervalMinutes * MIN);
      }
    }
    if (state.pause?.until === null) expect(wake, 'no alarm while paused until resumed').toBeNull();
  };

  apply({ type: 'startup', busy: null });
  for (const o of ops) {
    switch (o.op) {
      case 'wait': {
        const end = now + o.minutes * MIN;
        // Chrome fires the alarms on time while the machine is awake: the break's, and the minute
        // check while a break waits.
        for (let guard = 0; guard < 2000; guard++) {
          const check = checkAt();
          const next = Math.min(wake ?? Infinity, check ?? Infinity, postureWake ?? Infinity);
          if (next > end) break;
          now = Math.max(now, next);
          if (wake !== null && wake <= now) apply({ type: 'alarm', idle, scheduledAt: now, busy: busy() }, now);
          else if (postureWake !== null && postureWake <= now) apply({ type: 'posture', idle, scheduledAt: now, busy: busy() });
          else apply({ type: 'check', idle, busy: busy() });
        }
        now = end;
        break;
      }
      case 'signal':
        signal = o.signal;
        if (state.pending?.waiting) apply({ type: 'check', idle, busy: busy() });
        break;
      case 'meeting': {
        const until = o.minutes > 0 ? now + o.minutes * MIN : null;
        apply({ type: 'meeting', until, busy: busy(until) });
        break;
      }
      case 'sleep': {
        // Asleep: nothing fires. On waking the user is back, and Chrome delivers their return
        // (if they had gone idle or locked) and the one missed alarm, late, in either order.
        now += o.minutes * MIN;
        const missed = wake !== null && wake <= now ? wake : null;
        const missedPosture = postureWake !== null && postureWake <= now ? postureWake : null;
        const [shownBefore, naturalsBefore] = [shown, naturals];
        const back = () => {
          if (idle === 'active') return;
          idle = 'active';
          apply({ type: 'idle', idle, busy: busy() });
        };
        if (o.returnFirst) back();
        if (missed !== null) apply({ type: 'alarm', idle, scheduledAt: missed, busy: busy() }, missed);
        back();
        // Chrome delivers the missed reset too, late: it is dropped, never shown after the sleep.
        if (missedPosture !== null) {
          const before = postureShownAt;
          apply({ type: 'posture', idle, scheduledAt: missedPosture, busy: busy() });
          if (o.minutes >= 2) expect(postureShownAt, 'a reset shown late after sleep').toBe(before);
        }
        expect(shown - shownBefore, 'no burst of breaks after sleep').toBeLessThanOrEqual(1);
        expect(naturals - naturalsBefore, 'one absence is one natural break').toBeLessThanOrEqual(1);
        break;
      }
      case 'close': {
        // The browser was closed: no events at all. On reopening, the user is at the desk, and
        // Chrome delivers startup and the missed alarm in an order of its choosing.
        now += o.minutes * MIN;
        idle = 'active';
        const missed: SchedulerEvent[] = wake !== null && wake <= now ? [{ type: 'alarm', idle, scheduledAt: wake, busy: busy() }] : [];
        const missedPosture = postureWake !== null && postureWake <= now ? postureWake : null;
        const startup = { type: 'startup', busy: busy() } as const;
        const orders = [[startup, ...missed], [...missed, startup]];
        const [startupFirst, alarmFirst] = orders.map((events) => replay(settings, state, events, now));
        expect(startupFirst, 'the same outcome whichever of startup and the missed alarm comes first').toEqual(alarmFirst);
        expect(startupFirst!.shows, 'no burst of breaks on reopening').toBeLessThanOrEqual(1);
        expect(startupFirst!.record.filter((r) => r.outcome === 'natural').length, 'one closed browser is at most one natural break').toBeLessThanOrEqual(1);
        const [firstEvent, secondEvent] = orders[o.startupFirst ? 0 : 1]!;
        apply(firstEvent!, firstEvent!.type === 'alarm' ? firstEvent!.scheduledAt : undefined);
        if (secondEvent) apply(secondEvent, secondEvent.type === 'alarm' ? secondEvent.scheduledAt : undefined);
        if (missedPosture !== null) apply({ type: 'posture', idle, scheduledAt: missedPosture, busy: busy() });
        break;
      }
      case 'idle':
        idle = o.idle;
        apply({ type: 'idle', idle: o.idle, busy: o.idle === 'active' ? busy() : null });
        break;
      case 'pause':
        apply({ type: 'pause', until: pauseUntil(o.kind, settings, now) });
        break;
      case 'snooze':
        apply({ type: 'snooze', minutes: o.minutes });
        break;
      case 'finish':
        apply({ type: 'finish', outcome: o.outcome });
        break;
      default:
        apply({ type: o.op });
    }
  }
  return { state, shown, postures };
}

describe('schedule properties (random settings, random event sequences)', () => {
  it('the next break is always in the future, inside a working period, and never early', () => {
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
  }, 30_000); // about 3 s alone; the machine is shared

  it('a week at the desk with defaults shows the breaks the schedule promises, and no more', () => {
    const monday = new Date('2026-03-02T08:00').getTime();
    // Wait a whole week, finishing each break as it is shown: 5 days × 5 breaks (10:30 … 16:30).
    const ops: Op[] = [];
    for (let i = 0; i < 7 * 24 * 6; i++) ops.push({ op: 'wait', minutes: 10 }, { op: 'finish', outcome: 'done' });
    const { shown } = simulate(DEFAULT_SETTINGS, monday, ops);
    expect(shown).toBe(5 * 5);
  });

  it('the same week with posture resets on: the same drills, and resets between them every working day', () => {
    const monday = new Date('2026-03-02T08:00').getTime();
    const ops: Op[] = [];
    for (let i = 0; i < 7 * 24 * 6; i++) ops.push({ op: 'wait', minutes: 10 }, { op: 'finish', outcome: 'done' });
    const { shown, postures } = simulate({ ...DEFAULT_SETTINGS, postureResets: true }, monday, ops);
    expect(shown).toBe(5 * 5);
    // 09:30 and 10:00 before the first drill, then two between each (finished within 10 minutes) and after the last.
    expect(postures).toBeGreaterThanOrEqual(5 * 8);
  });
});
