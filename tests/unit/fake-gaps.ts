import { fakeBrowser } from '@webext-core/fake-browser';
import { english } from '../english';

// @webext-core/fake-browser leaves browser.idle, browser.commands, browser.i18n and the action's popup unimplemented. This fills those
// gaps in its style: in-memory state plus events with `trigger`, so the worker's wiring runs for real.

type Listener<A extends unknown[]> = (...args: A) => unknown;

function event<A extends unknown[]>() {
  const listeners: Listener<A>[] = [];
  return {
    addListener: (l: Listener<A>) => void listeners.push(l),
    removeListener: (l: Listener<A>) => void listeners.splice(listeners.indexOf(l), 1),
    hasListener: (l: Listener<A>) => listeners.includes(l),
    trigger: async (...args: A) => {
      await Promise.all(listeners.map((l) => l(...args)));
    },
    reset: () => void (listeners.length = 0),
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

export function resetGaps(): void {
  current = 'active';
  interval = 60;
  idleChanged.reset();
  shortcut.reset();
  popup = '';
}

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
