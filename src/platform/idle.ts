import browser from './browser';
import type { IdleState } from '../core/machine';

/** Chrome's smallest detection interval is 15 seconds. */
export function setIdleThreshold(minutes: number): void {
  browser.idle.setDetectionInterval(Math.max(15, Math.round(minutes * 60)));
}

export async function queryIdle(minutes: number): Promise<IdleState> {
  return browser.idle.queryState(Math.max(15, Math.round(minutes * 60)));
}

export function onIdleChanged(callback: (state: IdleState) => Promise<void>): void {
  browser.idle.onStateChanged.addListener((state) => callback(state));
}
