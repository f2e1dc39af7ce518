import type { HistoryStore } from '../core/history';
import { DAYS_KEY, HISTORY_KEY, loadHistory } from './history';
import { watch, type Unsubscribe } from './watch';

// Apart from live.ts: the popup between breaks follows only the recent days' record (live.ts), and
// never loads this; the settings page and the check-in after a drill follow the whole history.

export function onHistoryChanged(callback: (store: HistoryStore) => void): Unsubscribe {
  const stopEvents = watch('local', HISTORY_KEY, () => void loadHistory().then(callback));
  const stopDays = watch('local', DAYS_KEY, () => void loadHistory().then(callback));
  return () => {
    stopEvents();
    stopDays();
  };
}
