// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { findDrill } from '../../../src/core/catalog';
import type { BreakEvent } from '../../../src/core/history';
import { lastDoneOf } from '../../../src/core/history-recent';
import { atLevel } from '../../../src/core/leveled';
import { NO_LEVELS, rateLevel, setLevel } from '../../../src/core/levels';
import { DEFAULT_SETTINGS, OWNABLE_EQUIPMENT, SPACES } from '../../../src/core/settings';
import { saveLevels } from '../../../src/platform/levels';
import type { LeveledDrill as View } from '../../../src/popup/LeveledDrill';

// The drill of a break at the user's level: its dose, the level, and what changed since it was last done.

const T = new Date('2026-03-03T10:00:00').getTime();
const DAY = 86_400_000;
const tucks = findDrill('chin-tucks')!;
const hang = findDrill('dead-hang')!;
const everything = { ...DEFAULT_SETTINGS, equipment: [...OWNABLE_EQUIPMENT], spaces: [...SPACES] };
const done = (at: number): BreakEvent => ({ at, outcome: 'done', dueAt: at, shownAt: at, drillId: 'chin-tucks', rating: 'easy', seconds: 30 });

// A page reads the levels once and follows their changes; each test is a page of its own.
let LeveledDrill: typeof View;
beforeEach(async () => {
  vi.resetModules();
  ({ LeveledDrill } = await import('../../../src/popup/LeveledDrill'));
});

function show(drill = tucks, events: BreakEvent[] = [], cap: number | null = 120) {
  const noop = vi.fn();
  render(<LeveledDrill drill={drill} settings={everything} lastDone={lastDoneOf(events)} capSeconds={cap} sound={false} fallback={null} snoozeOptions={[]} onDone={noop} onSkip={noop} onSnooze={noop} onClose={noop} />);
}
afterEach(() => cleanup());

describe('a drill at the user’s level', () => {
  it('a new user: one rung below the articles’ dose, and says which level', async () => {
    show();
    await waitFor(() => expect(screen.getByTestId('level').textContent).toBe('Level 2 of 3'));
    expect(screen.getByTestId('dose').textContent).toContain('1 set of 8');
  });

  it('after a move: the new dose, and once, until it is done, what changed and why', async () => {
    const up = rateLevel(rateLevel(NO_LEVELS, 'chin-tucks', 'easy', T - DAY, true), 'chin-tucks', 'easy', T, true);
    await saveLevels(up);
    show(tucks, [done(T - DAY), done(T - 60_000)]);
    await waitFor(() => expect(screen.getByTestId('dose').textContent).toContain('1 set of 10'));
    expect(screen.getByTestId('level').textContent).toBe('Level 3 of 3 · 1 set of 10, up from 1 set of 8: you found it easy twice.');
    cleanup();
    // Done once since: the note has been seen.
    show(tucks, [done(T - DAY), done(T + 60_000)]);
    await waitFor(() => expect(screen.getByTestId('level').textContent).toBe('Level 3 of 3'));
  });

  it('hard twice: a rung down, said so; set by hand: said so', async () => {
    await saveLevels(rateLevel(rateLevel(NO_LEVELS, 'chin-tucks', 'hard', T - DAY, true), 'chin-tucks', 'hard', T, true));
    show(tucks, [done(T - DAY)]);
    await waitFor(() => expect(screen.getByTestId('level').textContent).toBe('Level 1 of 3 · 1 set of 5, down from 1 set of 8: you found it hard twice.'));
    cleanup();
    await saveLevels(setLevel(NO_LEVELS, 'chin-tucks', 2, T));
    show(tucks, [done(T - DAY)]);
    await waitFor(() => expect(screen.getByTestId('level').textContent).toBe('Level 3 of 3 · 1 set of 10: the level you set.'));
  });

  it('a level too long for this break waits for a routine: the break takes the highest rung that fits, and says so', async () => {
    await saveLevels(setLevel(NO_LEVELS, 'dead-hang', 4, T - 2 * DAY));
    show(hang, [{ ...done(T - DAY), drillId: 'dead-hang' }], 60);
    await waitFor(() => expect(screen.getByTestId('level').textContent).toBe('Level 3 of 5 · Your level 5 waits for a routine or a longer cap; this break uses level 3.'));
    expect(screen.getByTestId('dose').textContent).toContain('hold 20 s × 3');
  });

  it('names the form of the drill where the ladder does', async () => {
    show(findDrill('side-plank')!);
    await waitFor(() => expect(screen.getByTestId('level').textContent).toBe('Level 1 of 3 · forearm and knees'));
  });
});

describe('which rung a break uses', () => {
  it('knee push-ups need floor space: without it, the bench', () => {
    const levels = setLevel(NO_LEVELS, 'wall-push-ups', 3, T);
    const pushUps = findDrill('wall-push-ups')!;
    expect(atLevel(pushUps, levels, { ...everything, spaces: ['desk', 'standing'] })).toMatchObject({ rung: 2, level: 3, variant: 'bench' });
    expect(atLevel(pushUps, levels, everything)).toMatchObject({ rung: 3, variant: 'knees', drill: { position: 'floor', equipment: ['none'] } });
    // Outside a break (a routine, a preview), the level itself.
    expect(atLevel(pushUps, levels)).toMatchObject({ rung: 3 });
  });
});
