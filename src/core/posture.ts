import { addMinutes } from 'date-fns';
import { inWorkingPeriod, periodFrom, type WorkWeek } from './clock';
import { keep, minutes, type Decision } from './decision';
import type { BusyReason } from './busy';
import type { IdleState } from './machine';
import { nextPostureKind, type PostureKind } from './posture-kinds';
import { MIN_LEAD_MINUTES, nextBreakAt } from './schedule';
import type { Settings } from './settings';
import type { State } from './state';

// The second tier: a posture reset of a few seconds between the drills. The drill every 90
// minutes stays the heart of it; a reset only keeps the slouch from setting in meanwhile, so it
// gives way to everything: it never comes within 10 minutes of a drill, outside working time,
// while the user is away, paused, held, snoozed or has a break waiting. One that cannot come when
// due is dropped, never queued: the next comes a whole gap later.

/** No reset this close before a drill falls due, or after one ended. */
export const POSTURE_CLEARANCE_MINUTES = 10;
/** A reset this late (the machine slept, the browser was closed) is dropped. */
export const POSTURE_LATE_MINUTES = 2;
/** How long a reset's notification stays, where the browser lets it be cleared. */
export const POSTURE_ON_SCREEN_SECONDS = 20;

export type PostureSettings = WorkWeek &
  Pick<Settings, 'intervalMinutes' | 'postureResets' | 'postureMinutes' | 'sitStand' | 'sitMinutes' | 'standMinutes' | 'moveMinutes'>;
type PostureState = Pick<State, 'lastResetAt' | 'pending' | 'pause' | 'awaySince' | 'posture'>;

/**
 * Which reset comes next, and the gap from `anchor` before it. A drill (or any reset of the drill
 * timer: a natural break, a resume) after the last reset starts the rhythm over: sitting first.
 * A reset that was dropped comes again, a whole gap later.
 */
export function upcomingPosture(state: PostureState, settings: PostureSettings): { kind: PostureKind; anchor: number; gap: number } {
  const last = state.posture;
  const over = last === null || state.lastResetAt >= last.at;
  const anchor = over ? state.lastResetAt : last.at;
  if (!settings.sitStand) {
    const again = last !== null && !last.shown && !isSitStand(last.kind);
    return { kind: again ? last.kind : nextPostureKind(last?.kind ?? null, false), anchor, gap: settings.postureMinutes };
  }
  if (over || !isSitStand(last.kind)) return { kind: 'stand-up', anchor, gap: settings.sitMinutes };
  const kind = last.shown ? nextPostureKind(last.kind, true) : last.kind;
  if (kind === 'sit-down') return { kind, anchor, gap: settings.standMinutes };
  // Standing up again: the moving time the last prompt asked for, then the sitting time.
  return { kind, anchor, gap: last.shown ? settings.moveMinutes + settings.sitMinutes : settings.sitMinutes };
}

function isSitStand(kind: PostureKind): boolean {
  return kind === 'stand-up' || kind === 'sit-down';
}

/**
 * The first time `gap` minutes after `anchor` inside a working period; the start of a period
 * counts as the anchor. A time already gone by is dropped: the next is a whole gap from now.
 */
export function postureAfter(anchor: number, gap: number, week: WorkWeek, now: number): number | null {
  const earliest = addMinutes(now, MIN_LEAD_MINUTES).getTime();
  // From the stretch the anchor is in when it runs on to now (working time past midnight is one
  // stretch), else from now: the periods in between all ended, each with its reset gone by.
  const own = periodFrom(week, anchor);
  // Stryker disable next-line EqualityOperator: a stretch ending exactly now holds no reset (each is a minute ahead at least): the search moves on from its end, now, all the same.
  let from = own !== null && own.end > now ? anchor : now;
  // Bounded: each pass moves to a later period, and periodFrom looks at most two weeks ahead.
  // Stryker disable next-line EqualityOperator: a week has at most 42 periods (6 a day) and repeats, so a 51st pass finds no period the first 50 did not.
  for (let pass = 0; pass < 50; pass++) {
    const period = periodFrom(week, from);
    if (!period) return null;
    let t = addMinutes(Math.max(anchor, period.start), gap).getTime();
    if (t < now) t = addMinutes(now, gap).getTime();
    t = Math.max(t, earliest);
    if (t < period.end) return t;
    from = period.end;
  }
  return null;
}

/** When the next reset falls due, or null: off, paused, away, a break pending, or a drill too near. */
export function nextPostureAt(state: PostureState, settings: PostureSettings, now: number): number | null {
  if (!settings.postureResets || state.pause || state.pending || state.awaySince !== null) return null;
  const { anchor, gap } = upcomingPosture(state, settings);
  const t = postureAfter(anchor, gap, settings, now);
  // Stryker disable next-line ConditionalExpression: without it, a null time goes on past the drill check (null > x is false) to the last line, which gives t or null: null all the same; the check is for TypeScript.
  if (t === null) return null;
  const clearance = minutes(POSTURE_CLEARANCE_MINUTES);
  const drill = nextBreakAt(state, settings, now);
  // Too near the next drill: none before it; the drill starts the gap over when it is done.
  if (drill !== null && t > drill - clearance) return null;
  return t - state.lastResetAt >= clearance ? t : null;
}

/**
 * The reset's alarm. Outdated (the schedule moved since it was set) it changes nothing; late,
 * with the user away, busy or out of working time, the reset is dropped; else it is shown.
 */
export function onPostureAlarm(state: State, settings: Settings, idle: IdleState, scheduledAt: number, busy: BusyReason | null, now: number): Decision {
  const expected = nextPostureAt(state, settings, scheduledAt - minutes(MIN_LEAD_MINUTES));
  if (expected === null || expected > scheduledAt) return keep(state);
  const { kind } = upcomingPosture(state, settings);
  const late = now - scheduledAt >= minutes(POSTURE_LATE_MINUTES);
  const shown = !late && idle === 'active' && !busy && inWorkingPeriod(settings, now);
  return { state: { ...state, posture: { kind, at: now, shown } }, show: false, record: [], ...(shown ? { posture: kind } : {}) };
}
