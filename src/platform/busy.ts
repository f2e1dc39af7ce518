import browser from './browser';
import type { BusySignals, SignalsWanted } from '../core/busy';
import { callInTabs } from './call-sites';

// What the browser says about the user being busy: window states and which tabs play sound,
// through APIs that need no permission (without the "tabs" permission a tab says only that); and,
// once the user allowed the meeting sites, which of those sites' tabs is at a meeting room.

// Firefox for Android has no windows API: there no window is full screen as far as we can tell.
const windows = (): typeof browser.windows | undefined => browser.windows as typeof browser.windows | undefined;

/** Reads only the signals asked for: a user who holds breaks for neither costs no lookup. */
export async function readSignals(wanted: SignalsWanted): Promise<BusySignals> {
  const all = windows();
  const [fullscreen, audible, call] = await Promise.all([
    wanted.fullscreen && all !== undefined && all.getAll().then((list) => list.some((w) => w.state === 'fullscreen')),
    wanted.audible && browser.tabs.query({ audible: true }).then((tabs) => tabs.length > 0),
    wanted.call ? callInTabs() : null,
  ]);
  return { fullscreen, audible, call };
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

/** The holds that need tab events: sound (a tab starts or stops playing it) and calls (a tab changes address); for both, a tab that closes. */
export interface TabsWanted {
  sound: boolean;
  calls: boolean;
}

let tabsChanged: (() => Promise<void>) | null = null;
// One function each for the life of the worker, so they can be taken off again. An update that
// changes neither sound nor address is let go at once, before anything is read. (Without the
// "tabs" permission an address shows only for the meeting sites, once allowed: a tab that leaves
// one for another site says only that it loads, and the hold's check each minute finds it.)
const tabUpdated = (_tabId: number, change: { audible?: boolean; url?: string }) =>
  (change.audible === undefined && change.url === undefined) || !tabsChanged ? undefined : tabsChanged();
const tabRemoved = () => tabsChanged?.();

/**
 * Names what to call when a tab starts or stops playing sound, changes address or closes. Nothing
 * listens until listenForTabs asks for it: Chromium starts a stopped worker for every event it has
 * a listener for, and it cannot filter tab updates to a change of sound or address, so a listener
 * left on would wake the worker at every page load, for nothing while neither hold is on.
 */
export function onTabsChanged(callback: () => Promise<void>): void {
  tabsChanged = callback;
}

/**
 * Listens to tab updates and closes while the sound hold or the call hold is on, else not. Firefox
 * filters updates to a change of sound or address; Chromium refuses the filter (it throws), so
 * there every update is looked at and all others let go at once.
 */
export function listenForTabs(wanted: TabsWanted): void {
  const on = wanted.sound || wanted.calls;
  const { onUpdated, onRemoved } = browser.tabs;
  if (onUpdated.hasListener(tabUpdated) !== on) {
    if (!on) onUpdated.removeListener(tabUpdated);
    else {
      try {
        onUpdated.addListener(tabUpdated, { properties: ['audible', 'url'] });
      } catch {
        onUpdated.addListener(tabUpdated);
      }
    }
  }
  if (onRemoved.hasListener(tabRemoved) !== on) {
    if (on) onRemoved.addListener(tabRemoved);
    else onRemoved.removeListener(tabRemoved);
  }
}

/**
 * The same at a worker's start, once the settings are read. With both holds off it also takes off
 * the listeners an earlier run of the worker added: Chromium keeps those on record (they may be why
 * this run started), and only taking a listener off tells it to forget; so ours go on and off.
 */
export function listenForTabsFromStart(wanted: TabsWanted): void {
  if (!wanted.sound && !wanted.calls) listenForTabs({ sound: true, calls: true });
  listenForTabs(wanted);
}
