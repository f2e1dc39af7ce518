// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { options, render } from 'preact';
import { fakeBrowser } from '@webext-core/fake-browser';
import { DEFAULT_SETTINGS, toStored, type Settings } from '../../../src/core/settings';
import { SAVE_DELAY_MS, useAutosave } from '../../../src/options/autosave';

// A settings change from elsewhere (another tab, the popup, the worker) can land while the page's
// effects wait for a frame: in a hidden tab, where frames stop and timers run once a second, for a
// second or more. The form must not save its older values over that change meanwhile (issue 27's
// note: Firefox's wake test caught it once the settings page drew only when all its reads had answered).

function Form({ stored }: { stored: Settings }) {
  const { settings } = useAutosave(stored);
  return <p>{settings.intervalMinutes}</p>;
}

const storedInterval = async () => ((await fakeBrowser.storage.sync.get('settings')).settings as { intervalMinutes?: number }).intervalMinutes;

let held: (() => void)[] = [];
const previousFrame = options.requestAnimationFrame;
const flushEffects = () => {
  const due = held;
  held = [];
  due.forEach((run) => run());
};
let root: HTMLElement;

beforeEach(() => {
  vi.useFakeTimers();
  // Preact runs effects after the next frame: hold them, as a hidden tab does.
  options.requestAnimationFrame = (run) => void held.push(run);
  root = document.createElement('div');
});
afterEach(async () => {
  render(null, root);
  flushEffects();
  options.requestAnimationFrame = previousFrame;
  await vi.runOnlyPendingTimersAsync();
  vi.useRealTimers();
});

describe('a change from elsewhere while the form waits for a frame', () => {
  it('is not overwritten by the values the form held before it', async () => {
    await fakeBrowser.storage.sync.set({ settings: toStored(DEFAULT_SETTINGS) });
    render(<Form stored={DEFAULT_SETTINGS} />, root);
    flushEffects();
    const elsewhere = { ...DEFAULT_SETTINGS, intervalMinutes: 45 };
    await fakeBrowser.storage.sync.set({ settings: toStored(elsewhere) });
    render(<Form stored={elsewhere} />, root);
    expect(root.textContent).toBe('45');
    // One frame's effects run; the redraw they ask for happens, but its effects wait for the next frame.
    flushEffects();
    await Promise.resolve();
    await Promise.resolve();
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS + 10);
    expect(await storedInterval()).toBe(45);
  });
});
