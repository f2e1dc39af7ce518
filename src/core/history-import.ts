import { appendEvents, byTime, OUTCOMES, timeOf, type HistoryStore, type StoredHistory } from './history';
import { readEvent } from './history-read';
import { isPlainObject } from './schema';

// An import replaces the history with the file's. A file of this version can hold only what this
// version understands, so what only a newer version can read (events of an outcome this version
// does not know, a day's counts of such outcomes) was never in the file and is not replaced: it
// is kept, in time order with the file's events. Entries that fit no version go with the rest.

const OURS = new Set<string>(['day', ...OUTCOMES]);

/** The stored history after importing `file`, bounded as every write is (see appendEvents). */
export function importHistory(stored: StoredHistory, file: HistoryStore, now: number): StoredHistory {
  const newer = stored.events.filter((entry) => readEvent(entry) === 'unknown');
  const days: Record<string, unknown>[] = file.days.map((d) => ({ ...d }));
  for (const entry of stored.days) {
    if (!isPlainObject(entry) || typeof entry.day !== 'string') continue;
    const counts = Object.entries(entry).filter(([key]) => !OURS.has(key));
    if (counts.length === 0) continue;
    const same = days.find((d) => d.day === entry.day);
    if (same) Object.assign(same, Object.fromEntries(counts.filter(([key]) => !Object.hasOwn(same, key))));
    else days.push({ day: entry.day, ...Object.fromEntries(OUTCOMES.map((o) => [o, 0])), ...Object.fromEntries(counts) });
  }
  days.sort((a, b) => String(a.day).localeCompare(String(b.day)));
  return appendEvents({ events: byTime(file.events, newer, timeOf), days }, [], now);
}
