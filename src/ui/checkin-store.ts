import { checkInDue, type CheckIn } from '../core/checkin';
import type { HistoryView } from '../core/today';
import { fromDayKey } from '../core/history';
import { firstDrillDay } from '../core/journey';
import type { Settings } from '../core/settings';
import { loadCheckIns, onCheckInsChanged } from '../platform/checkins';
import { useStore } from './hooks';
import { liveStore, type LiveStore } from './live-store';

// Apart from hooks.ts: only a page that may ask the week's check-in (the popup after a drill, the
// progress page) reads them.

let store: LiveStore<CheckIn[]> | undefined;
export const checkInsStore = (): LiveStore<CheckIn[]> =>
  (store ??= liveStore(loadCheckIns, (callback) => onCheckInsChanged(() => void loadCheckIns().then(callback))));

/** The weekly check-ins, oldest week first, kept live; null while first read. */
export const useCheckIns = (): CheckIn[] | null => useStore(checkInsStore());

/** For tests that import the pages afresh: the next page reads the check-ins again. */
export function forgetCheckInsStore(): void {
  store = undefined;
}

/** The local midnight of the first day with a drill done: the journey's week 1 starts that week. */
export function firstDrillAt(history: HistoryView | null): number | null {
  const day = history ? firstDrillDay(history) : null;
  return day === null ? null : fromDayKey(day).getTime();
}

/** Whether to ask the week's check-in now; false while anything is still being read. */
export function dueNow(checkIns: readonly CheckIn[] | null, first: number | null, settings: Pick<Settings, 'weeklyCheckIn'> | null, now: number): boolean {
  return checkIns !== null && settings !== null && checkInDue(checkIns, first, settings, now);
}
