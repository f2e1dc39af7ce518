import { readCheckIn, type CheckIn } from './checkin';
import { isPlainObject } from './schema';

// An import replaces the weekly check-ins with the file's, as it replaces the history. A file of
// this version holds only entries this version reads, so an entry only another version can read
// (a score or an answer this version does not know) was never in the file and is not replaced: it
// is kept, as are the stored record's other fields. What is no entry at all (not an object) goes.

/** The stored record after importing `file`'s check-ins. */
export function importCheckIns(raw: unknown, file: readonly CheckIn[]): Record<string, unknown> {
  const record = isPlainObject(raw) ? raw : {};
  const entries = Array.isArray(record.entries) ? record.entries : [];
  const other = entries.filter((entry) => isPlainObject(entry) && readCheckIn(entry) === null);
  return { ...record, entries: [...other, ...file.map((c) => ({ ...c, markers: { ...c.markers } }))] };
}
