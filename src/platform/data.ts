import browser from './browser';
import { POSTURE_SEEN_KEY, POSTURE_SEEN_LOCK } from './posture-seen';
import { ROUTINE_STRENGTH_KEY, ROUTINE_STRENGTH_LOCK } from './routine-strength';
import { CHECKINS_KEY, CHECKINS_LOCK } from './checkins';
import { importCheckIns } from '../core/checkin-import';
import type { OwnId } from '../core/catalog/ids';
import { importHistory } from '../core/history-import';
import type { Msg } from '../core/i18n';
import { NO_LEVELS } from '../core/levels';
import { importLevels } from '../core/levels-stored';
import type { OwnDrill } from '../core/own-drill';
import { ownKey, ownRecord } from '../core/own-stored';
import { pictureRoom } from '../core/program-plan';
import type { Transferable } from '../core/transfer';
import { LEVELS_KEY, LEVELS_LOCK } from './levels';
import { OWN_LOCK } from './own-drills';
import { pictureKey, pictureSpace, PICTURES_LOCK } from './pictures';
import { inLocks, UndoableWrites } from './program';
import { writeSettings } from './storage';
import { DAYS_KEY, HISTORY_KEY, HISTORY_LOCK } from './history';
import { recentOf, RECENT_KEY } from '../core/history-recent';

// Replacing what the user owns, from the options page: an import, cleared history, or settings
// back to defaults.

export type ImportFailure = { error: unknown; partial: boolean };

/** An import refused before anything was written (no room for its pictures), with the reason to show. */
export class ImportRefused extends Error {
  constructor(readonly reason: Msg) {
    super(reason.key);
  }
}

const listOf = (raw: unknown): readonly unknown[] => (Array.isArray(raw) ? raw : []);

/**
 * Stores an accepted import whole or not at all. First storage.local, in one write: history,
 * check-ins and levels (a file without check-ins or levels leaves the user's as they are) and the pictures of the file's own
 * drills; then the own drills in storage.sync, in one write; then the settings. storage.sync may
 * refuse either for its quota, and then everything written is put back as it was. Pictures that
 * would pass the limit refuse the import before anything is written. Resolves to null, or to the
 * failure and whether anything was left changed (only when putting it back failed too).
 *
 * The locks of every record it writes are held from its read to the end, the settings' write
 * and any putting back included (writeSettings takes the settings' lock itself, last, in the one
 * order own drills → pictures → history → check-ins → levels → settings): a break the worker records
 * meanwhile waits, and lands on whatever the import leaves, so a rollback can never erase it.
 */
export function importData(data: Transferable, now: number): Promise<ImportFailure | null> {
  const locks = [...(data.ownDrills ? [OWN_LOCK, PICTURES_LOCK] : []), HISTORY_LOCK, ...(data.checkIns ? [CHECKINS_LOCK] : []), ...(data.levels ? [LEVELS_LOCK] : [])];
  return inLocks(locks, () => storeImport(data, now));
}

async function storeImport(data: Transferable, now: number): Promise<ImportFailure | null> {
  const drills: readonly OwnDrill[] = data.ownDrills ?? [];
  const pictures = drills.flatMap((d) => (d.picture === null ? [] : [{ id: d.id as OwnId, url: d.picture }]));
  const keys = [HISTORY_KEY, DAYS_KEY, RECENT_KEY, ...(data.checkIns ? [CHECKINS_KEY] : []), ...(data.levels ? [LEVELS_KEY] : []), ...pictures.map((p) => pictureKey(p.id))];
  const [local, sync] = await Promise.all([browser.storage.local.get(keys), drills.length > 0 ? browser.storage.sync.get(drills.map((d) => ownKey(d.id as OwnId))) : ({} as Record<string, unknown>)]);
  if (pictures.length > 0) {
    // A drill of the file that has a picture here already replaces it, taking no new place.
    const stored = new Set(pictures.filter((p) => local[pictureKey(p.id)] !== undefined).map((p) => p.id as string));
    const oldBytes = pictures.reduce((sum, p) => sum + String(local[pictureKey(p.id)] ?? '').length, 0);
    const room = pictureRoom({ pictures }, stored, await pictureSpace(), oldBytes);
    if (room) return { error: new ImportRefused(room), partial: false };
  }
  // Bounded as the worker bounds them; what only a newer version can read is kept (core/history-import.ts, core/levels-stored.ts).
  const history = importHistory({ events: listOf(local[HISTORY_KEY]), days: listOf(local[DAYS_KEY]) }, data.history, now);
  const levels = data.levels ? { [LEVELS_KEY]: importLevels(local[LEVELS_KEY], data.levels) } : {};
  // Another version's entries are kept (core/checkin-import.ts).
  const checkIns = data.checkIns ? { [CHECKINS_KEY]: importCheckIns(local[CHECKINS_KEY], data.checkIns) } : {};
  const writes = new UndoableWrites({ local, sync });
  try {
    await writes.set('local', { [HISTORY_KEY]: history.events, [DAYS_KEY]: history.days, [RECENT_KEY]: recentOf(history, now), ...checkIns, ...levels, ...Object.fromEntries(pictures.map((p) => [pictureKey(p.id), p.url])) });
    // Each drill added (in the file's order) or written over the user's of the same id, keeping what a newer version stored of it.
    await writes.set('sync', Object.fromEntries(drills.map((d, i) => [ownKey(d.id as OwnId), ownRecord(d, sync[ownKey(d.id as OwnId)], now + i)])));
    await writeSettings(() => data.settings);
    return null;
  } catch (error) {
    // Only the keys the import wrote, as they were: one that was absent is absent again.
    return { error, partial: !(await writes.undo()) };
  }
}

/**
 * Empties the history (everything in it, a newer version's events too: the user asked to forget
 * it) and, only when the user asked, starts every drill's level over (no level stored reads as
 * each ladder's start), in one write so either both happen or neither.
 */
export async function clearHistory(levelsToo: boolean): Promise<void> {
  // The posture resets seen, the weekly check-ins and the routines' strengthening go with the
  // history: the progress page shows them beside it. Every check-in, another version's too, as every event goes.
  const write = () =>
    browser.storage.local.set({ [HISTORY_KEY]: [], [DAYS_KEY]: [], [RECENT_KEY]: recentOf({ events: [], days: [] }, Date.now()), [CHECKINS_KEY]: { entries: [] }, [POSTURE_SEEN_KEY]: {}, [ROUTINE_STRENGTH_KEY]: {}, ...(levelsToo ? { [LEVELS_KEY]: NO_LEVELS } : {}) });
  await inLocks([HISTORY_LOCK, CHECKINS_LOCK, ...(levelsToo ? [LEVELS_LOCK] : []), POSTURE_SEEN_LOCK, ROUTINE_STRENGTH_LOCK], write);
}

/**
 * Every choice forgotten, so each setting is back to its default (the organisation's, where it set
 * one), except having read the safety notice.
 */
export function resetSettings(): Promise<unknown> {
  return writeSettings((fresh) => ({ safetyAcknowledged: fresh.safetyAcknowledged }), true);
}
