// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { fakeBrowser } from '@webext-core/fake-browser';
import { DRILL_IDS } from '../../../src/core/catalog';
import { DEFAULT_SETTINGS, toStored } from '../../../src/core/settings';
import { initialState } from '../../../src/core/state';
import type * as PopupModule from '../../../src/popup/Popup';

const NOW = Date.now();

async function breakWithout() {
  await fakeBrowser.storage.sync.set({ settings: toStored({ ...DEFAULT_SETTINGS, safetyAcknowledged: true, painfulDrills: [...DRILL_IDS] }) });
  const pending = { drillId: null, dueAt: NOW - 1000, shownAt: NOW - 1000, snoozedUntil: null, held: false, swapped: [], waiting: null };
  await fakeBrowser.storage.local.set({ state: { ...initialState(NOW - 60_000), pending } });
}

// The popup's stores are made once per module registry: a fresh one for each test, so it reads
// this test's storage and not what an earlier file left in the stores (files share the registry).
let Popup: typeof PopupModule.Popup;
beforeEach(async () => {
  vi.resetModules();
  ({ Popup } = await import('../../../src/popup/Popup'));
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('a break with no drill that did not hurt', () => {
  it('offers no drill, says none is available, and leads to the exercise settings', async () => {
    await breakWithout();
    const tabs = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    render(<Popup />);
    expect(await screen.findByRole('heading', { name: 'No drill available' })).toBeTruthy();
    expect(screen.queryByTestId('timer')).toBeNull();
    expect(document.querySelector('#drill-name')).toBeNull();
    expect(screen.getByText(/Every drill is marked as painful/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Open exercise settings' }));
    expect(tabs).toHaveBeenCalledWith({ url: fakeBrowser.runtime.getURL('src/options/index.html#exercises') });
    expect(close).toHaveBeenCalled();
  });

  it('Skip answers the break', async () => {
    await breakWithout();
    const sent = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    render(<Popup />);
    fireEvent.click(await screen.findByRole('button', { name: 'Skip' }));
    expect(sent).toHaveBeenCalledWith({ type: 'finish', outcome: 'skipped' });
  });
});
