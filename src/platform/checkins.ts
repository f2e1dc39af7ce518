import browser from './browser';
import { readCheckIns, withCheckIn, type CheckIn } from '../core/checkin';
import { reportOnce } from './report';
import { watch, type Unsubscribe } from './watch';

export const CHECKINS_KEY = 'checkIns';
/** Held by every writer of the check-ins: the popup or the progress page answering, an import, clearing the history. */
export const CHECKINS_LOCK = 'desk-reset-checkins';

/** The weekly check-ins this version reads, oldest week first; the rest stays stored as it is. */
export async function loadCheckIns(): Promise<CheckIn[]> {
  const { checkIns, skipped } = readCheckIns((await browser.storage.local.get(CHECKINS_KEY))[CHECKINS_KEY]);
  if (skipped > 0) reportOnce(`check-ins: ${skipped} entries left out`);
  return checkIns;
}

/** Records the week's answer (or its dismissal), in place of any earlier one for that week. */
export function saveCheckIn(entry: CheckIn): Promise<void> {
  return navigator.locks.request(CHECKINS_LOCK, async () => {
    const stored = (await browser.storage.local.get(CHECKINS_KEY))[CHECKINS_KEY];
    await browser.storage.local.set({ [CHECKINS_KEY]: withCheckIn(stored, entry) });
  });
}

export function onCheckInsChanged(callback: () => void): Unsubscribe {
  return watch('local', CHECKINS_KEY, callback);
}
