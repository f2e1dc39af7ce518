// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen } from '@testing-library/preact';
import { fakeBrowser } from '@webext-core/fake-browser';
import { DEFAULT_SETTINGS, toStored } from '../../../src/core/settings';
import { loadSettings } from '../../../src/platform/storage';
import { REFILL_MS } from '../../../src/core/pace';
import { SAVE_DELAY_MS } from '../../../src/options/autosave';
import type * as WelcomeModule from '../../../src/welcome/Welcome';
import { fakeTimerPages } from './fake-timer-page';

// Issue 25: the welcome's day step offers the posture resets (off until chosen) with the reason,
// and the standing desk's sit-stand rhythm; each choice is saved as the step saves the others.

vi.mock('../../../src/platform/call-sites', () => ({
  hasCallSites: () => Promise.resolve(false),
  requestCallSites: () => Promise.resolve(false),
  onCallSitesChanged: () => () => undefined,
}));

let Welcome: typeof WelcomeModule.Welcome;
const advance = (ms: number) =>
  act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
const box = (name: string | RegExp) => screen.getByRole('checkbox', { name }) as HTMLInputElement;

beforeEach(async () => {
  vi.useFakeTimers();
  // A page of its own: its settings are read from the storage each test sets up.
  vi.resetModules();
  ({ Welcome } = await import('../../../src/welcome/Welcome'));
  await fakeBrowser.storage.sync.set({ settings: toStored({ ...DEFAULT_SETTINGS, safetyAcknowledged: true }) });
  render(<Welcome progress={{ step: 'hours', finishedAt: null }} />);
  await advance(0);
});
fakeTimerPages();

describe('the welcome’s day step', { timeout: 20_000 }, () => {
  it('offers posture resets, off, with the reason; chosen, they are saved with the rest of the day', async () => {
    expect(screen.getByRole('heading', { level: 2 }).closest('section')!.getAttribute('data-step')).toBe('hours');
    const resets = box('Posture resets between drills');
    expect(resets.checked).toBe(false);
    expect(document.getElementById(resets.getAttribute('aria-describedby')!)!.textContent).toContain('change posture every 20–30 minutes');
    fireEvent.click(resets);
    fireEvent.input(screen.getByLabelText('Minutes between breaks'), { target: { value: '60' } });
    fireEvent.click(box(/I have a standing desk/));
    fireEvent.input(screen.getByLabelText('Minutes standing'), { target: { value: '10' } });
    await advance(SAVE_DELAY_MS + REFILL_MS);
    const saved = await loadSettings();
    expect([saved.postureResets, saved.sitStand, saved.standMinutes, saved.intervalMinutes]).toEqual([true, true, 10, 60]);
    expect(screen.getByTestId('save-status').textContent).toBe('All changes saved.');
  });
});
