import { addDays } from 'date-fns';
import { countedSeconds } from './dose';
import { dayKey } from './history';
import { isPlainObject } from './schema';

// The strengthening done in the morning and evening routines, in seconds per local day. A routine
// is no break and records no break history, yet its band work is the dose that matters (core/dose.ts).
// Shared with other versions: days and fields this version does not read are kept.

export const ROUTINE_STRENGTH_DAYS = 400;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Day (yyyy-MM-dd, local) → seconds of strengthening in routines. */
export function readRoutineStrength(raw: unknown): Record<string, number> {
  const days = isPlainObject(raw) && isPlainObject(raw.days) ? raw.days : {};
  return Object.fromEntries(Object.entries(days).filter((e): e is [string, number] => DAY.test(e[0]) && typeof e[1] === 'number' && Number.isFinite(e[1]) && e[1] > 0));
}

/** The stored record with a strength drill of a routine done at `now` for `seconds` (counted as a break's drill is). */
export function addRoutineStrength(raw: unknown, now: number, seconds: number): Record<string, unknown> {
  const record = isPlainObject(raw) ? raw : {};
  const days = isPlainObject(record.days) ? record.days : {};
  const today = dayKey(now);
  const oldest = dayKey(addDays(now, -ROUTINE_STRENGTH_DAYS).getTime());
  const kept = Object.fromEntries(Object.entries(days).filter(([day]) => !DAY.test(day) || day >= oldest));
  return { ...record, days: { ...kept, [today]: (readRoutineStrength({ days })[today] ?? 0) + countedSeconds(seconds) } };
}
