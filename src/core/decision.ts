import type { BreakEvent, Outcome } from './history';
import type { PostureKind } from './posture-kinds';
import type { PendingBreak, State } from './state';

// What a step of the scheduler decides, and the small moves every rule is made of.

export interface Decision {
  state: State;
  /** Put the pending break in front of the user: notification and drill. */
  show: boolean;
  /** With `show`: only a quiet notification, never a window (a held break that waited its longest). */
  quiet?: boolean;
  record: BreakEvent[];
  /** Show this posture reset: a quiet notification of a few seconds, never a window. */
  posture?: PostureKind;
}

export function keep(state: State): Decision {
  return { state, show: false, record: [] };
}

/** The pending break goes, unanswered; the timer carries on from the last reset. */
export function drop(state: State): State {
  return { ...state, pending: null, snoozesInRow: 0 };
}

export function reset(state: State, now: number): State {
  return { ...drop(state), lastResetAt: now };
}

/** The break in front of the user from `now`: neither held for their return, nor waiting, nor snoozed. */
export function onScreen(p: PendingBreak, now: number): PendingBreak {
  return { ...p, held: false, waiting: null, snoozedUntil: null, shownAt: now };
}

export function entry(outcome: Outcome, p: PendingBreak, now: number): BreakEvent {
  return { at: now, outcome, dueAt: p.dueAt, shownAt: p.shownAt, drillId: p.drillId, rating: null, seconds: null };
}

export function minutes(n: number): number {
  return n * 60_000;
}
