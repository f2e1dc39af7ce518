import browser from './browser';
import type { BusySignals } from '../core/busy';

// What the browser says about the user being busy, through the APIs that need no permission:
// window states, and which tabs play sound (without the "tabs" permission a tab says only that).

/** Reads only the signals asked for: a user who holds breaks for neither costs no lookup. */
export async function readSignals(wanted: BusySignals): Promise<BusySignals> {
  const [fullscreen, audible] = await Promise.all([
    wanted.fullscreen && browser.windows.getAll().then((all) => all.some((w) => w.state === 'fullscreen')),
    wanted.audible && browser.tabs.query({ audible: true }).then((tabs) => tabs.length > 0),
  ]);
  return { fullscreen, audible };
}

// Listeners return the handler's promise, as elsewhere here: the browser ignores it, and tests can await it.
type BoundsEvent = { addListener(callback: () => unknown): void };

/**
 * Calls back when a window may have entered or left full screen. Chromium tells with
 * windows.onBoundsChanged (whose own state is the old one, so callers read the state anew);
 * Firefox has no such event and the Firefox build leaves it out, so there the check alarm finds it.
 */
export function onFullscreenMaybeChanged(callback: () => Promise<void>): void {
  if (import.meta.env.MODE === 'firefox') return;
  (browser.windows as unknown as { onBoundsChanged?: BoundsEvent }).onBoundsChanged?.addListener(() => callback());
}

/**
 * Calls back when a tab starts or stops playing sound. Firefox can filter the event to that
 * change; Chromium cannot (it throws on a filter), so every update is looked at and all but a
 * change of sound are let go at once, before anything is read.
 */
export function onAudibleChanged(callback: () => Promise<void>): void {
  const listener = (_tabId: number, change: { audible?: boolean }) => (change.audible === undefined ? undefined : callback());
  try {
    browser.tabs.onUpdated.addListener(listener, { properties: ['audible'] });
  } catch {
    browser.tabs.onUpdated.addListener(listener);
  }
}
