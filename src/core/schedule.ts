import { addMinutes, max } from 'date-fns';
import type { Settings } from './settings';
import type { State } from './state';

/** A break is never scheduled sooner than this from now, so changing a setting never springs one at once. */
export const MIN_LEAD_MINUTES = 1;

/**
 * The next break falls one interval after the last reset, and never in the past.
 * While a break is on screen and unanswered, the alarm becomes a reminder one interval after it was shown.
 */
export function nextBreakAt(
  state: Pick<State, 'lastResetAt' | 'pending'>,
  settings: Pick<Settings, 'intervalMinutes'>,
  now: number,
): number {
  const from = state.pending ? state.pending.shownAt : state.lastResetAt;
  return max([addMinutes(from, settings.intervalMinutes), addMinutes(now, MIN_LEAD_MINUTES)]).getTime();
}
