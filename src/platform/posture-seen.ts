import browser from './browser';
import { addPostureSeen, readPostureSeen } from '../core/posture-seen';
import { watch, type Unsubscribe } from './watch';

export const POSTURE_SEEN_KEY = 'postureSeen';
/** Held by every writer of the count (the worker, clearing the history). */
export const POSTURE_SEEN_LOCK = 'desk-reset-posture-seen';

/** Posture resets seen, per local day (yyyy-MM-dd). */
export async function loadPostureSeen(): Promise<Record<string, number>> {
  return readPostureSeen((await browser.storage.local.get(POSTURE_SEEN_KEY))[POSTURE_SEEN_KEY]);
}

/** One more reset seen today, in turn with every other writer. */
export function countPostureSeen(now: number): Promise<void> {
  return navigator.locks.request(POSTURE_SEEN_LOCK, async () => {
    const stored = (await browser.storage.local.get(POSTURE_SEEN_KEY))[POSTURE_SEEN_KEY];
    await browser.storage.local.set({ [POSTURE_SEEN_KEY]: addPostureSeen(stored, now) });
  });
}

export function onPostureSeenChanged(callback: () => void): Unsubscribe {
  return watch('local', POSTURE_SEEN_KEY, callback);
}
