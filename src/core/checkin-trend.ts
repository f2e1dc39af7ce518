import type { CheckIn } from './checkin';
import type { WeekDose } from './dose';
import { msg, plural, type Msg } from './i18n';

// The progress page's plain-words summary of the weekly check-ins: what was recorded, the score at
// the start and now and the strengthening beside it. It says nothing of cause: a score can fall
// for many reasons, and the drills are only one thing that happened in those weeks.

export interface ScorePoint {
  /** The local week, its Monday. */
  week: string;
  score: number;
}

/** The weeks with a score, oldest first; a dismissed week has none. */
export function scoreSeries(checkIns: readonly CheckIn[]): ScorePoint[] {
  return [...checkIns]
    .filter((c): c is CheckIn & { score: number } => c.score !== null)
    .sort((a, b) => a.week.localeCompare(b.week))
    .map(({ week, score }) => ({ week, score }));
}

/** A yyyy-MM-dd day as a count of calendar days: no zone, so no change of summer time in between. */
const dayNumber = (key: string) => {
  const [y, m, d] = key.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / 86_400_000;
};

/** Weeks from one Monday to another, both counted: 2 for two weeks in a row. */
function weeksSpanned(first: string, last: string): number {
  return Math.round((dayNumber(last) - dayNumber(first)) / 7) + 1;
}

/**
 * "Your score went from 6 to 4 over 5 weeks, with about 9 minutes of strengthening a week.": the
 * first and latest scores, the weeks from the first to the latest (both counted), and the average
 * strengthening of the weeks in `doses` within that span (rounded; anything above none is at least
 * "about 1 minute"). One score: "Your first score: 5." No score: null.
 */
export function trendSummary(checkIns: readonly CheckIn[], doses: readonly WeekDose[]): Msg | null {
  const scores = scoreSeries(checkIns);
  const first = scores[0];
  const last = scores.at(-1);
  if (!first || !last) return null;
  if (scores.length === 1) return msg('checkin_trend_first', first.score);
  const weeks = weeksSpanned(first.week, last.week);
  const score =
    first.score === last.score
      ? plural('checkin_trend_stayed', weeks, first.score, weeks)
      : plural('checkin_trend_went', weeks, first.score, last.score, weeks);
  const span = doses.filter((d) => d.week >= first.week && d.week <= last.week);
  if (span.length === 0) return msg('checkin_trend_plain', score);
  const seconds = span.reduce((sum, d) => sum + d.strengthSeconds, 0) / span.length;
  if (seconds <= 0) return msg('checkin_trend_no_strength', score);
  const minutes = Math.max(1, Math.round(seconds / 60));
  return msg('checkin_trend_dose', score, plural('checkin_minutes', minutes, minutes));
}
