import { readState, type State } from '../core/state';
import type { HistoryStore, } from '../core/history';
import type { Settings } from '../core/settings';
import { DAYS_KEY, HISTORY_KEY, loadHistory, loadSettings, saveSettings, STATE_KEY, watch, type Unsubscribe } from './storage';

// What only the pages need from storage: live updates, and saving part of the settings.

export function onStateChanged(callback: (state: State) => void): Unsubscribe {
  return watch('local', STATE_KEY, (raw) => callback(readState(raw, Date.now()).state));
}

export function onHistoryChanged(callback: (store: HistoryStore) => void): Unsubscribe {
  const stopEvents = watch('local', HISTORY_KEY, () => void loadHistory().then(callback));
  const stopDays = watch('local', DAYS_KEY, () => void loadHistory().then(callback));
  return () => {
    stopEvents();
    stopDays();
  };
}

/**
 * storage.sync takes at most 120 writes a minute. Every page's settings writes queue on one lock,
 * and each holds it this long after writing, so all tabs together stay under that limit.
 */
export const WRITE_GAP_MS = 500;

/**
 * Writes only the fields given, on top of what is stored now. Pages run this under one lock, so
 * two options tabs saving at the same moment each keep their own fields: the last write per
 * field wins, and neither tab's write undoes the other's. Resolves as soon as the write is done.
 */
export function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  return new Promise((resolve, reject) => {
    const write = async () => {
      try {
        const next = { ...(await loadSettings()), ...patch };
        await saveSettings(next);
        resolve(next);
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
        return;
      }
      await new Promise((done) => setTimeout(done, WRITE_GAP_MS));
    };
    void (typeof navigator !== 'undefined' && navigator.locks ? navigator.locks.request('desk-reset-settings', write) : write());
  });
}
