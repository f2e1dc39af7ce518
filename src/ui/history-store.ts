import type { HistoryStore } from '../core/history';
import { loadHistory } from '../platform/history';
import { onHistoryChanged } from '../platform/history-live';
import { useStore } from './hooks';
import { liveStore, type LiveStore } from './live-store';

// The whole history, apart from hooks.ts: the popup between breaks draws from the recent days'
// record (useRecentHistory) and never loads this; the settings page and the check-in after a drill do.

let store: LiveStore<HistoryStore> | undefined;
export const historyStore = (): LiveStore<HistoryStore> => (store ??= liveStore(loadHistory, onHistoryChanged));

/** The break history, kept live. */
export const useHistory = (): HistoryStore | null => useStore(historyStore());
