import { formatClock, parseClock, type Range } from './clock';
import { oneOf, optional, read, timestamp, type Values } from './schema';

// The first-run welcome: its steps, how far the user got, and the simple "one working day, maybe
// a lunch gap" form of the working hours that the welcome asks for.

export const WELCOME_STEPS = ['safety', 'hours', 'kit', 'extras', 'ready'] as const;
export type WelcomeStep = (typeof WELCOME_STEPS)[number];

const progressSchema = {
  /** The step to show when the welcome is opened again before it was finished. */
  step: oneOf(WELCOME_STEPS, 'safety'),
  /** When the user finished it; null until then. */
  // Stryker disable next-line ArrowFunction: optional() falls back to null and never asks the timestamp for its own fallback.
  finishedAt: optional(timestamp(() => 0)),
};

/** Kept in storage.local: where this machine's welcome stands, not a choice that follows the user. */
export type WelcomeProgress = Values<typeof progressSchema>;

/** Null when the welcome was never started (an install from before it existed). */
export function readWelcome(raw: unknown): WelcomeProgress | null {
  return raw === undefined ? null : read(progressSchema, raw).value;
}

/** The step to open on: where the user left off, or the first once it is finished (a review). */
export function openingStep(progress: WelcomeProgress | null): WelcomeStep {
  return progress && progress.finishedAt === null ? progress.step : WELCOME_STEPS[0];
}

export function stepAfter(step: WelcomeStep, by: 1 | -1): WelcomeStep {
  const i = WELCOME_STEPS.indexOf(step) + by;
  return WELCOME_STEPS[Math.min(Math.max(i, 0), WELCOME_STEPS.length - 1)]!;
}

/** A working day as the welcome asks for it: when it starts and ends, and an optional lunch gap. */
export interface DayShape {
  start: string;
  end: string;
  lunch: Range | null;
}

/**
 * The working hours as one day with at most one gap, or null when they are more than that
 * (three periods or more, set on the settings page), which the welcome then shows as they are.
 */
export function dayShape(hours: readonly Range[]): DayShape | null {
  if (hours.length === 1) return { start: hours[0]!.start, end: hours[0]!.end, lunch: null };
  if (hours.length !== 2) return null;
  const [a, b] = hours as [Range, Range];
  return { start: a.start, end: b.end, lunch: { start: a.end, end: b.start } };
}

export function hoursOf(day: DayShape): Range[] {
  if (!day.lunch) return [{ start: day.start, end: day.end }];
  return [
    { start: day.start, end: day.lunch.start },
    { start: day.lunch.end, end: day.end },
  ];
}

/**
 * A lunch gap to offer when the user ticks the box: an hour around the middle of the day, on
 * the half hour; in a day too short for it, none.
 */
export function suggestedLunch(start: string, end: string): Range | null {
  const from = parseClock(start);
  const to = parseClock(end);
  // Stryker disable next-line ConditionalExpression: without the check for `to`, null - from is 0 or less, under three hours all the same; it is kept for TypeScript.
  if (from === null || to === null || to - from < 3 * 60) return null;
  const middle = Math.floor((from + to) / 2 / 30) * 30;
  return { start: formatClock(middle - 30), end: formatClock(middle + 30) };
}
