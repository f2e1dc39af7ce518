import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../core/settings';
import type { State } from '../core/state';
import type { HistoryStore } from '../core/history';
import { onHistoryChanged, onStateChanged } from '../platform/live';
import { loadHistory, loadSettings, loadState, onSettingsChanged } from '../platform/storage';

/** A stored value, loaded once and kept live through storage change events; null while loading. */
function useStored<T>(load: () => Promise<T>, watch: (callback: (value: T) => void) => () => void): T | null {
  const [value, setValue] = useState<T | null>(null);
  useEffect(() => {
    const stop = watch(setValue);
    void load().then(setValue);
    return stop;
  }, []);
  return value;
}

/** Scheduler state, kept live. */
export const useSchedulerState = (): State | null => useStored(() => loadState(Date.now()), onStateChanged);

/** Settings, kept live so two open pages never disagree. */
export const useSettings = (): Settings | null => useStored(loadSettings, onSettingsChanged);

/** The break history, kept live. */
export const useHistory = (): HistoryStore | null => useStored(loadHistory, onHistoryChanged);

/** Re-renders every `ms` so countdowns stay current. */
export function useNow(ms: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(id);
  }, [ms]);
  return now;
}
