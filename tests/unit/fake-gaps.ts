import { fakeBrowser } from '@webext-core/fake-browser';
import { english } from '../english';

// @webext-core/fake-browser leaves browser.idle, browser.commands, browser.i18n, the action's popup, windows.onBoundsChanged and
// audible tabs unimplemented. This fills those gaps in its style: in-memory state plus events with `trigger`, so the worker's
// wiring runs for real.

type Listener<A extends unknown[]> = (...args: A) => unknown;

function event<A extends unknown[]>() {
  const listeners: Listener<A>[] = [];
  return {
    addListener: (l: Listener<A>) => void listeners.push(l),
    // A listener never added removes nothing, as in the browser.
    removeListener: (l: Listener<A>) => void (listeners.includes(l) && listeners.splice(listeners.indexOf(l), 1)),
    hasListener: (l: Listener<A>) => listeners.includes(l),
    trigger: async (...args: A) => {
      await Promise.all(listeners.map((l) => l(...args)));
    },
    reset: () => void (listeners.length = 0),
    /** How many listeners the event has: each one is a reason for Chromium to wake the worker. */
    count: () => listeners.length,
  };
}

type IdleState = 'active' | 'idle' | 'locked';

let current: IdleState = 'active';
let interval = 60;
const idleChanged = event<[IdleState]>();
const shortcut = event<[string]>();
/** The page the toolbar button opens, as `action.setPopup` left it ('' is the manifest's). */
let popup = '';

export const fakeIdle = {
  get detectionIntervalSeconds() {
    return interval;
  },
  /** Changes the state and tells the listeners, as Chrome does when the user leaves or returns. */
  async set(state: IdleState): Promise<void> {
    current = state;
    await idleChanged.trigger(state);
  },
};

/** Presses a keyboard shortcut declared in the manifest's `commands`. */
export const pressShortcut = (name: string) => shortcut.trigger(name);

const boundsChanged = event<[{ id: number; state: string }]>();
const tabUpdated = event<[number, { audible?: boolean; title?: string }, object]>();
let fullscreenWindow: number | null = null;
let audible = false;

/** A presentation and a call, as the browser shows them: a full-screen window, a tab playing sound. */
export const fakeBusy = {
  /** Opens a full-screen window, or closes it; Chromium reports both as a change of bounds. */
  async fullscreen(on: boolean): Promise<void> {
    if (on && fullscreenWindow === null) fullscreenWindow = (await fakeBrowser.windows.create({ type: 'normal', state: 'fullscreen' }))?.id ?? null;
    if (!on && fullscreenWindow !== null) {
      await fakeBrowser.windows.remove(fullscreenWindow);
      fullscreenWindow = null;
    }
    await boundsChanged.trigger({ id: fullscreenWindow ?? 1, state: 'normal' });
  },
  /** A tab starts or stops playing sound; Chromium sends it as a tab update. */
  async audible(on: boolean): Promise<void> {
    audible = on;
    await tabUpdated.trigger(1, { audible: on }, {});
  },
  /** Any other change of a tab: the title, the address. */
  otherTabChange: () => tabUpdated.trigger(1, { title: 'another page' }, {}),
  /** How many listeners tab updates have: with one, every page load wakes the worker in Chromium. */
  tabListeners: () => tabUpdated.count(),
};

export function resetGaps(): void {
  current = 'active';
  interval = 60;
  idleChanged.reset();
  shortcut.reset();
  popup = '';
  boundsChanged.reset();
  tabUpdated.reset();
  fullscreenWindow = null;
  audible = false;
}

const query = fakeBrowser.tabs.query.bind(fakeBrowser.tabs);
Object.assign(fakeBrowser.windows, { onBoundsChanged: boundsChanged });
Object.assign(fakeBrowser.tabs, {
  // Chromium refuses a filter on this event, as the fake does not; the worker must cope with that.
  onUpdated: { ...tabUpdated, addListener: (l: (...args: [number, { audible?: boolean }, object]) => unknown, filter?: object) => {
    if (filter) throw new Error('This event does not support filters.');
    tabUpdated.addListener(l);
  } },
  query: async (info: { audible?: boolean }) => (info.audible === true ? (audible ? [{ id: 1, index: 0, audible: true }] : []) : query(info)),
});

Object.assign(fakeBrowser.idle, {
  setDetectionInterval: (seconds: number) => {
    interval = seconds;
  },
  queryState: async () => current,
  onStateChanged: idleChanged,
});
Object.assign(fakeBrowser.commands, { onCommand: shortcut });
Object.assign(fakeBrowser.action, {
  setPopup: async (details: { popup: string }) => {
    popup = details.popup;
  },
  getPopup: async () => popup,
});

export { english };
Object.assign(fakeBrowser.i18n, { getMessage: english, getUILanguage: () => 'en-US' });
