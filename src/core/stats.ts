import { addDays, isSameDay, startOfDay, startOfWeek, subDays, subWeeks } from 'date-fns';
import { DRILL_IDS, type DrillId } from './catalog';
import { dayKey, type BreakEvent, type DaySummary, type Outcome , fromDayKey } from './history';

export type DayCounts = Record<Outcome, number>;

const keyOf = (d: Date) => dayKey(d.getTime());

/** What the progress view reads: recent events one by one, and old days as counts (see appendEvents). */
export interface HistoryView {
  readonly events: readonly BreakEvent[];
  readonly days: readonly DaySummary[];
}

/** How many breaks of each outcome happened on the local day containing `day`. */
export function dayCounts(history: readonly BreakEvent[], day: number): DayCounts {
  const counts: DayCounts = { done: 0, skipped: 0, snoozed: 0, natural: 0, paused: 0 };
  for (const e of history) if (isSameDay(e.at, day)) counts[e.outcome]++;
  return counts;
}

/** The local days (yyyy-MM-dd) with at least one drill done, from events and folded days alike. */
function doneDays(store: HistoryView): Set<string> {
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
  return currentStreakOf({ events: history, days: [] }, now);
}

/** The longest run of consecutive local days with at least one drill done, ever. */
export function bestStreak(store: HistoryView): number {
  const days = doneDays(store);
  let best = 0;
  for (const day of days) {
    // Count only from the first day of each run, so every run is walked once.
    if (days.has(keyOf(subDays(fromDayKey(day), 1)))) continue;
    let length = 1;
    let next = addDays(fromDayKey(day), 1);
    while (days.has(keyOf(next))) {
      length++;
      next = addDays(next, 1);
    }
    best = Math.max(best, length);
  }
  return best;
}

export interface DayPoint {
  day: string; // yyyy-MM-dd, local
  done: number;
  skipped: number;
  natural: number;
}

/** One entry per local day for the last `days` days, today last, counted by outcome. */
export function dailySeries(store: HistoryView, now: number, days = 30): DayPoint[] {
  const today = startOfDay(now);
  const series: DayPoint[] = [];
  for (let i = days - 1; i >= 0; i--) series.push({ day: keyOf(subDays(today, i)), done: 0, skipped: 0, natural: 0 });
  const byDay = new Map(series.map((p) => [p.day, p]));
  for (const e of store.events) {
    const point = byDay.get(dayKey(e.at));
    if (point && (e.outcome === 'done' || e.outcome === 'skipped' || e.outcome === 'natural')) point[e.outcome]++;
  }
  for (const d of store.days) {
    const point = byDay.get(d.day);
    if (!point) continue;
    point.done += d.done;
    point.skipped += d.skipped;
    point.natural += d.natural;
  }
  return series;
}

export interface Totals {
  done: number;
  skipped: number;
  natural: number;
  snoozed: number;
  /** Minutes spent on finished drills. Folded days kept no durations, so only recent events count. */
  minutes: number;
}

/** All-time counts by outcome, folded days included, and the minutes spent on finished drills. */
export function totals(store: HistoryView): Totals {
  const t = { done: 0, skipped: 0, natural: 0, snoozed: 0 };
  let seconds = 0;
  for (const e of store.events) {
    if (e.outcome !== 'paused') t[e.outcome]++;
    if (e.outcome === 'done') seconds += e.seconds ?? 0;
  }
  for (const d of store.days) {
    t.done += d.done;
    t.skipped += d.skipped;
    t.natural += d.natural;
    t.snoozed += d.snoozed;
  }
  return { ...t, minutes: Math.round(seconds / 60) };
}

export interface DrillCount {
  drillId: DrillId;
  count: number;
}

/** The drills done most often, most first; ties go to the drill earlier in the catalog. */
export function topDrills(events: readonly BreakEvent[], limit = 5): DrillCount[] {
  const counts = new Map<DrillId, number>();
  for (const e of events) if (e.outcome === 'done' && e.drillId !== null) counts.set(e.drillId, (counts.get(e.drillId) ?? 0) + 1);
  const order = (id: DrillId) => {
    const i = DRILL_IDS.indexOf(id);
    return i === -1 ? DRILL_IDS.length : i;
  };
  return [...counts]
    .map(([drillId, count]) => ({ drillId, count }))
    .sort((a, b) => b.count - a.count || order(a.drillId) - order(b.drillId))
    .slice(0, Math.max(0, limit));
}

export interface WeekRatings {
  weekStart: string; // yyyy-MM-dd, local Monday
  easy: number;
  right: number;
  hard: number;
  pain: number;
}

const WEEK = { weekStartsOn: 1 } as const;

/** How rated drills felt, per local week starting Monday, for the last `weeks` weeks including this one, oldest first. */
export function ratingsByWeek(events: readonly BreakEvent[], now: number, weeks = 8): WeekRatings[] {
  const thisWeek = startOfWeek(now, WEEK);
  const series: WeekRatings[] = [];
  for (let i = weeks - 1; i >= 0; i--) series.push({ weekStart: keyOf(subWeeks(thisWeek, i)), easy: 0, right: 0, hard: 0, pain: 0 });
  const byWeek = new Map(series.map((w) => [w.weekStart, w]));
  for (const e of events) {
    if (e.rating === null) continue;
    const week = byWeek.get(keyOf(startOfWeek(e.at, WEEK)));
    if (week) week[e.rating]++;
  }
  return series;
}
