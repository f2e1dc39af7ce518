import browser from './browser';
import type { BusySignals, SignalsWanted } from '../core/busy';

// What the browser says about the user being busy, through the APIs that need no permission:
// window states, and which tabs play sound (without the "tabs" permission a tab says only that).

// Firefox for Android has no windows API: there no window is full screen as far as we can tell.
const windows = (): typeof browser.windows | undefined => browser.windows as typeof browser.windows | undefined;

/** Reads only the signals asked for: a user who holds breaks for neither costs no lookup. */
export async function readSignals(wanted: SignalsWanted): Promise<BusySignals> {
  const all = windows();
  const [fullscreen, audible] = await Promise.all([
    wanted.fullscreen && all !== undefined && all.getAll().then((list) => list.some((w) => w.state === 'fullscreen')),
    wanted.audible && browser.tabs.query({ audible: true }).then((tabs) => tabs.length > 0),
  ]);
  return { fullscreen, audible, call: null };
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
  (windows() as { onBoundsChanged?: BoundsEvent } | undefined)?.onBoundsChanged?.addListener(() => callback());
}

let soundChanged: (() => Promise<void>) | null = null;
// One function for the life of the worker, so it can be taken off again.
const tabUpdated = (_tabId: number, change: { audible?: boolean }) => (change.audible === undefined || !soundChanged ? undefined : soundChanged());

/**
 * Names what to call when a tab starts or stops playing sound. Nothing listens until
 * listenForSound(true): Chromium starts a stopped worker for every event it has a listener for,
 * and it cannot filter tab updates to a change of sound, so a listener left on would wake the
 * worker at every page load, for nothing while the sound hold is off.
 */
export function onAudibleChanged(callback: () => Promise<void>): void {
  soundChanged = callback;
}

/**
 * Listens to tab updates while `on` (the sound hold is on), else not. Firefox filters the event to
 * a change of sound; Chromium refuses the filter (it throws), so there every update is looked at
 * and all but a change of sound let go at once, before anything is read.
 */
export function listenForSound(on: boolean): void {
  const event = browser.tabs.onUpdated;
  if (event.hasListener(tabUpdated) === on) return;
  if (!on) return event.removeListener(tabUpdated);
  try {
    event.addListener(tabUpdated, { properties: ['audible'] });
  } catch {
    event.addListener(tabUpdated);
  }
}

/**
 * The same at a worker's start, once the settings are read. With the hold off it also takes off a
 * listener an earlier run of the worker added: Chromium keeps that one on record (it may be why
 * this run started), and only taking a listener off tells it to forget; so ours goes on and off.
 */
export function listenForSoundFromStart(on: boolean): void {
  if (!on) listenForSound(true);
  listenForSound(on);
}
