import { addDays } from 'date-fns';
import { dayKey } from './history';
import { isPlainObject } from './schema';

// Posture resets seen, counted per local day, apart from the drill history: a reset is no break
// and never counts as one done or skipped. The record is shared with other versions: days and
// fields this version does not read are kept as they are.

/** Days kept; older counts go as new ones are added. */
export const POSTURE_SEEN_DAYS = 400;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** What this version reads of the stored record: day (yyyy-MM-dd, local) → resets seen. */
export function readPostureSeen(raw: unknown): Record<string, number> {
  const days = isPlainObject(raw) && isPlainObject(raw.days) ? raw.days : {};
  return Object.fromEntries(Object.entries(days).filter((e): e is [string, number] => DAY.test(e[0]) && Number.isInteger(e[1]) && (e[1] as number) > 0));
}

/** The stored record with one more reset on the day of `now`; what it does not understand stays. */
export function addPostureSeen(raw: unknown, now: number): Record<string, unknown> {
  const record = isPlainObject(raw) ? raw : {};
  const days = isPlainObject(record.days) ? record.days : {};
  const today = dayKey(now);
  const oldest = dayKey(addDays(now, -POSTURE_SEEN_DAYS).getTime());
  const count = readPostureSeen({ days })[today] ?? 0;
  // Day keys sort as dates; a key that is no day (a newer version's) is not ours to drop.
  const kept = Object.fromEntries(Object.entries(days).filter(([day]) => !DAY.test(day) || day >= oldest));
  return { ...record, days: { ...kept, [today]: count + 1 } };
}

/** The last `count` local days up to `now`, oldest first, with the resets seen on each. */
export function seenPerDay(seen: Readonly<Record<string, number>>, now: number, count = 7): { day: string; seen: number }[] {
  return Array.from({ length: count }, (_, i) => {
    const day = dayKey(addDays(now, i - count + 1).getTime());
    return { day, seen: seen[day] ?? 0 };
  });
}
