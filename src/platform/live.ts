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
 * Writes only the fields given, on top of what is stored now. Pages run this under one lock, so
 * two options tabs saving at the same moment each keep their own fields: the last write per
 * field wins, and neither tab's write undoes the other's.
 */
export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const write = async () => {
    const next = { ...(await loadSettings()), ...patch };
    await saveSettings(next);
    return next;
  };
  return typeof navigator !== 'undefined' && navigator.locks ? navigator.locks.request('desk-reset-settings', write) : write();
}
