import { addDays, startOfWeek } from 'date-fns';
import { dayKey } from './history';
import { isPlainObject } from './schema';

// The weekly check-in: how the upper back and neck have been this week, on the 0–10 scale (0 no
// pain, 10 the worst imaginable), and from the second week the desk-worker plan's own markers.
// Kept in storage.local beside the history, one entry per local week, all of them (each is a few
// bytes). Shared with other versions: entries and fields this version does not read are kept.

export const SCORE_MIN = 0;
export const SCORE_MAX = 10;
/** The plan's markers of a month or so in: sitting two hours without pain, pain-free mornings, an easier reach overhead. */
export const MARKERS = ['sitTwoHours', 'painFreeMornings', 'overheadEasier'] as const;
export type Marker = (typeof MARKERS)[number];
export const ANSWERS = ['yes', 'no', 'unsure'] as const;
export type Answer = (typeof ANSWERS)[number];

export interface CheckIn {
  /** The local week it belongs to: its Monday, yyyy-MM-dd. */
  week: string;
  /** When it was answered, or dismissed. */
  at: number;
  /** 0–10; null when the user dismissed the week's question. */
  score: number | null;
  markers: Partial<Record<Marker, Answer>>;
}

const WEEK = /^\d{4}-\d{2}-\d{2}$/;

/** The local week of `t`: its Monday, yyyy-MM-dd (weeks start on Monday, as ISO weeks do). */
export function weekOf(t: number): string {
  return dayKey(startOfWeek(t, { weekStartsOn: 1 }).getTime());
}

/** One stored entry as this version reads it, or null (another version's, or broken). */
export function readCheckIn(raw: unknown): CheckIn | null {
  if (!isPlainObject(raw) || typeof raw.week !== 'string' || !WEEK.test(raw.week)) return null;
  if (typeof raw.at !== 'number' || !Number.isFinite(raw.at) || raw.at <= 0) return null;
  const score = raw.score;
  if (score !== null && !(Number.isInteger(score) && (score as number) >= SCORE_MIN && (score as number) <= SCORE_MAX)) return null;
  const markers: Partial<Record<Marker, Answer>> = {};
  if (raw.markers !== undefined) {
    if (!isPlainObject(raw.markers)) return null;
    for (const m of MARKERS) {
      const a = raw.markers[m];
      if (a === undefined) continue;
      if (!(ANSWERS as readonly unknown[]).includes(a)) return null;
      markers[m] = a as Answer;
    }
  }
  return { week: raw.week, at: raw.at, score: score as number | null, markers };
}

/** The stored list's entries: those this version reads, oldest week first, one per week (the latest answer). */
export function readCheckIns(raw: unknown): { checkIns: CheckIn[]; skipped: number } {
  const entries = isPlainObject(raw) && Array.isArray(raw.entries) ? raw.entries : [];
  const byWeek = new Map<string, CheckIn>();
  let skipped = 0;
  for (const item of entries) {
    const c = readCheckIn(item);
    if (!c) skipped++;
    else if ((byWeek.get(c.week)?.at ?? -Infinity) <= c.at) byWeek.set(c.week, c);
  }
  return { checkIns: [...byWeek.values()].sort((a, b) => a.week.localeCompare(b.week)), skipped };
}

/** The stored record with `entry` in place of its week's entry; what this version does not read stays. */
export function withCheckIn(raw: unknown, entry: CheckIn): Record<string, unknown> {
  const record = isPlainObject(raw) ? raw : {};
  const entries = Array.isArray(record.entries) ? record.entries : [];
  const kept = entries.filter((item) => readCheckIn(item)?.week !== entry.week);
  return { ...record, entries: [...kept, entry] };
}

type CheckInSettings = { weeklyCheckIn: boolean };

/**
 * Whether to ask this week's check-in at `now`: on, after the user's first finished drill (the
 * journey's week 1 starts there), and nothing recorded for this local week yet, answered or
 * dismissed. A week is asked at most once.
 *
 * An entry counts for the week it is named by and for the local week it was answered in, as the
 * zone the computer is in now sees them: after a move across zones a Monday's answer can fall on
 * the Sunday before, and asking again would ask twice within the hour; asking in the week named
 * by an answer would replace that answer. So a move may skip a week, and never asks twice.
 */
export function checkInDue(checkIns: readonly CheckIn[], firstDrillAt: number | null, settings: CheckInSettings, now: number): boolean {
  if (!settings.weeklyCheckIn || firstDrillAt === null || firstDrillAt > now) return false;
  const week = weekOf(now);
  return !checkIns.some((c) => c.week === week || weekOf(c.at) === week);
}

/** Which week of the journey `now` is in, 1 from the first finished drill's local week. */
export function journeyWeek(firstDrillAt: number, now: number): number {
  let week = 1;
  // Counted in local weeks by their Mondays, so a change to or from summer time changes nothing.
  for (let monday = weekOf(firstDrillAt); monday < weekOf(now) && week < 10_000; week++) monday = weekOf(addDays(new Date(`${monday}T12:00`), 7).getTime());
  return week;
}

/** The plan's markers are asked from the second week on. */
export function asksMarkers(firstDrillAt: number, now: number): boolean {
  return journeyWeek(firstDrillAt, now) >= 2;
}
