// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { findDrill } from '../../../src/core/catalog';
import { DrillView } from '../../../src/ui/DrillView';
import { fakeBrowser } from '@webext-core/fake-browser';
import { RoutineView } from '../../../src/popup/RoutineView';
import { DEFAULT_SETTINGS, OWNABLE_EQUIPMENT, SPACES } from '../../../src/core/settings';

const rows = findDrill('band-rows')!; // 8 reps, pull 2 s · squeeze 2 s · release 4 s
const pec = findDrill('doorway-pec-stretch')!; // hold 30 s, each side

function setup(drill = rows, snoozeOptions = [5, 10]) {
  const handlers = { onDone: vi.fn(), onSkip: vi.fn(), onSwap: vi.fn(), onSnooze: vi.fn(), onClose: vi.fn() };
  render(<DrillView drill={drill} capSeconds={120} sound={false} fallback={null} snoozeOptions={snoozeOptions} {...handlers} />);
  return handlers;
}
const key = (k: string) => fireEvent.keyDown(window, { key: k });
const advance = (ms: number) =>
  act(() => {
    vi.advanceTimersByTime(ms);
  });
const cue = () => screen.getByTestId('cue').textContent;
const count = () => screen.getByTestId('countdown').textContent;
const spoken = () => screen.getByTestId('announcer').textContent;

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2026-03-02T10:30:00'));
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('guided timer in the drill view', () => {
  it('shows the drill, the break dose and the first phase before starting', () => {
    setup();
    expect(screen.getByRole('heading', { name: 'Band rows' })).toBeTruthy();
    expect(screen.getByTestId('dose').textContent).toContain('1 set of 8');
    expect(screen.getByTestId('dose').textContent).toContain('the full routine is 3 sets of 8');
    expect(screen.getAllByRole('listitem').length).toBeGreaterThanOrEqual(3);
    expect(cue()).toBe('pull');
    expect(count()).toBe('2');
    expect(screen.getByRole('button', { name: 'Start timer' })).toBeTruthy();
  });

  it('Space starts it; it follows the tempo phase by phase and says each one', async () => {
    setup();
    key(' ');
    await advance(200);
    expect(spoken()).toBe('Rep 1 of 8: pull.');
    await advance(2000);
    expect(cue()).toBe('squeeze');
    expect(spoken()).toBe('Rep 1 of 8: squeeze.');
    await advance(2000);
    expect(cue()).toBe('release');
    expect(count()).toBe('4');
    await advance(4000);
    expect(cue()).toBe('pull');
    expect(screen.getByText('Rep 2 of 8')).toBeTruthy();
  });

  it('Space pauses and resumes without losing the place', async () => {
    setup();
    key(' ');
    await advance(3000);
    key(' ');
    expect(screen.getByRole('button', { name: 'Resume timer' })).toBeTruthy();
    await advance(10_000);
    expect(cue()).toBe('squeeze');
    key(' ');
    await advance(1200);
    expect(cue()).toBe('release');
  });

  it('runs to the end, fills the ring, and offers to start again', async () => {
    setup();
    key(' ');
    await advance(8 * 8000 + 400);
    expect(count()).toBe('✓');
    expect(spoken()).toMatch(/Finished/);
    expect(screen.getByRole('button', { name: 'Start again' })).toBeTruthy();
    const ring = document.querySelector('.dial .fill')!;
    expect(Number(ring.getAttribute('stroke-dashoffset'))).toBeCloseTo(0, 5);
  });

  it('holds count down per side, with a switch between, and are counted as holds', async () => {
    setup(findDrill('shoulder-blade-squeeze')!); // hold 10 s × 5
    expect(screen.getByText(/Hold 1 of 5/)).toBeTruthy();
    cleanup();
    setup(pec);
    expect(screen.getByText('Left side')).toBeTruthy();
    key(' ');
    await advance(30_200);
    expect(cue()).toBe('switch sides');
    expect(spoken()).toBe('Switch to the right side.');
    await advance(5000);
    expect(screen.getByText('Right side')).toBeTruthy();
    expect(cue()).toBe('hold');
  });

  it('Enter is Done with the seconds spent; S snoozes; N swaps; Esc closes', async () => {
    const h = setup();
    key(' ');
    await advance(12_000);
    key('Enter');
    expect(h.onDone).toHaveBeenCalledWith(12);
    key('s');
    expect(h.onSnooze).toHaveBeenCalledWith(5);
    key('N');
    expect(h.onSwap).toHaveBeenCalledTimes(1);
    key('Escape');
    expect(h.onClose).toHaveBeenCalledTimes(1);
  });

  it('Space and Enter on a focused button belong to that button, not to the timer or Done', () => {
    const h = setup();
    const skip = screen.getByRole('button', { name: 'Skip' });
    skip.focus();
    fireEvent.keyDown(skip, { key: ' ' });
    fireEvent.keyDown(skip, { key: 'Enter' });
    expect(screen.getByRole('button', { name: 'Start timer' })).toBeTruthy();
    expect(h.onDone).not.toHaveBeenCalled();
  });

  it('without the timer, Done reports the time the drill was on screen', async () => {
    const h = setup();
    await advance(45_000);
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    expect(h.onDone).toHaveBeenCalledWith(45);
  });

  it('at the snooze cap there is no snooze button and S does nothing', () => {
    const h = setup(rows, []);
    expect(screen.queryByRole('button', { name: /Snooze/ })).toBeNull();
    key('s');
    expect(h.onSnooze).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Skip' })).toBeTruthy();
  });

  it('every control is a labelled button, and the drawing is labelled once it has loaded', async () => {
    setup();
    for (const name of ['Done', 'Skip', 'Swap', 'Snooze 5 min', 'Snooze 10 min', 'Start timer']) expect(screen.getByRole('button', { name })).toBeTruthy();
    vi.useRealTimers();
    expect(await screen.findByRole('img', { name: /Band rows/ })).toBeTruthy();
  });
});

