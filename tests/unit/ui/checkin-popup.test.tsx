// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from '@webext-core/fake-browser';
import { weekOf } from '../../../src/core/checkin';
import type { BreakEvent } from '../../../src/core/history';
import { DEFAULT_SETTINGS, OWNABLE_EQUIPMENT, SPACES, toStored, type Settings } from '../../../src/core/settings';
import { initialState } from '../../../src/core/state';
import { loadCheckIns } from '../../../src/platform/checkins';
import type * as PopupModule from '../../../src/popup/Popup';

// Issue 26: the week's check-in comes after a finished drill, once its rating is given (or
// skipped), when it is due; never at a break's start, never twice in a week, never when off.

const NOW = Date.now();
const DAY = 86_400_000;
const QUESTION = 'How has your upper back and neck been this week?';
const everything = { ...DEFAULT_SETTINGS, equipment: [...OWNABLE_EQUIPMENT], spaces: [...SPACES], soundCues: false, safetyAcknowledged: true };
const doneAt = (at: number): BreakEvent => ({ at, outcome: 'done', dueAt: null, shownAt: null, drillId: 'chin-tucks', rating: null, seconds: 60 });

async function breakAfter(firstDrillAgo: number | null, settings: Partial<Settings> = {}) {
  await fakeBrowser.storage.sync.set({ settings: toStored({ ...everything, ...settings }) });
  const pending = { drillId: 'chin-tucks', dueAt: NOW - 1000, shownAt: NOW - 1000, snoozedUntil: null, held: false, swapped: [], waiting: null };
  await fakeBrowser.storage.local.set({ state: { ...initialState(NOW - 60_000), pending } });
  if (firstDrillAgo !== null) await fakeBrowser.storage.local.set({ history: [doneAt(NOW - firstDrillAgo)] });
}

let Popup: typeof PopupModule.Popup;
beforeEach(async () => {
  vi.resetModules();
  ({ Popup } = await import('../../../src/popup/Popup'));
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** After the moment after the drill, the popup shows what is stored: here the break still (the worker is not running). */
async function backToTheBreak() {
  expect(await screen.findByRole('button', { name: 'Done' })).toBeTruthy();
  expect(screen.queryByText(QUESTION)).toBeNull();
}

async function finishAndRate(rating = 'About right') {
  render(<Popup />);
  fireEvent.click(await screen.findByRole('button', { name: 'Done' }));
  // Never at the break's start: the drill was on screen without the question.
  fireEvent.click(await screen.findByRole('button', { name: rating }));
}

describe('the check-in in the popup', () => {
  it('is not asked while the break is on screen, and is after the rating when due', async () => {
    await breakAfter(10 * DAY);
    render(<Popup />);
    await screen.findByRole('button', { name: 'Done' });
    expect(screen.queryByText(QUESTION)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    await screen.findByRole('button', { name: 'About right' });
    expect(screen.queryByText(QUESTION)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'About right' }));
    expect(await screen.findByRole('group', { name: QUESTION })).toBeTruthy();
    // Ten days in: the journey's second week or later, so the plan's markers are asked too.
    expect(screen.getByRole('group', { name: 'Were your mornings free of pain?' })).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: '3' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect((await loadCheckIns()).map((c) => [c.week, c.score])).toEqual([[weekOf(NOW), 3]]));
    await backToTheBreak();
  });

  it('after the very first drill it asks the score alone: the journey’s first week has no markers', async () => {
    await breakAfter(null);
    await finishAndRate();
    expect(await screen.findByRole('group', { name: QUESTION })).toBeTruthy();
    expect(screen.queryByRole('group', { name: 'Were your mornings free of pain?' })).toBeNull();
  });

  it('comes in place of the closing step when the rating is skipped', async () => {
    await breakAfter(10 * DAY);
    render(<Popup />);
    fireEvent.click(await screen.findByRole('button', { name: 'Done' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Skip rating' }));
    expect(await screen.findByRole('group', { name: QUESTION })).toBeTruthy();
  });

  it('is not asked again in a week already answered or dismissed', async () => {
    await breakAfter(10 * DAY);
    await fakeBrowser.storage.local.set({ checkIns: { entries: [{ week: weekOf(NOW), at: NOW - 1000, score: null, markers: {} }] } });
    await finishAndRate();
    await backToTheBreak();
  });

  it('is not asked when the weekly check-in is off', async () => {
    await breakAfter(10 * DAY, { weeklyCheckIn: false });
    await finishAndRate();
    await backToTheBreak();
  });

  it('"It hurt" shows the hurt notice, not the question', async () => {
    await breakAfter(10 * DAY);
    await finishAndRate('It hurt');
    fireEvent.click(await screen.findByRole('button', { name: 'OK' }));
    await backToTheBreak();
  });
});
