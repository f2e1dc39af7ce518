import { isDrillId } from './catalog/ids';
import { OUTCOMES, RATINGS, timeOf, type BreakEvent, type DaySummary, type Outcome, type Rating } from './history';
import { integer, isPlainObject } from './schema';

// The view of stored history that pages and stats read: what this version can count. Reading
// never changes storage. An entry a newer version wrote (an outcome this version does not know)
// is left out of the view and counted as `unknown`; a known event naming a drill or rating this
// version does not know counts as a break with none named, extra fields unread. What fits no
// version is counted as `malformed`, for the caller to report; it too stays where it is stored.

const isOne = <T extends string>(list: readonly T[], x: unknown): x is T => (list as readonly unknown[]).includes(x);
const SECONDS = integer(0, 0, 86_400);
/** Every version has written these; an event lacking any was cut short. (`rating` and `seconds` came later.) */
const FIRST_KEYS = ['at', 'outcome', 'dueAt', 'shownAt', 'drillId'];

const optionalTime = (x: unknown): number | null | undefined => (x === null ? null : (timeOf({ at: x }) ?? undefined));
/** A name from `list`, or null for none or one this version does not know; undefined when not a name at all. */
const named = <T extends string>(list: readonly T[], x: unknown): T | null | undefined =>
  x === null || x === undefined ? null : typeof x !== 'string' ? undefined : isOne(list, x) ? x : null;

/** One stored event as this version reads it: the event, or why it is left out. */
export function readEvent(item: unknown): BreakEvent | 'unknown' | 'malformed' {
  if (!isPlainObject(item) || !FIRST_KEYS.every((k) => k in item)) return 'malformed';
  const at = timeOf(item);
  if (at === null) return 'malformed';
  if (!isOne(OUTCOMES, item.outcome)) return typeof item.outcome === 'string' ? 'unknown' : 'malformed';
  const dueAt = optionalTime(item.dueAt);
  const shownAt = optionalTime(item.shownAt);
  const drillId = item.drillId === null || item.drillId === undefined ? null : typeof item.drillId !== 'string' ? undefined : isDrillId(item.drillId) ? item.drillId : null;
  const rating = named<Rating>(RATINGS, item.rating);
  const seconds = item.seconds === null || item.seconds === undefined ? null : SECONDS.check(item.seconds);
  if (dueAt === undefined || shownAt === undefined || drillId === undefined || rating === undefined) return 'malformed';
  if (seconds !== null && !seconds.ok) return 'malformed';
  return { at, outcome: item.outcome, dueAt, shownAt, drillId, rating, seconds: seconds?.value ?? null };
}

/** The events this version can count, in stored order, and how many stored entries it left out. */
export function readHistory(raw: unknown): { events: BreakEvent[]; unknown: number; malformed: number } {
  if (!Array.isArray(raw)) return { events: [], unknown: 0, malformed: raw === undefined ? 0 : 1 };
  const events: BreakEvent[] = [];
  let unknown = 0;
  let malformed = 0;
  for (const item of raw) {
    const event = readEvent(item);
    if (event === 'unknown') unknown++;
    else if (event === 'malformed') malformed++;
    else events.push(event);
  }
  return { events, unknown, malformed };
}

const COUNT = integer(0, 0, 10_000);

/** One stored day of counts as this version reads it (counts of outcomes it does not know left out), or null. */
export function readDay(item: unknown): DaySummary | null {
  // Made here rather than once for the module, so mutation testing sees the tests that use it.
  const DAY = /^\d{4}-\d{2}-\d{2}$/;
  if (!isPlainObject(item) || typeof item.day !== 'string' || !DAY.test(item.day)) return null;
  const counts = OUTCOMES.map((o) => COUNT.check(item[o] ?? 0));
  if (counts.some((c) => !c.ok)) return null;
  return { day: item.day, ...Object.fromEntries(OUTCOMES.map((o: Outcome, i) => [o, (counts[i] as { value: number }).value])) } as DaySummary;
}

/** The per-day counts of old history this version can read, and how many stored days it could not. */
export function readDays(raw: unknown): { days: DaySummary[]; malformed: number } {
  if (!Array.isArray(raw)) return { days: [], malformed: raw === undefined ? 0 : 1 };
  const days = raw.map(readDay).filter((d) => d !== null);
  return { days, malformed: raw.length - days.length };
}
