import { startOfWeek, subWeeks } from 'date-fns';
import { weekOf } from './checkin';
import type { Drill } from './drill';
import { dayKey, fromDayKey } from './history';
import { findIn } from './own-world';
import type { HistoryView } from './today';

// The dose that matters, per local week: minutes of strengthening, the days with any drill done and
// the days with at least two minutes of strengthening. The trial behind short workplace exercise
// (Andersen et al. 2011) gave 2 minutes a day, 5 days a week, of progressive strengthening; that is
// the reference the progress page draws, as the trial's dose, not a promise of its result.

/** The trial's dose: 2 minutes a day on 5 days, 10 minutes a week. What was studied, not a promise. */
export const DOSE_REFERENCE = { minutesPerWeek: 10, days: 5, minutesPerDay: 2 } as const;

/**
 * The most one finished drill counts for. The drill view records the timer's time, or how long the
 * window stood open capped at ten minutes; a break's drill is a minute or two. A longer time (a
 * timer left running, another version's measure, a hand-edited import) is a window forgotten, not
 * exercise, and one such would otherwise meet a whole week's reference on its own.
 */
export const MAX_EVENT_SECONDS = 600;

const STRENGTH_DAY_SECONDS = DOSE_REFERENCE.minutesPerDay * 60;

export interface WeekDose {
  /** The local week: its Monday, yyyy-MM-dd. */
  week: string;
  /** Whole seconds of strengthening: the exact count, for sums. */
  strengthSeconds: number;
  /** The same in minutes, to one decimal. */
  strengthMinutes: number;
  /** Local days of the week with any drill done. */
  activeDays: number;
  /** Local days of the week with at least two minutes of strengthening. */
  strengthDays: number;
}

/** Seconds a finished drill counts for: none for no time or a broken one, at most MAX_EVENT_SECONDS. */
export function countedSeconds(seconds: number | null): number {
  if (seconds === null || !Number.isFinite(seconds) || seconds <= 0) return 0;
  return Math.min(Math.round(seconds), MAX_EVENT_SECONDS);
}

/**
 * The last `weeks` local weeks up to the one containing `now`, oldest first.
 *
 * Strengthening is a finished drill whose drill (looked up in `drills`: the catalog's, the
 * organisation's and the user's own) has the category 'strength'; a drill not found there (an own
 * drill deleted since, a newer version's) counts for its day but adds no minutes. So does a
 * finished drill with no time recorded. The routines (morning, evening) record no break history:
 * their strengthening comes in `routines`, seconds per local day (core/routine-strength.ts), and a
 * day with any counts as active. Folded days (history.days: counts per outcome, no drills, no times) count as
 * active days when they hold a finished drill, and add no minutes and no strengthening days.
 */
export function weeklyDose(history: HistoryView, drills: readonly Drill[], now: number, weeks = 12, routines: Readonly<Record<string, number>> = {}): WeekDose[] {
  const thisWeek = startOfWeek(now, { weekStartsOn: 1 });
  const out: WeekDose[] = [];
  for (let i = weeks - 1; i >= 0; i--) out.push({ week: dayKey(subWeeks(thisWeek, i).getTime()), strengthSeconds: 0, strengthMinutes: 0, activeDays: 0, strengthDays: 0 });
  const byWeek = new Map(out.map((w) => [w.week, { dose: w, active: new Set<string>(), strength: new Map<string, number>() }]));
  const strength = new Map<string, boolean>();
  const isStrength = (id: string) => {
    if (!strength.has(id)) strength.set(id, findIn(drills, id)?.category === 'strength');
    return strength.get(id)!;
  };
  for (const e of history.events) {
    if (e.outcome !== 'done') continue;
    const week = byWeek.get(weekOf(e.at));
    if (!week) continue;
    const day = dayKey(e.at);
    week.active.add(day);
    if (e.drillId !== null && isStrength(e.drillId)) week.strength.set(day, (week.strength.get(day) ?? 0) + countedSeconds(e.seconds));
  }
  for (const [day, seconds] of Object.entries(routines)) {
    const week = byWeek.get(weekOf(fromDayKey(day).getTime()));
    if (!week || !(seconds > 0)) continue;
    week.active.add(day);
    week.strength.set(day, (week.strength.get(day) ?? 0) + Math.round(seconds));
  }
  for (const d of history.days) {
    if (!(d.done > 0)) continue;
    byWeek.get(weekOf(fromDayKey(d.day).getTime()))?.active.add(d.day);
  }
  for (const { dose, active, strength: days } of byWeek.values()) {
    dose.activeDays = active.size;
    dose.strengthSeconds = [...days.values()].reduce((sum, s) => sum + s, 0);
    dose.strengthMinutes = Math.round(dose.strengthSeconds / 6) / 10;
    dose.strengthDays = [...days.values()].filter((s) => s >= STRENGTH_DAY_SECONDS).length;
  }
  return out;
}
