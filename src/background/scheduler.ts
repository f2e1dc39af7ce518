import { nextBreakAt } from '../core/schedule';
import { initialState, type State } from '../core/state';
import { setBreakAlarm } from '../platform/alarms';
import { hasState, loadSettings, loadState, saveState } from '../platform/storage';

/**
 * Recomputes the next break from the stored last reset and the current settings, stores it,
 * and (re)creates the one break alarm. Safe to call from any event: it reads everything it needs.
 */
export async function reschedule(now: number): Promise<State> {
  const [settings, state] = await Promise.all([loadSettings(), loadState(now)]);
  const when = nextBreakAt(state, settings, now);
  const next = { ...state, nextBreakAt: when };
  await saveState(next);
  await setBreakAlarm(when, settings.intervalMinutes);
  return next;
}

/** On install and browser start: first run starts the clock; later runs rebuild the alarm from storage. */
export async function ensureSchedule(now: number): Promise<State> {
  if (!(await hasState())) await saveState(initialState(now));
  return reschedule(now);
}
