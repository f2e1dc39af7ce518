import browser from './browser';
import { readSettings, toStored, type Settings } from '../core/settings';
import { readState, type State } from '../core/state';
import { appendEvents, readDays, readHistory, type BreakEvent, type HistoryStore } from '../core/history';

const SETTINGS_KEY = 'settings';
const STATE_KEY = 'state';
const HISTORY_KEY = 'history';
const DAYS_KEY = 'historyDays';

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

/** Break history in storage.local: recent events one by one, older days as counts. */
export async function loadHistory(): Promise<HistoryStore> {
  const raw = await browser.storage.local.get([HISTORY_KEY, DAYS_KEY]);
  const { events, dropped } = readHistory(raw[HISTORY_KEY]);
  const { days, dropped: droppedDays } = readDays(raw[DAYS_KEY]);
  if (dropped + droppedDays > 0) {
    console.warn(`Desk Reset dropped ${dropped + droppedDays} malformed history entries and kept the rest.`);
    await saveHistory({ events, days });
  }
  return { events, days };
}

export async function appendHistory(events: readonly BreakEvent[], now: number): Promise<void> {
  await saveHistory(appendEvents(await loadHistory(), events, now));
}

export async function saveHistory(store: HistoryStore): Promise<void> {
  await browser.storage.local.set({ [HISTORY_KEY]: store.events, [DAYS_KEY]: store.days });
}

export function onHistoryChanged(callback: (store: HistoryStore) => void): Unsubscribe {
  const stopEvents = watch('local', HISTORY_KEY, () => void loadHistory().then(callback));
  const stopDays = watch('local', DAYS_KEY, () => void loadHistory().then(callback));
  return () => {
    stopEvents();
    stopDays();
  };
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
