import { addDays, startOfDay } from 'date-fns';

// Working periods in local time. Clock times are minutes after local midnight; a day's periods
// are rebuilt from the calendar date each time, so daylight-saving shifts and a change of the
// machine's time zone are followed without stored offsets.

export interface Range {
  start: string; // "HH:mm"
  end: string; // "HH:mm", "24:00" allowed
}

export interface Period {
  start: number;
  end: number;
}

export interface WorkWeek {
  workDays: readonly number[]; // 0 = Sunday … 6 = Saturday, as Date#getDay
  workHours: readonly Range[];
}

const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$|^24:00$/;

export function parseClock(text: string): number | null {
  const m = CLOCK.exec(text);
  if (!m) return null;
  return m[1] === undefined ? 24 * 60 : Number(m[1]) * 60 + Number(m[2]);
}

export function formatClock(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/**
 * Local wall-clock minutes to an instant on `day`: 24:00 is the next midnight, and a time skipped
 * by a DST jump lands just after it (both as Date resolves its fields).
 */
function at(day: Date, minutes: number): number {
  return new Date(day.getFullYear(), day.getMonth(), day.getDate(), Math.floor(minutes / 60), minutes % 60).getTime();
}

/** The working periods of the local calendar day containing `t`, in order. */
export function periodsOfDay(week: WorkWeek, t: number): Period[] {
  const day = startOfDay(t);
  if (!week.workDays.includes(day.getDay())) return [];
  return week.workHours
    .map((r) => ({ start: at(day, parseClock(r.start) ?? 0), end: at(day, parseClock(r.end) ?? 0) }))
    .filter((p) => p.end > p.start)
    .sort((a, b) => a.start - b.start);
}

/** How far ahead to look for a working period before deciding there is none. */
const SEARCH_DAYS = 15;

/**
 * The period containing `t` (start inclusive, end exclusive), else the next one to start, else null.
 * Periods that touch (12:00–13:00 then 13:00–17:00, or a night shift across midnight) are one.
 */
export function periodFrom(week: WorkWeek, t: number): Period | null {
  const first = firstEndingAfter(week, t);
  if (!first) return null;
  const period = { ...first };
  // Bounded: a schedule with no gap at all would otherwise merge forever.
  const horizon = addDays(t, SEARCH_DAYS).getTime();
  while (period.end < horizon) {
    const next = firstEndingAfter(week, period.end);
    if (!next || next.start !== period.end) break;
    period.end = next.end;
  }
  return period;
}

function firstEndingAfter(week: WorkWeek, t: number): Period | null {
  // Stryker disable next-line EqualityOperator: the week repeats every 7 days, so 15 or 16 days ahead find the same period.
  for (let d = 0; d < SEARCH_DAYS; d++) {
    const found = periodsOfDay(week, addDays(startOfDay(t), d).getTime()).find((p) => p.end > t);
    if (found) return found;
  }
  return null;
}

export function inWorkingPeriod(week: WorkWeek, t: number): boolean {
  const p = periodFrom(week, t);
  return p !== null && p.start <= t;
}

/** Whether the span from `from` to `to` lies inside one working period, its end included. */
export function withinOnePeriod(week: WorkWeek, from: number, to: number): boolean {
  const p = periodFrom(week, from);
  return p !== null && p.start <= from && to <= p.end;
}

/** Start of the first period that begins on a later calendar day than `t`. */
export function firstPeriodOfNextDay(week: WorkWeek, t: number): Period | null {
  return periodFrom(week, startOfDay(addDays(t, 1)).getTime());
}
