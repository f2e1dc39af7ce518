import { isSameDay, startOfDay, subDays } from 'date-fns';
import { dayKey, type BreakEvent, type DaySummary, type Outcome } from './history';

// What the popup shows about today, apart from the progress statistics so the popup loads only this.

export type DayCounts = Record<Outcome, number>;

const keyOf = (d: Date) => dayKey(d.getTime());

/** What the progress view reads: recent events one by one, and old days as counts (see appendEvents). */
export interface HistoryView {
  readonly events: readonly BreakEvent[];
  readonly days: readonly DaySummary[];
}

/** How many breaks of each outcome happened on the local day containing `day`. */
export function dayCounts(history: readonly BreakEvent[], day: number): DayCounts {
  const counts: DayCounts = { done: 0, skipped: 0, snoozed: 0, natural: 0, paused: 0, held: 0 };
  for (const e of history) if (isSameDay(e.at, day)) counts[e.outcome]++;
  return counts;
}

/** The local days (yyyy-MM-dd) with at least one drill done, from events and folded days alike. */
export function doneDays(store: HistoryView): Set<string> {
  const days = new Set(store.events.filter((e) => e.outcome === 'done').map((e) => dayKey(e.at)));
  for (const d of store.days) if (d.done > 0) days.add(d.day);
  return days;
}

/**
 * Consecutive local days with at least one drill done, counting back from today, folded days
 * included. A day not yet done today does not break the streak until it is over.
 */
export function currentStreakOf(store: HistoryView, now: number): number {
  const days = doneDays(store);
  let day = startOfDay(now);
  if (!days.has(keyOf(day))) day = subDays(day, 1);
  let streak = 0;
  while (days.has(keyOf(day))) {
    streak++;
    day = subDays(day, 1);
  }
  return streak;
}

/**
 * Consecutive local days with at least one drill done, counting back from today. A day not yet
 * done today does not break the streak until it is over.
 */
export function currentStreak(history: readonly BreakEvent[], now: number): number {
  // Stryker disable next-line ArrayDeclaration: a filled-in array holds strings, which count as no folded days either.
  return currentStreakOf({ events: history, days: [] }, now);
}

