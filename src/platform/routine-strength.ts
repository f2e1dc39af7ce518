import browser from './browser';
import { addRoutineStrength, readRoutineStrength } from '../core/routine-strength';

export const ROUTINE_STRENGTH_KEY = 'routineStrength';
/** Held by every writer: a routine's page, clearing the history. */
export const ROUTINE_STRENGTH_LOCK = 'desk-reset-routine-strength';

/** Seconds of strengthening done in routines, per local day. */
export async function loadRoutineStrength(): Promise<Record<string, number>> {
  return readRoutineStrength((await browser.storage.local.get(ROUTINE_STRENGTH_KEY))[ROUTINE_STRENGTH_KEY]);
}

/** A routine's strength drill done now, for `seconds`. */
export function countRoutineStrength(now: number, seconds: number): Promise<void> {
  return navigator.locks.request(ROUTINE_STRENGTH_LOCK, async () => {
    const stored = (await browser.storage.local.get(ROUTINE_STRENGTH_KEY))[ROUTINE_STRENGTH_KEY];
    await browser.storage.local.set({ [ROUTINE_STRENGTH_KEY]: addRoutineStrength(stored, now, seconds) });
  });
}
