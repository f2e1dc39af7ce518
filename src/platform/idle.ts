import browser from './browser';
import type { IdleState } from '../core/machine';

// Idle detection is optional (an embedder may leave it out, a query may fail): without it the user
// counts as at the desk, as they would if they never left it. Breaks still come on time.
const idle = (): typeof browser.idle | undefined => browser.idle as typeof browser.idle | undefined;

/** Chrome's smallest detection interval is 15 seconds. */
function seconds(minutes: number): number {
  return Math.max(15, Math.round(minutes * 60));
}

export function setIdleThreshold(minutes: number): void {
  idle()?.setDetectionInterval(seconds(minutes));
}

export async function queryIdle(minutes: number): Promise<IdleState> {
  try {
    return (await idle()?.queryState(seconds(minutes))) ?? 'active';
  } catch {
    return 'active';
  }
}

export function onIdleChanged(callback: (state: IdleState) => Promise<void>): void {
  idle()?.onStateChanged.addListener((state) => callback(state));
}
