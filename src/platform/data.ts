import browser from './browser';
import { appendEvents } from '../core/history';
import { MAX_LEVEL_LOG, NO_LEVELS } from '../core/levels';
import type { Transferable } from '../core/transfer';
import { LEVELS_KEY, LEVELS_LOCK } from './levels';
import { writeSettings } from './storage';
import { DAYS_KEY, HISTORY_KEY } from './history';

// Replacing what the user owns, from the options page: an import, cleared history, or settings
// back to defaults.

export type ImportFailure = { error: unknown; partial: boolean };

const LOCAL_KEYS = [HISTORY_KEY, DAYS_KEY, LEVELS_KEY];

/**
 * Stores an accepted import whole or not at all. History and levels go first, in one write
 * (storage.local rarely refuses, and a refused write wrote none of them); a file without levels
 * leaves the user's as they are. Then the settings, which storage.sync may refuse for its quota,
 * and if it does history and levels are put back as they were. Resolves to null, or to the
 * failure and whether anything was left changed (only when putting them back failed too).
 */
export function importData(data: Transferable, now: number): Promise<ImportFailure | null> {
  // In turn with the worker's writes of the levels, so a rating saved meanwhile cannot undo the import.
  return navigator.locks.request(LEVELS_LOCK, () => storeImport(data, now));
}

async function storeImport(data: Transferable, now: number): Promise<ImportFailure | null> {
  const before = await browser.storage.local.get(LOCAL_KEYS);
  // Bounded as the worker bounds them, so a long imported history or log cannot outgrow storage.
  const history = appendEvents(data.history, [], now);
  const levels = data.levels ? { [LEVELS_KEY]: { drills: data.levels.drills, log: data.levels.log.slice(-MAX_LEVEL_LOG) } } : {};
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
      // Removed first, so a key that was absent before is absent again.
      await browser.storage.local.remove(LOCAL_KEYS);
      await browser.storage.local.set(before);
      return { error, partial: false };
    } catch {
      return { error, partial: true };
    }
  }
}

/**
 * Empties the history and, only when the user asked, starts every drill's level over (no level
 * stored reads as each ladder's start), in one write so either both happen or neither.
 */
export async function clearHistory(levelsToo: boolean): Promise<void> {
  await navigator.locks.request(LEVELS_LOCK, () => browser.storage.local.set({ [HISTORY_KEY]: [], [DAYS_KEY]: [], ...(levelsToo ? { [LEVELS_KEY]: NO_LEVELS } : {}) }));
}

/**
 * Every choice forgotten, so each setting is back to its default (the organisation's, where it set
 * one), except having read the safety notice.
 */
export function resetSettings(): Promise<unknown> {
  return writeSettings((fresh) => ({ safetyAcknowledged: fresh.safetyAcknowledged }), true);
}
