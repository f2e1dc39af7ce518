import browser from './browser';
import { importHistory } from '../core/history-import';
import { NO_LEVELS } from '../core/levels';
import { importLevels } from '../core/levels-stored';
import type { Transferable } from '../core/transfer';
import { LEVELS_KEY, LEVELS_LOCK } from './levels';
import { writeSettings } from './storage';
import { DAYS_KEY, HISTORY_KEY, HISTORY_LOCK } from './history';

// Replacing what the user owns, from the options page: an import, cleared history, or settings
// back to defaults.

export type ImportFailure = { error: unknown; partial: boolean };

const listOf = (raw: unknown): readonly unknown[] => (Array.isArray(raw) ? raw : []);

/**
 * Stores an accepted import whole or not at all. History and levels go first, in one write
 * (storage.local rarely refuses, and a refused write wrote none of them); a file without levels
 * leaves the user's as they are. Then the settings, which storage.sync may refuse for its quota,
 * and if it does history and levels are put back as they were. Resolves to null, or to the
 * failure and whether anything was left changed (only when putting them back failed too).
 *
 * The locks of every record it writes are held from its read to the end, the settings' write
 * and any putting back included (writeSettings takes the settings' lock itself, last, in the one
 * order history → levels → settings): a break the worker records meanwhile waits, and lands on
 * whatever the import leaves, so a rollback can never erase it.
 */
export function importData(data: Transferable, now: number): Promise<ImportFailure | null> {
  return navigator.locks.request(HISTORY_LOCK, () => (data.levels ? navigator.locks.request(LEVELS_LOCK, () => storeImport(data, now)) : storeImport(data, now)));
}

async function storeImport(data: Transferable, now: number): Promise<ImportFailure | null> {
  const keys = data.levels ? [HISTORY_KEY, DAYS_KEY, LEVELS_KEY] : [HISTORY_KEY, DAYS_KEY];
  const before = await browser.storage.local.get(keys);
  // Bounded as the worker bounds them; what only a newer version can read is kept (core/history-import.ts, core/levels-stored.ts).
  const history = importHistory({ events: listOf(before[HISTORY_KEY]), days: listOf(before[DAYS_KEY]) }, data.history, now);
  const levels = data.levels ? { [LEVELS_KEY]: importLevels(before[LEVELS_KEY], data.levels) } : {};
  try {
    await browser.storage.local.set({ [HISTORY_KEY]: history.events, [DAYS_KEY]: history.days, ...levels });
  } catch (error) {
    return { error, partial: false };
  }
  try {
    await writeSettings(() => data.settings);
    return null;
  } catch (error) {
    try {
      // Only the keys the import wrote, as they were: one that was absent is absent again.
      const was = Object.fromEntries(Object.entries(before).filter(([, value]) => value !== undefined));
      const absent = keys.filter((key) => !Object.hasOwn(was, key));
      if (absent.length > 0) await browser.storage.local.remove(absent);
      if (Object.keys(was).length > 0) await browser.storage.local.set(was);
      return { error, partial: false };
    } catch {
      return { error, partial: true };
    }
  }
}

/**
 * Empties the history (everything in it, a newer version's events too: the user asked to forget
 * it) and, only when the user asked, starts every drill's level over (no level stored reads as
 * each ladder's start), in one write so either both happen or neither.
 */
export async function clearHistory(levelsToo: boolean): Promise<void> {
  const clear = () => browser.storage.local.set({ [HISTORY_KEY]: [], [DAYS_KEY]: [], ...(levelsToo ? { [LEVELS_KEY]: NO_LEVELS } : {}) });
  await navigator.locks.request(HISTORY_LOCK, () => (levelsToo ? navigator.locks.request(LEVELS_LOCK, clear) : clear()));
}

/**
 * Every choice forgotten, so each setting is back to its default (the organisation's, where it set
 * one), except having read the safety notice.
 */
export function resetSettings(): Promise<unknown> {
  return writeSettings((fresh) => ({ safetyAcknowledged: fresh.safetyAcknowledged }), true);
}
