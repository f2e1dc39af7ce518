import { isSameDay, startOfDay, subDays } from 'date-fns';
import type { BreakEvent, Outcome } from './history';

export type DayCounts = Record<Outcome, number>;

/** How many breaks of each outcome happened on the local day containing `day`. */
export function dayCounts(history: readonly BreakEvent[], day: number): DayCounts {
  const counts: DayCounts = { done: 0, skipped: 0, snoozed: 0, natural: 0, paused: 0 };
  for (const e of history) if (isSameDay(e.at, day)) counts[e.outcome]++;
  return counts;
}

/**
 * Consecutive local days with at least one drill done, counting back from today. A day not yet
 * done today does not break the streak until it is over.
 */
export function currentStreak(history: readonly BreakEvent[], now: number): number {
  const days = new Set(history.filter((e) => e.outcome === 'done').map((e) => startOfDay(e.at).getTime()));
  let day = startOfDay(now);
  if (!days.has(day.getTime())) day = subDays(day, 1);
  let streak = 0;
  while (days.has(day.getTime())) {
    streak++;
    day = subDays(day, 1);
  }
  return streak;
}
