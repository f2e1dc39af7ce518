import { DRILL_IDS, type DrillId } from './catalog';
import { integer, oneOf, optional, strictRecord, timestamp } from './schema';

// Every break event, kept in storage.local. The popup's counters and the progress view read it.

export const OUTCOMES = ['done', 'skipped', 'snoozed', 'natural', 'paused'] as const;
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
  /** Time spent on the drill, for a finished or skipped break. */
  seconds: number | null;
}

/** Keeps the store bounded; about a year of heavy use. */
export const HISTORY_MAX = 5000;

export function appendEvents(history: readonly BreakEvent[], events: readonly BreakEvent[]): BreakEvent[] {
  return [...history, ...events].slice(-HISTORY_MAX);
}

const historyEvent = strictRecord({
  at: timestamp(() => 0),
  outcome: oneOf(OUTCOMES, 'done'),
  dueAt: optional(timestamp(() => 0)),
  shownAt: optional(timestamp(() => 0)),
  drillId: optional(oneOf(DRILL_IDS, DRILL_IDS[0]!)),
  rating: optional(oneOf(RATINGS, 'right')),
  seconds: optional(integer(0, 0, 86_400)),
});

/** Attaches a rating to the latest finished, unrated run of this drill. */
export function rateLatest(history: readonly BreakEvent[], drillId: DrillId, rating: Rating): BreakEvent[] {
  const i = history.findLastIndex((e) => e.outcome === 'done' && e.drillId === drillId && e.rating === null);
  if (i === -1) return [...history];
  return history.map((e, j) => (j === i ? { ...e, rating } : e));
}

/** Reads stored history, dropping entries that are not well formed and keeping the rest in order. */
export function readHistory(raw: unknown): BreakEvent[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((item) => {
    const result = historyEvent.check(item);
    return result.ok && result.value ? [result.value] : [];
  });
}
