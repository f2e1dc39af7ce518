import { fakeBrowser } from '@webext-core/fake-browser';

// @webext-core/fake-browser leaves browser.idle unimplemented. This fills that gap in its style:
// in-memory state plus an event with `trigger`, so the worker's idle wiring runs for real.

type IdleState = 'active' | 'idle' | 'locked';
type Listener = (state: IdleState) => unknown;

let current: IdleState = 'active';
let interval = 60;
const listeners: Listener[] = [];

export const fakeIdle = {
  get detectionIntervalSeconds() {
    return interval;
  },
  /** Changes the state and tells the listeners, as Chrome does when the user leaves or returns. */
  async set(state: IdleState): Promise<void> {
    current = state;
    await Promise.all(listeners.map((l) => l(state)));
  },
  reset(): void {
    current = 'active';
    interval = 60;
    listeners.length = 0;
  },
};

Object.assign(fakeBrowser.idle, {
  setDetectionInterval: (seconds: number) => {
    interval = seconds;
  },
  queryState: async () => current,
  onStateChanged: {
    addListener: (l: Listener) => listeners.push(l),
    removeListener: (l: Listener) => listeners.splice(listeners.indexOf(l), 1),
    hasListener: (l: Listener) => listeners.includes(l),
  },
});
