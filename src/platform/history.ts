import browser from './browser';
import type { DrillId } from '../core/catalog/ids';
import { appendEvents, rateLatest, type BreakEvent, type HistoryStore, type Rating, type StoredHistory } from '../core/history';
import { readDays, readHistory } from '../core/history-read';
import { readRecent, recentOf, recentViewOf, RECENT_KEY, type RecentView } from '../core/history-recent';
import { reportOnce } from './report';

export const HISTORY_KEY = 'history';
export const DAYS_KEY = 'historyDays';
/**
 * Held by every writer of the history (both keys, and the recent record beside them): the worker's record of a break, a rating, an
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
    // Only the lists that changed, so a list not touched is never written from an old read; the
    // popup's record of the recent days with them, in the same write.
    const write = { ...(after.events !== before.events ? { [HISTORY_KEY]: after.events } : {}), ...(after.days !== before.days ? { [DAYS_KEY]: after.days } : {}) };
    if (Object.keys(write).length > 0) await browser.storage.local.set({ ...write, [RECENT_KEY]: recentOf(after, Date.now()) });
  });
}

export function appendHistory(events: readonly BreakEvent[], now: number): Promise<void> {
  return changeHistory((stored) => appendEvents(stored, events, now));
}

/** Attaches how the drill felt to its latest finished, unrated run. */
export function rateHistory(drillId: DrillId, rating: Rating): Promise<void> {
  return changeHistory((stored) => ({ ...stored, events: rateLatest(stored.events, drillId, rating) }));
}

/**
 * What the popup shows of the history (today's counts, the streak, when a drill was last done) from
 * the small record every writer keeps beside it; the whole history when that record is missing or
 * not understood.
 */
export async function loadRecentHistory(): Promise<RecentView> {
  const { [RECENT_KEY]: raw } = await browser.storage.local.get(RECENT_KEY);
  return readRecent(raw) ?? recentViewOf(await loadHistory());
}

/**
 * Writes the recent record again from the history as stored: after an install or update, since a
 * version before it (reinstalled on this computer meanwhile) wrote the history without it.
 */
export function refreshRecentHistory(): Promise<void> {
  return navigator.locks.request(HISTORY_LOCK, async () => {
    await browser.storage.local.set({ [RECENT_KEY]: recentOf(await loadStoredHistory(), Date.now()) });
  });
}
