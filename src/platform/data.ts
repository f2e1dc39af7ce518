import browser from './browser';
import { appendEvents } from '../core/history';
import type { Transferable } from '../core/transfer';
import { DAYS_KEY, HISTORY_KEY, saveHistory, writeSettings } from './storage';

// Replacing what the user owns, from the options page: an import, or settings back to defaults.

export type ImportFailure = { error: unknown; partial: boolean };

/**
 * Stores an accepted import whole or not at all. History goes first (storage.local rarely
 * refuses); then the settings, which storage.sync may refuse for its quota, and if it does the
 * history is put back as it was. Resolves to null, or to the failure and whether anything was
 * left changed (only when putting the history back failed too).
 */
export async function importData(data: Transferable, now: number): Promise<ImportFailure | null> {
  const before = await browser.storage.local.get([HISTORY_KEY, DAYS_KEY]);
  try {
    // Bounded as the worker bounds it, so a long imported history cannot outgrow storage.
    await saveHistory(appendEvents(data.history, [], now));
  } catch (error) {
    // One write of both keys: refused, it wrote neither.
    return { error, partial: false };
  }
  try {
    await writeSettings(() => data.settings);
    return null;
  } catch (error) {
    try {
      await browser.storage.local.remove([HISTORY_KEY, DAYS_KEY]);
      await browser.storage.local.set(before);
      return { error, partial: false };
    } catch {
      return { error, partial: true };
    }
  }
}

/**
 * Every choice forgotten, so each setting is back to its default (the organisation's, where it set
 * one), except having read the safety notice.
 */
export function resetSettings(): Promise<unknown> {
  return writeSettings((fresh) => ({ safetyAcknowledged: fresh.safetyAcknowledged }), true);
}
