// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { fakeBrowser } from '@webext-core/fake-browser';
import { DRILL_IDS } from '../../../src/core/catalog';
import type { DrillId } from '../../../src/core/catalog/ids';
import { drillWorld } from '../../../src/core/own-world';
import { DEFAULT_SETTINGS, OWNABLE_EQUIPMENT, SPACES, toStored, type Settings } from '../../../src/core/settings';
import { initialState } from '../../../src/core/state';
import { deleteOwnDrill, saveOwnDrill } from '../../../src/platform/own-drills';
import type * as PopupModule from '../../../src/popup/Popup';
import type * as PendingModule from '../../../src/popup/PendingDrill';
import { RoutineView } from '../../../src/popup/RoutineView';
import { towel, yRaise } from './own-break-drills';

// Issue 24: the popup finds a break's drill among every drill there is, the user's own included;
// one deleted since it was picked (here or on another computer) is said to be gone, never a blank popup.

const NOW = Date.now();
const everything = { ...DEFAULT_SETTINGS, equipment: [...OWNABLE_EQUIPMENT], spaces: [...SPACES], soundCues: false };

async function breakWith(drillId: DrillId, settings: Partial<Settings> = {}) {
  await fakeBrowser.storage.sync.set({ settings: toStored({ ...everything, safetyAcknowledged: true, ...settings }) });
  const pending = { drillId, dueAt: NOW - 1000, shownAt: NOW - 1000, snoozedUntil: null, held: false, swapped: [], waiting: null };
  await fakeBrowser.storage.local.set({ state: { ...initialState(NOW - 60_000), pending } });
}

// Each test is a page of its own: its stores read the storage it set up.
let Popup: typeof PopupModule.Popup;
let WithDrills: typeof PendingModule.WithDrills;
beforeEach(async () => {
  vi.resetModules();
  ({ Popup } = await import('../../../src/popup/Popup'));
  ({ WithDrills } = await import('../../../src/popup/PendingDrill'));
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('a break with an own drill', () => {
  it('shows the drill found among the user’s own, marked, with the timer; Done asks how it felt, by its name', async () => {
    await saveOwnDrill(yRaise);
    await breakWith('own-yraise');
    const sent = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    render(<Popup />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Prone Y raise' })).toBeTruthy();
    expect(screen.getByTestId('own-mark').textContent).toBe('From your own program');
    expect(screen.getByTestId('timer')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    expect(sent).toHaveBeenCalledWith(expect.objectContaining({ type: 'finish', outcome: 'done' }));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain('Prone Y raise');
  });

  it('the rating keeps the name the break showed, even when the drill is deleted meanwhile', async () => {
    await saveOwnDrill(yRaise);
    await breakWith('own-yraise');
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    render(<Popup />);
    fireEvent.click(await screen.findByRole('button', { name: 'Done' }));
    await deleteOwnDrill('own-yraise');
    fireEvent.click(screen.getByRole('button', { name: 'It hurt' }));
    expect((await screen.findByRole('status')).textContent).toContain('Prone Y raise');
  });

  it('when no catalog drill fits, the own drill is in the rotation: no stand-in notice', async () => {
    await saveOwnDrill(yRaise);
    // (Every catalog drill hurt: settings as read turn all drills back on when all are switched off.)
    await breakWith('own-yraise', { painfulDrills: [...DRILL_IDS] });
    render(<Popup />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Prone Y raise' })).toBeTruthy();
    expect(document.querySelector('.notice')).toBeNull();
  });
});

describe('a break whose own drill was deleted', () => {
  it('says so and offers another drill or a skip: never a blank popup, never the idle view', async () => {
    await breakWith('own-gone');
    const sent = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    render(<Popup />);
    expect(await screen.findByRole('heading', { level: 1, name: 'This drill was removed' })).toBeTruthy();
    expect(screen.getByTestId('drill-removed').textContent).toMatch(/deleted, on this computer or another one\. Swap it for another drill/);
    expect(screen.queryByTestId('timer')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Swap' }));
    expect(sent).toHaveBeenCalledWith({ type: 'swap' });
    fireEvent.click(screen.getByRole('button', { name: 'Skip' }));
    expect(sent).toHaveBeenCalledWith({ type: 'finish', outcome: 'skipped', seconds: 0 });
  });

  it('deleted on another computer while the break is open: the view follows', async () => {
    await saveOwnDrill(yRaise);
    await breakWith('own-yraise');
    render(<Popup />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Prone Y raise' })).toBeTruthy();
    await deleteOwnDrill('own-yraise');
    expect(await screen.findByRole('heading', { level: 1, name: 'This drill was removed' })).toBeTruthy();
  });

  it('with no other drill that fits, only the skip, and says why', async () => {
    await breakWith('own-gone', { painfulDrills: [...DRILL_IDS] });
    render(<Popup />);
    expect(await screen.findByRole('heading', { level: 1, name: 'This drill was removed' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Swap' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Skip' })).toBeTruthy();
    expect(screen.getByTestId('drill-removed').textContent).toMatch(/no other drill fits right now/);
  });
});

describe('the drills a popup page waits for', () => {
  it('hands its children every drill there is, the user’s own among them', async () => {
    await saveOwnDrill(towel);
    render(<WithDrills>{(world) => <p data-testid="ids">{world.filter((d) => d.own).map((d) => d.id).join()}</p>}</WithDrills>);
    expect((await screen.findByTestId('ids')).textContent).toBe('own-towel');
  });
});

describe('a routine with an own drill chosen for it', () => {
  const world = drillWorld([{ ...towel, routines: ['evening'] }]);

  it('follows the plan’s drills, at its written dose with its rest, marked as the user’s', () => {
    render(<RoutineView kind="evening" settings={everything} world={world} />);
    expect(screen.getByTestId('routine-length').textContent).toBe('The whole routine takes about 10 min.');
    expect(screen.getByRole('heading', { level: 1 }).textContent).not.toBe('Towel chest stretch');
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Towel chest stretch' })).toBeTruthy();
    expect(screen.getByTestId('dose').textContent).toBe('hold 30 s × 3 · 20 s rest between holds');
    expect(screen.getByTestId('own-mark')).toBeTruthy();
    expect(screen.getByText('Evening wind-down · 3 of 3')).toBeTruthy();
  });

  it('is not in a routine it was not chosen for', () => {
    render(<RoutineView kind="morning" settings={everything} world={world} />);
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    expect(screen.getByRole('heading', { level: 1 }).textContent).not.toBe('Towel chest stretch');
    expect(screen.queryByTestId('own-mark')).toBeNull();
  });
});
