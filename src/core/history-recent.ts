import { dayKey, fromDayKey, timeOf, type BreakEvent, type DaySummary, type HistoryStore, type StoredHistory } from './history';
import { readDay, readHistory } from './history-read';
import { isPlainObject } from './schema';

/**
 * What the popup shows of the history between breaks (today's counts and the streak), written
 * beside the history by every writer of it. The popup reads this small record instead of every
 * event: at a year of breaks (2,000 events) the whole history took 20–40 ms more to read than the
 * state at the popup's start on a 2-core machine (issue 27), and the counts waited for it.
 */
export interface RecentHistory {
  /** Every event from two days before the record was written on (today's are always among them). */
  events: readonly unknown[];
  /** The local days (yyyy-MM-dd) of the run of days with a drill done that ends at the newest one. */
  doneRun: readonly string[];
  /** When each drill was last done (its id, ms): a break tells whether it was done since its level moved. */
  lastDone: Readonly<Record<string, number>>;
}

/** The recent history as the popup reads it: enough for today's counts, the streak and a break's level note. */
export interface RecentView extends HistoryStore {
  lastDone: ReadonlyMap<string, number>;
}

/** When each drill was last done, from events as read. */
export function lastDoneOf(events: readonly BreakEvent[]): Map<string, number> {
  const last = new Map<string, number>();
  // Stryker disable next-line EqualityOperator: at the same time, the same value is set again.
  for (const e of events) if (e.outcome === 'done' && e.drillId !== null && e.at > (last.get(e.drillId) ?? 0)) last.set(e.drillId, e.at);
  return last;
}

export const RECENT_KEY = 'historyRecent';
/** Today, wherever the popup opens before the next write, began less than this before the last write. */
export const RECENT_WINDOW_MS = 48 * 3_600_000;

/** A stored event's local day and drill when it is a drill done, read as leniently as the record needs. */
function doneOf(entry: unknown): { at: number; drillId: unknown } | null {
  const at = timeOf(entry);
  return at !== null && isPlainObject(entry) && entry.outcome === 'done' ? { at, drillId: entry.drillId } : null;
}

/**
 * The record for the history as stored at `now`: its events kept as stored, a newer version's too.
 * Read here without the history's full check (the worker would carry it for this alone): the
 * popup checks the record as strictly as it checks the history.
 */
export function recentOf(stored: StoredHistory, now: number): RecentHistory {
  const events = stored.events.filter((e) => (timeOf(e) ?? 0) >= now - RECENT_WINDOW_MS);
  const done = new Set<string>();
  const lastDone: Record<string, number> = {};
  for (const entry of stored.events) {
    const d = doneOf(entry);
    if (!d) continue;
    done.add(dayKey(d.at));
    // Stryker disable next-line EqualityOperator: at the same time, the same value is set again.
    if (typeof d.drillId === 'string' && d.at > (lastDone[d.drillId] ?? 0)) lastDone[d.drillId] = d.at;
  }
  for (const day of stored.days) {
    if (!isPlainObject(day) || typeof day.done !== 'number' || !(day.done > 0)) continue;
    // Stryker disable next-line ConditionalExpression: a day that is no string is never looked up (days are asked for as strings); the check is TypeScript's.
    if (typeof day.day === 'string') done.add(day.day);
  }
  // The run ending at the newest done day up to today: the streak counts back from today or yesterday.
  const today = dayKey(now);
  const newest = [...done].filter((d) => d <= today).sort().at(-1);
  const doneRun: string[] = [];
  for (let day = newest === undefined ? null : fromDayKey(newest); day !== null && done.has(dayKey(day.getTime())); day = new Date(day.getFullYear(), day.getMonth(), day.getDate() - 1)) doneRun.push(dayKey(day.getTime()));
  return { events, doneRun, lastDone };
}


/** The whole history as the popup reads the recent one: when there is no record it can read. */
export const recentViewOf = (store: HistoryStore): RecentView => ({ ...store, lastDone: lastDoneOf(store.events) });

// Stryker disable next-line ConditionalExpression: Number.isFinite refuses what is no number; the typeof is TypeScript's.
const isTime = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x) && x > 0;

/**
 * The stored record as a history for today's counts, the streak and a break's level note, or null
 * when it is absent or not understood (the whole history is read then). Events of outcomes only a
 * newer version knows are left out, as the whole history's reader leaves them out.
 */
export function readRecent(raw: unknown): RecentView | null {
  if (!isPlainObject(raw) || !Array.isArray(raw.events) || !Array.isArray(raw.doneRun) || !isPlainObject(raw.lastDone)) return null;
  const { events, malformed } = readHistory(raw.events);
  const lastDone = Object.entries(raw.lastDone);
  // Each day of the run, read as the history's days are: a day with a drill done.
  const days = raw.doneRun.map((day) => readDay({ day, done: 1 }));
  if (malformed > 0 || days.some((d) => d === null) || !lastDone.every(([, at]) => isTime(at))) return null;
  return { events, days: days as DaySummary[], lastDone: new Map(lastDone as [string, number][]) };
}
