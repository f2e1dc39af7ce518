import { DRILL_IDS, type DrillId } from './catalog/ids';
import { addDays, startOfDay } from 'date-fns';
import { integer, isPlainObject, oneOf, optional, strictRecord, timestamp } from './schema';

// Every break event, kept in storage.local. The popup's counters and the progress view read it.

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

export interface HistoryStore {
  events: BreakEvent[];
  days: DaySummary[];
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

/**
 * Adds events and keeps the store bounded: events from days older than HISTORY_DAYS, and any
 * before the newest MAX_EVENTS, are folded into per-day counts, so streaks and totals survive
 * while storage stays small. (Stats add a day's counts to its events, so a day may be split.)
 */
export function appendEvents(store: HistoryStore, events: readonly BreakEvent[], now: number): HistoryStore {
  const cutoff = startOfDay(addDays(now, 1 - HISTORY_DAYS)).getTime();
  const all = [...store.events, ...events];
  const old = (e: BreakEvent, i: number) => e.at < cutoff || i < all.length - MAX_EVENTS;
  const keep = all.filter((e, i) => !old(e, i));
  const days = new Map(store.days.map((d) => [d.day, { ...d }]));
  all.forEach((e, i) => {
    if (!old(e, i)) return;
    const key = dayKey(e.at);
    const summary = days.get(key) ?? { day: key, done: 0, skipped: 0, snoozed: 0, natural: 0, paused: 0, held: 0 };
    summary[e.outcome]++;
    days.set(key, summary);
  });
  return { events: keep, days: [...days.values()].sort((a, b) => a.day.localeCompare(b.day)) };
}

// Stryker disable ArrowFunction,StringLiteral: a strict record with a broken member is dropped whole, so no fallback here is ever read
const historyEvent = strictRecord({
  at: timestamp(() => 0),
  outcome: oneOf(OUTCOMES, 'done'),
  dueAt: optional(timestamp(() => 0)),
  shownAt: optional(timestamp(() => 0)),
  drillId: optional(oneOf(DRILL_IDS, DRILL_IDS[0]!)),
  rating: optional(oneOf(RATINGS, 'right')),
  seconds: optional(integer(0, 0, 86_400)),
});
// Stryker restore all

/** Attaches a rating to the latest finished, unrated run of this drill. */
export function rateLatest(history: readonly BreakEvent[], drillId: DrillId, rating: Rating): BreakEvent[] {
  const i = history.findLastIndex((e) => e.outcome === 'done' && e.drillId === drillId && e.rating === null);
  return history.map((e, j) => (j === i ? { ...e, rating } : e));
}

const EVENT_KEYS = ['at', 'outcome', 'dueAt', 'shownAt', 'drillId', 'rating', 'seconds'];

/** Reads stored events, dropping entries that are not well formed and keeping the rest in order. */
export function readHistory(raw: unknown): { events: BreakEvent[]; dropped: number } {
  if (!Array.isArray(raw)) return { events: [], dropped: raw === undefined ? 0 : 1 };
  const events = raw.flatMap((item) => {
    // Every stored event has every field; one that lacks any was cut short.
    if (!isPlainObject(item) || !EVENT_KEYS.every((k) => k in item)) return [];
    const result = historyEvent.check(item);
    // A plain object never checks to null.
    return result.ok ? [result.value!] : [];
  });
  return { events, dropped: raw.length - events.length };
}

const COUNT = integer(0, 0, 10_000);

/** Reads the per-day counts of old history, dropping malformed days. */
export function readDays(raw: unknown): { days: DaySummary[]; dropped: number } {
  if (!Array.isArray(raw)) return { days: [], dropped: raw === undefined ? 0 : 1 };
  // Made here rather than once for the module, so mutation testing sees the tests that use it.
  const DAY = /^\d{4}-\d{2}-\d{2}$/;
  const days = raw.flatMap((item): DaySummary[] => {
    if (!isPlainObject(item) || typeof item.day !== 'string' || !DAY.test(item.day)) return [];
    const counts = OUTCOMES.map((o) => COUNT.check(item[o] ?? 0));
    if (counts.some((c) => !c.ok)) return [];
    return [{ day: item.day, ...Object.fromEntries(OUTCOMES.map((o, i) => [o, (counts[i] as { value: number }).value])) } as DaySummary];
  });
  return { days, dropped: raw.length - days.length };
}
