import browser from './browser';
import type { DrillId } from '../core/catalog/ids';
import { appendEvents, rateLatest, type BreakEvent, type HistoryStore, type Rating, type StoredHistory } from '../core/history';
import { readDays, readHistory } from '../core/history-read';
import { reportOnce } from './report';

export const HISTORY_KEY = 'history';
export const DAYS_KEY = 'historyDays';
/**
 * Held by every writer of the history (both keys): the worker's record of a break, a rating, an
 * import, clearing it. Locks are taken in one order, history → levels → settings, never the other
 * way, so two writers needing several never wait on each other.
 */
export const HISTORY_LOCK = 'desk-reset-history';

const listOf = (raw: unknown): readonly unknown[] => (Array.isArray(raw) ? raw : []);

/** The history as stored, every entry as found, for a writer holding HISTORY_LOCK. */
export async function loadStoredHistory(): Promise<StoredHistory> {
  const raw = await browser.storage.local.get([HISTORY_KEY, DAYS_KEY]);
  return { events: listOf(raw[HISTORY_KEY]), days: listOf(raw[DAYS_KEY]) };
}

/**
 * Break history in storage.local as this version understands it: recent events one by one, older
 * days as counts. Only reads: what it cannot use stays stored as it is (see core/history-read.ts).
 */
export async function loadHistory(): Promise<HistoryStore> {
  const raw = await browser.storage.local.get([HISTORY_KEY, DAYS_KEY]);
  const { events, malformed } = readHistory(raw[HISTORY_KEY]);
  const { days, malformed: badDays } = readDays(raw[DAYS_KEY]);
  if (malformed + badDays > 0) reportOnce(`history: ${malformed + badDays} malformed entries left out`);
  return { events, days };
}

/** The one way history is written: `change` on the history as stored now, in turn with every other writer. */
export function changeHistory(change: (stored: StoredHistory) => StoredHistory): Promise<void> {
  return navigator.locks.request(HISTORY_LOCK, async () => {
    const before = await loadStoredHistory();
    const after = change(before);
    // Only the lists that changed, so a list not touched is never written from an old read.
    const write = { ...(after.events !== before.events ? { [HISTORY_KEY]: after.events } : {}), ...(after.days !== before.days ? { [DAYS_KEY]: after.days } : {}) };
    if (Object.keys(write).length > 0) await browser.storage.local.set(write);
  });
}

export function appendHistory(events: readonly BreakEvent[], now: number): Promise<void> {
  return changeHistory((stored) => appendEvents(stored, events, now));
}

/** Attaches how the drill felt to its latest finished, unrated run. */
export function rateHistory(drillId: DrillId, rating: Rating): Promise<void> {
  return changeHistory((stored) => ({ ...stored, events: rateLatest(stored.events, drillId, rating) }));
}
