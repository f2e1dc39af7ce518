import type { BusyReason } from './busy';
import { inWorkingPeriod } from './clock';
import { drop, keep, minutes, onScreen, type Decision } from './decision';
import type { BreakEvent } from './history';
import type { Settings } from './settings';
import type { PendingBreak, State } from './state';

// A break that falls due while the user presents, is on a call or in a meeting waits for them to
// finish instead of opening over it, and is never lost silently: each wait ends in a history
// entry saying how long it lasted.

/** How long the break waited, recorded when the wait ends: shown then (`shown`), or dropped. */
export function heldEntry(p: PendingBreak, now: number, shown: boolean): BreakEvent[] {
  if (!p.waiting) return [];
  const seconds = Math.round((now - p.waiting.since) / 1000);
  return [{ at: now, outcome: 'held', dueAt: p.dueAt, shownAt: shown ? now : null, drillId: p.drillId, rating: null, seconds }];
}

/**
 * Puts the break in front of the user, unless something holds it: then it waits, from the first
 * moment it had to, until the signal ends or it has waited its longest. After that it comes as a
 * quiet notification only, never as a window over a full-screen one.
 */
export function release(state: State, p: PendingBreak, busy: BusyReason | null | undefined, settings: Settings, now: number): Decision {
  if (!busy) return { state: { ...state, pending: onScreen(p, now) }, show: true, record: heldEntry(p, now, true) };
  const since = p.waiting?.since ?? now;
  if (now - since >= minutes(settings.holdCapMinutes)) {
    return { state: { ...state, pending: onScreen(p, now) }, show: true, quiet: true, record: heldEntry(p, now, true) };
  }
  return keep({ ...state, pending: { ...p, held: false, snoozedUntil: null, waiting: { reason: busy, since } } });
}

/**
 * A look at a waiting break: a signal may have ended (an event, or the check every minute). Past
 * the end of the working period it is dropped, said in the history; while the user is away the
 * absence rules decide, on their return.
 */
export function checkHeld(state: State, settings: Settings, active: boolean, busy: BusyReason | null | undefined, now: number): Decision {
  const p = state.pending;
  if (!p?.waiting) return keep(state);
  if (!inWorkingPeriod(settings, now)) return { state: drop(state), show: false, record: heldEntry(p, now, false) };
  return active ? release(state, p, busy, settings, now) : keep(state);
}
