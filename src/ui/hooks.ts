import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../core/settings';
import type { State } from '../core/state';
import type { HistoryStore } from '../core/history';
import { onHistoryChanged, onStateChanged } from '../platform/live';
import { loadHistory, loadSettings, loadState, onSettingsChanged } from '../platform/storage';

/** Stored scheduler state, kept live through storage change events; null while loading. */
export function useSchedulerState(): State | null {
  const [state, setState] = useState<State | null>(null);
  useEffect(() => {
    const stop = onStateChanged(setState);
    void loadState(Date.now()).then(setState);
    return stop;
  }, []);
  return state;
}

/** Stored settings, kept live so two open pages never disagree; null while loading. */
export function useSettings(): Settings | null {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    const stop = onSettingsChanged(setSettings);
    void loadSettings().then(setSettings);
    return stop;
  }, []);
  return settings;
}

/** The break history, kept live; null while loading. */
export function useHistory(): HistoryStore | null {
  const [history, setHistory] = useState<HistoryStore | null>(null);
  useEffect(() => {
    const stop = onHistoryChanged(setHistory);
    void loadHistory().then(setHistory);
    return stop;
  }, []);
  return history;
}

/** Re-renders every `ms` so countdowns stay current. */
export function useNow(ms: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(id);
  }, [ms]);
  return now;
}
