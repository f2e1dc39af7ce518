import { readState, type State } from '../core/state';
import type { Settings } from '../core/settings';
import { t } from './i18n';
import { STATE_KEY, watch, writeSettings, type Unsubscribe } from './storage';
import { loadRecentHistory } from './history';
import { RECENT_KEY, type RecentView } from '../core/history-recent';

// What only the pages need from storage: live updates, and saving part of the settings.

export function onStateChanged(callback: (state: State) => void): Unsubscribe {
  return watch('local', STATE_KEY, (raw) => callback(readState(raw, Date.now()).state));
}

/** The popup's counts, kept live: every writer of the history writes the recent record with it. */
export function onRecentHistoryChanged(callback: (store: RecentView) => void): Unsubscribe {
  return watch('local', RECENT_KEY, () => void loadRecentHistory().then(callback));
}

interface Batch {
  patch: Partial<Settings>;
  written: Promise<Settings>;
}
let batch: Batch | null = null;

/**
 * Writes only the fields given, on top of what is stored at the moment of writing. Changes made
 * while an earlier one waits for its turn join it, so a burst of edits is one write.
 */
export function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  if (batch) {
    Object.assign(batch.patch, patch);
    return batch.written;
  }
  const next = { patch: { ...patch } } as Batch;
  next.written = writeSettings(() => {
    // From here on, a new change waits for the next write.
    batch = null;
    return next.patch;
  });
  batch = next;
  // A write that fails before it takes the change (a failed read, a refused lock) ends the batch
  // too: the changes in it are refused with it, and the next one starts a write of its own.
  next.written.catch(() => {
    if (batch === next) batch = null;
  });
  return next.written;
}

/** Why a write failed, in words: a full quota is named plainly, anything else as the browser said it. */
export function writeFailure(error: unknown): string {
  return /quota/i.test(String(error)) ? t('storage_quota') : String(error);
}
