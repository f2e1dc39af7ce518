import { weekOf, type CheckIn } from './checkin';
import type { BreakEvent } from './history';

// When the check-ins call for the warning signs and a word about seeing a clinician: a high score,
// or a score that rose quickly. Shown above any chart, never behind one.

/** A score from this up is high: on the 0–10 scale, 7 and more is severe pain. */
export const HIGH_SCORE = 7;
/** A rise of this many points from one answered check-in to the next. */
export const RISE_POINTS = 2;

export interface SafetyAlert {
  /** The latest score is HIGH_SCORE or more. */
  high: boolean;
  /** The latest score is RISE_POINTS or more above the one answered before it (dismissed weeks skipped). */
  rise: boolean;
  /** A drill was rated "it hurt" in the latest check-in's week: shown beside the score. */
  hurt: boolean;
}

/** Whether a drill finished in the local week `week` (its Monday) was rated "it hurt". */
export function hurtInWeek(events: readonly BreakEvent[], week: string): boolean {
  return events.some((e) => e.rating === 'pain' && weekOf(e.at) === week);
}

/**
 * What the latest answered check-in calls for, or null when nothing does. `hurt` alone gives an
 * alert too (the score is shown with it), but only `high` or `rise` call for the warning signs.
 * The caller says whether it hurt in the latest check-in's week (hurtInWeek).
 */
export function safetyAlert(checkIns: readonly CheckIn[], hurtThisWeek: boolean): SafetyAlert | null {
  const answered = [...checkIns].filter((c): c is CheckIn & { score: number } => c.score !== null).sort((a, b) => a.week.localeCompare(b.week));
  const latest = answered.at(-1);
  const previous = answered.at(-2);
  const high = latest !== undefined && latest.score >= HIGH_SCORE;
  const rise = latest !== undefined && previous !== undefined && latest.score - previous.score >= RISE_POINTS;
  return high || rise || hurtThisWeek ? { high, rise, hurt: hurtThisWeek } : null;
}
