// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import { fakeBrowser } from '@webext-core/fake-browser';
import { DRILL_IDS } from '../../../src/core/catalog';
import type { DrillId } from '../../../src/core/catalog/ids';
import { drillWorld } from '../../../src/core/own-world';
import { DEFAULT_SETTINGS, OWNABLE_EQUIPMENT, SPACES, toStored, type Settings } from '../../../src/core/settings';
import { initialState } from '../../../src/core/state';
import type * as PopupModule from '../../../src/popup/Popup';
import type * as PendingModule from '../../../src/popup/PendingDrill';
import { yRaise } from './own-break-drills';

// Issue 24, review: with every drill switched off, the worker treats every drill as on (a
// rotation is never empty); the popup says the same, rather than "nothing fits" and no Swap.

const NOW = Date.now();
const everything = { ...DEFAULT_SETTINGS, equipment: [...OWNABLE_EQUIPMENT], spaces: [...SPACES], soundCues: false, safetyAcknowledged: true };
const allOff: Settings = { ...everything, disabledDrills: [...DRILL_IDS, 'own-yraise'] };

let Popup: typeof PopupModule.Popup;
let fallbackFor: typeof PendingModule.fallbackFor;
beforeEach(async () => {
  vi.resetModules();
  ({ Popup } = await import('../../../src/popup/Popup'));
  ({ fallbackFor } = await import('../../../src/popup/PendingDrill'));
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('every drill switched off', () => {
  it('the drill on screen is no stand-in: the rotation has every drill, as the worker picks', () => {
    const world = drillWorld([yRaise]);
    expect(fallbackFor(allOff, initialState(NOW), world)).toBeNull();
    expect(fallbackFor({ ...allOff, painfulDrills: [...DRILL_IDS, 'own-yraise'] }, initialState(NOW), world)).toMatch(/^No drill in your rotation fits right now/);
  });

  it('a break whose drill was deleted offers Swap, as the worker has drills to swap to', async () => {
    await fakeBrowser.storage.sync.set({ settings: toStored(allOff) });
    const pending = { drillId: 'own-gone' as DrillId, dueAt: NOW - 1000, shownAt: NOW - 1000, snoozedUntil: null, held: false, swapped: [], waiting: null };
    await fakeBrowser.storage.local.set({ state: { ...initialState(NOW - 60_000), pending } });
    render(<Popup />);
    expect(await screen.findByRole('heading', { level: 1, name: 'This drill was removed' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Swap' })).toBeTruthy();
  });
});
