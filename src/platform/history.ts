import browser from './browser';
import { appendEvents, readDays, readHistory, type BreakEvent, type HistoryStore } from '../core/history';
import { keepRepair } from './storage';

export const HISTORY_KEY = 'history';
export const DAYS_KEY = 'historyDays';

/** Break history in storage.local: recent events one by one, older days as counts. */
export async function loadHistory(): Promise<HistoryStore> {
  const raw = await browser.storage.local.get([HISTORY_KEY, DAYS_KEY]);
  const { events, dropped } = readHistory(raw[HISTORY_KEY]);
  const { days, dropped: droppedDays } = readDays(raw[DAYS_KEY]);
  const bad = dropped + droppedDays;
  await keepRepair('history', bad > 0 ? [`${bad} malformed entries dropped`] : [], () => saveHistory({ events, days }));
  return { events, days };
}

export async function appendHistory(events: readonly BreakEvent[], now: number): Promise<void> {
  await saveHistory(appendEvents(await loadHistory(), events, now));
}

export async function saveHistory(store: HistoryStore): Promise<void> {
  await browser.storage.local.set({ [HISTORY_KEY]: store.events, [DAYS_KEY]: store.days });
}

