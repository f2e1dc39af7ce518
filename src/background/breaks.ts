import { findDrill } from '../core/catalog';
import { pickDrill } from '../core/rotation';
import { enabledDrillIds } from '../core/settings';
import { rememberDrill, type State } from '../core/state';
import { clearBreakNotification, showBreakNotification } from '../platform/notifications';
import { openDrillSurface } from '../platform/drill-window';
import { loadSettings, loadState, saveState } from '../platform/storage';
import { reschedule } from './scheduler';

export type BreakOrigin = 'alarm' | 'manual';

/**
 * Puts a break on screen. A break already pending keeps its drill, so a repeated alarm
 * reminds the user rather than handing them a different exercise.
 */
export async function startBreak(now: number, origin: BreakOrigin): Promise<State> {
  const [settings, state] = await Promise.all([loadSettings(), loadState(now)]);
  let next = state;
  if (!state.pending) {
    const drillId = pickDrill(enabledDrillIds(settings), state.recentDrills);
    if (!drillId) return state;
    const dueAt = origin === 'alarm' ? (state.nextBreakAt ?? now) : now;
    next = { ...state, pending: { drillId, dueAt, shownAt: now } };
    await saveState(next);
  }
  if (origin === 'alarm') {
    // Every fired alarm is replaced, so an unanswered break comes back as a reminder.
    next = await reschedule(now);
    const drill = findDrill(next.pending!.drillId);
    await showBreakNotification('Time for a desk reset', drill ? `${drill.name} — about a minute.` : 'About a minute.');
    await openDrill(next);
  }
  return next;
}

export async function openDrill(state?: State): Promise<void> {
  const current = state ?? (await loadState(Date.now()));
  const windowId = await openDrillSurface(current.drillWindowId);
  if (windowId !== current.drillWindowId) {
    // Re-read so a change made while the window opened is not overwritten.
    const fresh = await loadState(Date.now());
    await saveState({ ...fresh, drillWindowId: windowId });
  }
}

/** Done or skipped: the timer starts over from now and the next break is scheduled. */
export async function finishBreak(now: number): Promise<State> {
  const state = await loadState(now);
  const recentDrills = state.pending ? rememberDrill(state.recentDrills, state.pending.drillId) : state.recentDrills;
  const next: State = { ...state, pending: null, lastResetAt: now, recentDrills };
  await saveState(next);
  await clearBreakNotification();
  return reschedule(now);
}
