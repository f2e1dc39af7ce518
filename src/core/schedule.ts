import { addMinutes, differenceInMinutes } from 'date-fns';
import { firstPeriodOfNextDay, periodFrom, type WorkWeek } from './clock';
import type { Settings } from './settings';
import type { State } from './state';

/** A break is never scheduled sooner than this from now, so changing a setting never springs one at once. */
export const MIN_LEAD_MINUTES = 1;

type Timing = WorkWeek & Pick<Settings, 'intervalMinutes'>;

/**
 * The first break one interval after `anchor` that falls inside a working period and not sooner
 * than a minute from now. The start of a working period counts as a reset: a break that would
 * land after the period ends moves to one interval into the next period.
 */
export function breakAfter(anchor: number, timing: Timing, now: number): number | null {
  const earliest = addMinutes(now, MIN_LEAD_MINUTES).getTime();
  let t = anchor;
  // Bounded: each pass moves to a later period, and periodFrom looks at most two weeks ahead.
  // Stryker disable next-line EqualityOperator: the week repeats, so a 201st pass finds no period the first 200 did not.
  for (let pass = 0; pass < 200; pass++) {
    const period = periodFrom(timing, t);
    if (!period) return null;
    const candidate = Math.max(addMinutes(Math.max(anchor, period.start), timing.intervalMinutes).getTime(), earliest);
    if (candidate < period.end) return candidate;
    t = period.end;
  }
  return null;
}

/** When the next break is due, or null when none will come (paused until resumed). */
export function nextBreakAt(state: Pick<State, 'lastResetAt' | 'pending' | 'pause'>, settings: Timing, now: number): number | null {
  if (state.pause && state.pause.until === null) return null;
  const p = state.pending;
  if (p?.snoozedUntil != null) return Math.max(p.snoozedUntil, addMinutes(now, MIN_LEAD_MINUTES).getTime());
  // An unanswered break comes back as a reminder one interval after it was shown.
  if (p) return breakAfter(p.shownAt, settings, now);
  return breakAfter(Math.max(state.lastResetAt, state.pause?.until ?? 0), settings, now);
}

/** When the break alarm should wake the worker: the end of a pause, else the next break. */
export function nextWakeAt(state: Pick<State, 'lastResetAt' | 'pending' | 'pause'>, settings: Timing, now: number): number | null {
  if (state.pause) return state.pause.until;
  return nextBreakAt(state, settings, now);
}

/** When to warn that a break is coming, if the user asked for a heads-up and there is time for one. */
export function headsUpAt(state: Pick<State, 'pending' | 'pause' | 'nextBreakAt'>, settings: Pick<Settings, 'headsUpMinutes'>, now: number): number | null {
  // Stryker disable next-line ConditionalExpression: without the null check, NaN > now gives null all the same; it is kept to say so.
  if (settings.headsUpMinutes === 0 || state.pause || state.pending || state.nextBreakAt === null) return null;
  const at = addMinutes(state.nextBreakAt, -settings.headsUpMinutes).getTime();
  return at > now ? at : null;
}

export const PAUSE_KINDS = ['30m', '1h', 'tomorrow', 'indefinite'] as const;
export type PauseKind = (typeof PAUSE_KINDS)[number];

/** When a pause of this kind ends; null means until the user resumes. */
export function pauseUntil(kind: PauseKind, week: WorkWeek, now: number): number | null {
  switch (kind) {
    case '30m':
      return addMinutes(now, 30).getTime();
    case '1h':
      return addMinutes(now, 60).getTime();
    case 'tomorrow':
      return firstPeriodOfNextDay(week, now)?.start ?? null;
    case 'indefinite':
      return null;
  }
}

/** The toolbar badge: a pause marker always; the minutes to the next break only when asked for. */
export function badgeText(state: Pick<State, 'pause' | 'pending' | 'nextBreakAt'>, settings: Pick<Settings, 'showBadge'>, now: number): string {
  if (state.pause) return 'II';
  if (!settings.showBadge) return '';
  if (state.pending && state.pending.snoozedUntil === null) return 'now';
  if (state.nextBreakAt === null) return '';
  return countdown(minutesLeft(state.nextBreakAt, now));
}

function minutesLeft(at: number, now: number): number {
  return Math.max(0, differenceInMinutes(at, now, { roundingMethod: 'ceil' }));
}

function countdown(minutes: number): string {
  return minutes < 100 ? `${minutes}m` : `${Math.round(minutes / 60)}h`;
}

/**
 * When the badge's text next changes with time alone, or null when only an event changes it (a
 * pause, a break on screen, no countdown). The badge alarm is set for then and no sooner: each
 * minute of the last hundred, then once an hour, so nights and weekends wake the worker rarely.
 */
export function badgeChangesAt(state: Pick<State, 'pause' | 'pending' | 'nextBreakAt'>, settings: Pick<Settings, 'showBadge'>, now: number): number | null {
  if (state.pause || !settings.showBadge || state.nextBreakAt === null) return null;
  if (state.pending && state.pending.snoozedUntil === null) return null;
  const left = minutesLeft(state.nextBreakAt, now);
  const shown = countdown(left);
  // Minutes are rounded up: the text for m minutes shows until exactly m - 1 are left.
  let m = left - 1;
  while (m > 0 && countdown(m) === shown) m--;
  // The last change (to 0m) is the break's own time, when the break alarm updates the badge anyway.
  return m > 0 ? state.nextBreakAt - m * 60_000 : null;
}

/** The next `count` breaks with these settings, supposing each is done when it comes. */
export function upcomingBreaks(state: Pick<State, 'lastResetAt' | 'pending' | 'pause'>, settings: Timing, now: number, count = 3): number[] {
  const out: number[] = [];
  for (let t = nextBreakAt(state, settings, now); t !== null && out.length < count; t = breakAfter(t, settings, t)) out.push(t);
  return out;
}
