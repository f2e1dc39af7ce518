import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../core/settings';
import type { State } from '../core/state';
import type { RecentView } from '../core/history-recent';
import { onRecentHistoryChanged, onStateChanged } from '../platform/live';
import type { Policy } from '../core/settings';
import { loadPolicy, loadSettings, loadState, onPolicyChanged, onSettingsChanged } from '../platform/storage';
import { loadRecentHistory } from '../platform/history';
import { liveStore, type LiveStore } from './live-store';

// One store per page and value, made on first use: a page that calls `preload` at its start has
// its storage reads under way before it renders, and every view of the page shares them.
const stores: { state?: LiveStore<State>; settings?: LiveStore<Settings>; recent?: LiveStore<RecentView>; policy?: LiveStore<Policy> } = {};
const currentPolicy = async () => (await loadPolicy()).policy;

export const stateStore = () => (stores.state ??= liveStore(() => loadState(Date.now()), onStateChanged));
export const settingsStore = () => (stores.settings ??= liveStore(loadSettings, onSettingsChanged));
/** Only the recent days of the history: what the popup shows between breaks (core/history-recent.ts). */
export const recentHistoryStore = () => (stores.recent ??= liveStore(loadRecentHistory, onRecentHistoryChanged));
export const policyStore = () => (stores.policy ??= liveStore(currentPolicy, (callback) => onPolicyChanged(() => void currentPolicy().then(callback))));

/** A store's value, null while it is first read, re-rendering on every change. */
export function useStore<T>(store: LiveStore<T>): T | null {
  const [value, setValue] = useState<T | null>(store.get);
  useEffect(() => {
    const stop = store.subscribe(setValue);
    // Whatever arrived between the first render and now.
    void store.ready.then(() => setValue(store.get()));
    return stop;
  }, []);
  return value;
}

/** Scheduler state, kept live. */
export const useSchedulerState = (): State | null => useStore(stateStore());

/** Settings, kept live so two open pages never disagree. */
export const useSettings = (): Settings | null => useStore(settingsStore());

/** What the organisation set through browser policy, kept live: the settings pages show locked fields. */
export const usePolicy = (): Policy | null => useStore(policyStore());

/** The recent days of the history, kept live: today's counts, the streak, when each drill was last done. */
export const useRecentHistory = (): RecentView | null => useStore(recentHistoryStore());

/** Re-renders every `ms` so countdowns stay current. */
export function useNow(ms: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(id);
  }, [ms]);
  return now;
}
