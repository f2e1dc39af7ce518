import type { DrillId } from './catalog/ids';
import { addDays, startOfDay } from 'date-fns';
import { isPlainObject } from './schema';

// Every break event, kept in storage.local. The popup's counters and the progress view read it.
//
// Storage is shared with older and newer versions (a rollback on this machine), so what is stored
// may hold events, outcomes, drills and fields this version does not know. Pages and stats read a
// view of what this version understands (history-read.ts); writers work on the stored lists
// themselves and keep every entry and field they did not change, in its place.

/** 'held': a break that waited for a meeting or presentation; `seconds` says how long. */
export const OUTCOMES = ['done', 'skipped', 'snoozed', 'natural', 'paused', 'held'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const RATINGS = ['easy', 'right', 'hard', 'pain'] as const;
export type Rating = (typeof RATINGS)[number];

export interface BreakEvent {
  at: number;
  outcome: Outcome;
  /** When the break fell due; null for a natural break with nothing pending. */
  dueAt: number | null;
  shownAt: number | null;
  /** Null also for a drill a newer version added: the break still counts, no drill is named. */
  drillId: DrillId | null;
  /** How a finished drill felt, when the user said. */
  rating: Rating | null;
  /** Time spent on the drill, for a finished or skipped break; for a held one, how long it waited. */
  seconds: number | null;
}

/** Days kept event by event; older days are kept as one count per outcome. */
export const HISTORY_DAYS = 400;
/**
 * At most this many events are kept one by one (older ones become day counts sooner), so an
 * export stays well under the 1 MB an import accepts even at the shortest interval.
 */
export const MAX_EVENTS = 3000;

/** One local calendar day of history, counted by outcome: what remains of days older than HISTORY_DAYS. */
export interface DaySummary extends Record<Outcome, number> {
  day: string; // yyyy-MM-dd, local
}

/** What this version understands of the stored history: the view pages and stats read. */
export interface HistoryStore {
  events: BreakEvent[];
  days: DaySummary[];
}

/** The history as stored, every entry as found: what writers change and write back. */
export interface StoredHistory {
  readonly events: readonly unknown[];
  readonly days: readonly unknown[];
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The local calendar day of `t` as yyyy-MM-dd. */
export function dayKey(t: number): string {
  const d = new Date(t);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Local midnight of a yyyy-MM-dd day. */
export function fromDayKey(key: string): Date {
  const [y, m, d] = key.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
}

/** A stored event's time, when it has one that can be dated. */
export function timeOf(entry: unknown): number | null {
  const at = isPlainObject(entry) ? entry.at : undefined;
  // Stryker disable next-line ConditionalExpression: Number.isFinite refuses a non-number too; the typeof is for TypeScript (the rest killed by hand).
  return typeof at === 'number' && Number.isFinite(at) && at > 0 ? at : null;
}

/**
 * Two lists merged by time, each list's own order kept (a member of `second` goes before the first
 * member of `first` that is later); members with no time go last.
 */
export function byTime(first: readonly unknown[], second: readonly unknown[], timeOf: (x: unknown) => number | null): unknown[] {
  const out: unknown[] = [];
  let i = 0;
  for (const entry of second) {
    const at = timeOf(entry) ?? Infinity;
    while (i < first.length && (timeOf(first[i]) ?? Infinity) <= at) out.push(first[i++]);
    out.push(entry);
  }
  return [...out, ...first.slice(i)];
}

/** An outcome name that can be a day summary's key: any version's, never the day itself. */
const COUNT_KEY = /^[a-z][A-Za-z0-9_-]{0,39}$/;
const countKey = (entry: unknown): string | null => {
  const outcome = isPlainObject(entry) ? entry.outcome : undefined;
  return typeof outcome === 'string' && outcome !== 'day' && COUNT_KEY.test(outcome) ? outcome : null;
};

/**
 * Adds events and keeps the store bounded: events from days older than HISTORY_DAYS, and any
 * before the newest MAX_EVENTS, are folded into per-day counts, so streaks and totals survive
 * while storage stays small. (Stats add a day's counts to its events, so a day may be split.)
 *
 * An event of an outcome this version does not know (a newer version's) is kept in its place and,
 * when old, counted in its day under its own outcome's name, as the newer version would; a day's
 * counts it does not know are kept as they are. An entry with no time or outcome to count by
 * stays until it falls past the newest MAX_EVENTS, and is then let go: it can be counted nowhere.
 * Nothing changed (no event added, nothing folded): the same store comes back.
 */
export function appendEvents(store: HistoryStore, events: readonly BreakEvent[], now: number): HistoryStore;
export function appendEvents(store: StoredHistory, events: readonly BreakEvent[], now: number): StoredHistory;
export function appendEvents(store: StoredHistory, events: readonly BreakEvent[], now: number): StoredHistory {
  const cutoff = startOfDay(addDays(now, 1 - HISTORY_DAYS)).getTime();
  const all = [...store.events, ...events];
  const bound = all.length - MAX_EVENTS;
  const keep: unknown[] = [];
  const folded = new Map<string, Map<string, number>>();
  all.forEach((entry, i) => {
    const at = timeOf(entry);
    if ((at === null || at >= cutoff) && i >= bound) {
      keep.push(entry);
      return;
    }
    const outcome = countKey(entry);
    if (at === null || outcome === null) return;
    const day = folded.get(dayKey(at)) ?? new Map<string, number>();
    day.set(outcome, (day.get(outcome) ?? 0) + 1);
    folded.set(dayKey(at), day);
  });
  if (keep.length === store.events.length && events.length === 0) return store;
  return { events: keep, days: foldInto(store.days, folded) };
}

// Stryker disable next-line ConditionalExpression,EqualityOperator: Number.isInteger refuses a non-number too, the typeof is for TypeScript; a count of 0 gives 0 either way, so `n > 0` is the same (the rest killed by hand).
const countOf = (n: unknown): number => (typeof n === 'number' && Number.isInteger(n) && n >= 0 ? n : 0);
const isDay = (d: unknown): d is Record<string, unknown> & { day: string } => isPlainObject(d) && typeof d.day === 'string';

/** Adds counts to the stored days: to the first summary of that day, or to a new one in calendar order. */
function foldInto(days: readonly unknown[], counts: Map<string, Map<string, number>>): readonly unknown[] {
  if (counts.size === 0) return days;
  const pending = new Map(counts);
  const out = days.map((d) => {
    const add = isDay(d) ? pending.get(d.day) : undefined;
    if (!isDay(d) || !add) return d;
    pending.delete(d.day);
    const next: Record<string, unknown> = { ...d };
    for (const [outcome, n] of add) next[outcome] = countOf(d[outcome]) + n;
    return next;
  });
  // A new day goes before the first stored day that is later: the same list, whatever order the new days are added in.
  for (const [day, add] of pending) {
    const fresh: Record<string, unknown> = { day, ...Object.fromEntries(OUTCOMES.map((o) => [o, 0])) };
    for (const [outcome, n] of add) fresh[outcome] = countOf(fresh[outcome]) + n;
    // Stryker disable next-line EqualityOperator: a day still pending has no summary stored, so no stored day equals it.
    const later = out.findIndex((d) => isDay(d) && d.day > day);
    out.splice(later < 0 ? out.length : later, 0, fresh);
  }
  return out;
}

/**
 * Attaches a rating to the latest finished, unrated run of this drill, as stored: the event keeps
 * every other field it has. With none to rate, the same list comes back.
 */
export function rateLatest<T>(history: readonly T[], drillId: DrillId, rating: Rating): readonly T[] {
  const i = history.findLastIndex((e) => isPlainObject(e) && e.outcome === 'done' && e.drillId === drillId && (e.rating ?? null) === null);
  return i < 0 ? history : history.with(i, { ...history[i], rating } as T);
}
