import { canSnooze } from '../core/machine';
import type { Settings } from '../core/settings';
import type { State } from '../core/state';
import { openDrillSurface } from '../platform/drill-window';
import { BREAK_NOTIFICATION, HEADS_UP_NOTIFICATION, notify, ROUTINE_NOTIFICATIONS } from '../platform/notifications';
import { routineMinutes, routinePlan, ROUTINES, type RoutineKind } from '../core/routines';
import { breakLength, drillName } from '../core/drill';
import { CATALOG } from '../core/catalog';
import type { Drill } from '../core/drill';
import { findIn } from '../core/own-world';
import { t, tm } from '../platform/i18n';
import { atLevel } from '../core/leveled';
import { loadLevels } from '../platform/levels';
import { loadState, saveState } from '../platform/storage';

/** Notification buttons, in order; the worker maps a click back through this list. */
export const BUTTON_START = 0;
export const BUTTON_SNOOZE = 1;

/**
 * Puts the pending break in front of the user: a notification and the drill itself. A `quiet` one
 * (a break that waited its longest for a meeting or presentation) is a silent notification only:
 * never a window over the full-screen one.
 */
export async function present(state: State, settings: Settings, quiet = false, drills: readonly Drill[] = CATALOG): Promise<void> {
  if (!state.pending) return;
  const buttons = [t('notify_button_start'), ...(canSnooze(state, settings) ? [t('snooze_n', [String(settings.snoozeMinutes[0])])] : [])];
  const { drillId } = state.pending;
  // Read while the drill opens: the notification says how long the drill takes at the user's level.
  const levels = drillId ? loadLevels() : null;
  // The drill first. Asked together, the notification (sent while the worker still looks for a
  // focused window) is built first and the window waits behind it; the drill is what the user came for.
  try {
    if (settings.openDrillAutomatically && !quiet) await openDrill(state);
  } finally {
    const drill = drillId ? findIn(drills, drillId) : undefined;
    // A drill id without its drill: an own drill deleted while the break waited (snoozed, held).
    const body = drill ? t('notify_body', [drillName(drill, t), tm(breakLength(atLevel(drill, (await levels)!, settings).drill, settings.drillCapSeconds))]) : t(drillId ? 'ownb_removed_notify' : 'notify_body_none');
    await notify(BREAK_NOTIFICATION, t(quiet ? 'notify_title_waited' : 'notify_title'), body, buttons, quiet);
  }
}

export async function openDrill(state: State): Promise<void> {
  const windowId = await openDrillSurface(state.drillWindowId);
  if (windowId !== state.drillWindowId) {
    // Re-read so a change made while the window opened is not overwritten.
    const fresh = await loadState(Date.now());
    await saveState({ ...fresh, drillWindowId: windowId });
  }
}

export async function warnAhead(state: State, now: number): Promise<void> {
  // Stryker disable next-line ConditionalExpression: without the null check, null <= now holds all the same; it is kept to say so.
  if (state.pending || state.pause || state.nextBreakAt === null || state.nextBreakAt <= now) return;
  const minutes = Math.max(1, Math.round((state.nextBreakAt - now) / 60_000));
  await notify(HEADS_UP_NOTIFICATION, t('headsup_title', [String(minutes)]), t('headsup_body'));
}

/** The routine's notification; a click on it opens the routine in a compact window. */
export async function announceRoutine(kind: RoutineKind, settings: Settings, drills: readonly Drill[] = CATALOG): Promise<void> {
  const plan = routinePlan(kind, settings, drills);
  if (plan.length === 0) return;
  const minutes = routineMinutes(plan);
  await notify(ROUTINE_NOTIFICATIONS[kind], t('routine_notify_title', [t(ROUTINES[kind].title), String(minutes)]), plan.map((step) => drillName(step.drill, t)).join(', '));
}