describe('a routine in the drill view', () => {
  const everything = { ...DEFAULT_SETTINGS, equipment: [...OWNABLE_EQUIPMENT], spaces: [...SPACES], soundCues: false };

  it('runs the routine step’s whole dose, every set with the rests between, and does not call it a part', async () => {
    render(<RoutineView kind="morning" settings={everything} />);
    fireEvent.click(screen.getByRole('button', { name: 'Done' })); // past the roller, to the pull-aparts
    expect(screen.getByRole('heading', { name: 'Band pull-aparts' })).toBeTruthy();
    expect(screen.getByTestId('dose').textContent).toBe('2 sets of 10');
    expect(screen.getByText('Set 1 of 2 · Rep 1 of 10')).toBeTruthy();
    key(' ');
    await advance(30_200); // ten reps of 3 s
    expect(cue()).toBe('rest');
    expect(spoken()).toBe('Rest. Set 2 of 2 is next.');
    await advance(5000);
    expect(screen.getByText('Set 2 of 2 · Rep 1 of 10')).toBeTruthy();
    await advance(30_000);
    expect(count()).toBe('✓');
  });

  it('keeps the time of its strength drills for the weekly dose, and of no other drill', async () => {
    const stored = async () => (await fakeBrowser.storage.local.get('routineStrength')).routineStrength as { days: Record<string, number> } | undefined;
    render(<RoutineView kind="morning" settings={everything} />);
    await advance(20_000);
    fireEvent.click(screen.getByRole('button', { name: 'Done' })); // the roller: mobility
    await advance(0);
    expect(await stored()).toBeUndefined();
    expect(screen.getByRole('heading', { name: 'Band pull-aparts' })).toBeTruthy();
    await advance(40_000);
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    await vi.waitFor(async () => expect(Object.values((await stored())?.days ?? {})).toEqual([40]));
  });

  it('a break of the same drill still uses one set, and says what the whole dose is', () => {
    setup(findDrill('band-pull-aparts')!);
    expect(screen.getByTestId('dose').textContent).toBe('1 set of 15 · the full routine is 3 sets of 15');
    expect(screen.queryByText(/Set 1 of/)).toBeNull();
  });
});

describe('a routine’s length and advice', () => {
  const everything = { ...DEFAULT_SETTINGS, equipment: [...OWNABLE_EQUIPMENT], spaces: [...SPACES], soundCues: false };

  it('shows the length worked out from the doses, and the beginner’s way to the 90 s hang', () => {
    render(<RoutineView kind="evening" settings={everything} />);
    expect(screen.getByTestId('routine-length').textContent).toBe('The whole routine takes about 8 min.');
    expect(screen.getByTestId('dose').textContent).toBe('hold 45 s × 4, each side');
    expect(screen.queryByTestId('step-note')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    expect(screen.getByRole('heading', { name: 'Dead hang' })).toBeTruthy();
    expect(screen.getByTestId('dose').textContent).toBe('hold 90 s');
    expect(screen.getByTestId('step-note').textContent).toMatch(/10 to 20 seconds.*90 seconds/);
    cleanup();
    render(<RoutineView kind="morning" settings={everything} />);
    expect(screen.getByTestId('routine-length').textContent).toBe('The whole routine takes about 5 min.');
  });
});
