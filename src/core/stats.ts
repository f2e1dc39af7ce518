import { addDays, startOfDay, startOfWeek, subDays, subWeeks } from 'date-fns';
import { DRILL_IDS, type DrillId } from './catalog/ids';
import { dayKey, fromDayKey, type BreakEvent } from './history';
import { doneDays, type HistoryView } from './today';

export { currentStreak, currentStreakOf, dayCounts, type DayCounts, type HistoryView } from './today';

const keyOf = (d: Date) => dayKey(d.getTime());

/** The longest run of consecutive local days with at least one drill done, ever. */
export function bestStreak(store: HistoryView): number {
  const days = doneDays(store);
  let best = 0;
  for (const day of days) {
    // Count only from the first day of each run, so every run is walked once.
    // Stryker disable next-line ConditionalExpression: walking from every day finds the same longest run, only slower.
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
  /** Breaks that waited for a meeting, a presentation or a call before they came. */
  held: number;
  /** Minutes spent on finished drills. Folded days kept no durations, so only recent events count. */
  minutes: number;
}

/** All-time counts by outcome, folded days included, and the minutes spent on finished drills. */
export function totals(store: HistoryView): Totals {
  const t = { done: 0, skipped: 0, natural: 0, snoozed: 0, held: 0 };
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
    t.held += d.held;
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
  // Catalog drills in catalog order, the user's own after them.
  const order = (id: DrillId) => {
    const i = (DRILL_IDS as readonly string[]).indexOf(id);
    return i < 0 ? DRILL_IDS.length : i;
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
