// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { fakeBrowser } from '@webext-core/fake-browser';
import { DEFAULT_SETTINGS, toStored } from '../../../src/core/settings';
import { WRITE_GAP_MS } from '../../../src/platform/live';
import { RETRY_MS, SAVE_DELAY_MS, SettingsForm } from '../../../src/options/SettingsForm';

const storedInterval = async () => ((await fakeBrowser.storage.sync.get('settings')).settings as { intervalMinutes?: number } | undefined)?.intervalMinutes;
const status = () => screen.getByTestId('save-status').textContent;
const advance = (ms: number) =>
  act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });

beforeEach(async () => {
  vi.useFakeTimers();
  await fakeBrowser.storage.sync.set({ settings: toStored(DEFAULT_SETTINGS) });
  render(<SettingsForm stored={DEFAULT_SETTINGS} state={null} />);
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

function typeInterval(value: string) {
  fireEvent.input(screen.getByLabelText('Minutes between breaks'), { target: { value } });
}

describe('saving as you go', () => {
  it('a failed write says so, keeps the edit, and saves it on the next try', async () => {
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded'));
    typeInterval('60');
    await advance(SAVE_DELAY_MS + 10);
    expect(status()).toMatch(/^Could not save: .*quota exceeded.*saved again/);
    expect(await storedInterval()).toBe(90);
    await advance(RETRY_MS + 10);
    await advance(SAVE_DELAY_MS + 10);
    expect(set).toHaveBeenCalledTimes(2);
    expect(await storedInterval()).toBe(60);
    expect(status()).toBe('All changes saved.');
  });

  it('writes from quick edits are spaced, so storage.sync never sees more than 120 a minute', async () => {
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    // For ten seconds, a new value just as each pause before saving runs out.
    const span = 10_000;
    for (let t = 0; t < span; t += SAVE_DELAY_MS + 1) {
      typeInterval(String(20 + (t % 200)));
      await advance(SAVE_DELAY_MS + 1);
    }
    expect(WRITE_GAP_MS).toBeGreaterThanOrEqual(60_000 / 120);
    expect(set.mock.calls.length).toBeGreaterThan(5);
    expect(set.mock.calls.length).toBeLessThanOrEqual(span / WRITE_GAP_MS + 1);
  });
});
