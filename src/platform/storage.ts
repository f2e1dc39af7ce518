import browser from './browser';
import { readSettings, toStored, type Settings } from '../core/settings';
import { readState, type State } from '../core/state';
import { appendEvents, readHistory, type BreakEvent } from '../core/history';

const SETTINGS_KEY = 'settings';
const STATE_KEY = 'state';
const HISTORY_KEY = 'history';

/** Settings live in storage.sync so they follow the user to their other machines. */
export async function loadSettings(): Promise<Settings> {
  const raw = (await browser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY];
  const { settings, repaired } = readSettings(raw);
  if (repaired.length > 0) {
    // Writing the repaired value back means the repair is reported once, not on every read.
    console.warn(`Desk Reset repaired stored settings (${repaired.join(', ')}); valid fields were kept.`);
    await saveSettings(settings);
  }
  return settings;
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.sync.set({ [SETTINGS_KEY]: toStored(settings) });
}

/** Scheduler state lives in storage.local: it describes this machine's timers, not the user's choices. */
export async function loadState(now: number): Promise<State> {
  const raw = (await browser.storage.local.get(STATE_KEY))[STATE_KEY];
  const { state, repaired } = readState(raw, now);
  if (raw !== undefined && repaired.length > 0) {
    console.warn(`Desk Reset repaired its stored schedule (${repaired.join(', ')}).`);
    await saveState(state);
  }
  return state;
}

export async function saveState(state: State): Promise<void> {
  await browser.storage.local.set({ [STATE_KEY]: state });
}

export async function loadHistory(): Promise<BreakEvent[]> {
  return readHistory((await browser.storage.local.get(HISTORY_KEY))[HISTORY_KEY]);
}

export async function appendHistory(events: readonly BreakEvent[]): Promise<void> {
  await saveHistory(appendEvents(await loadHistory(), events));
}

export async function saveHistory(history: readonly BreakEvent[]): Promise<void> {
  await browser.storage.local.set({ [HISTORY_KEY]: history });
}

export function onHistoryChanged(callback: (history: BreakEvent[]) => void): Unsubscribe {
  return watch('local', HISTORY_KEY, (raw) => callback(readHistory(raw)));
}

export async function hasState(): Promise<boolean> {
  return (await browser.storage.local.get(STATE_KEY))[STATE_KEY] !== undefined;
}

type Unsubscribe = () => void;

function watch(area: 'sync' | 'local', key: string, callback: (raw: unknown) => void): Unsubscribe {
  const listener = (changes: Record<string, { newValue?: unknown }>, areaName: string) => {
    const change = changes[key];
    if (areaName === area && change) callback(change.newValue);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

export function onSettingsChanged(callback: (settings: Settings) => void): Unsubscribe {
  return watch('sync', SETTINGS_KEY, (raw) => callback(readSettings(raw).settings));
}

export function onStateChanged(callback: (state: State) => void): Unsubscribe {
  return watch('local', STATE_KEY, (raw) => callback(readState(raw, Date.now()).state));
}
