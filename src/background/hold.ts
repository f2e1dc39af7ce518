import { queryIdle } from '../platform/idle';
import { loadState } from '../platform/storage';
import { busyNow } from './busy';
import { dispatch } from './scheduler';

/**
 * A look at the break that waits, if one does: after the check alarm, or an event saying a window
 * or a tab changed. With nothing waiting it stops at the one read that tells.
 */
export async function checkHold(now: number): Promise<void> {
  if (!(await loadState(now)).pending?.waiting) return;
  await dispatch(async (settings, state) => ({ type: 'check', idle: await queryIdle(settings.idleMinutes), busy: await busyNow(settings, state, now) }), now);
}
