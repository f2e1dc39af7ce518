// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import type { DrillId } from '../../../src/core/catalog/ids';
import type { BreakEvent } from '../../../src/core/history';
import { levelProgress } from '../../../src/core/journey';
import { laddersOf, NO_LEVELS, rateLevel, setLevel, type LevelStore } from '../../../src/core/levels';
import { drillWorld } from '../../../src/core/own-world';
import { saveOwnDrill } from '../../../src/platform/own-drills';
import type * as ProgressModule from '../../../src/options/ProgressSection';
import { readLocaleSources } from '../../../scripts/locales.mjs';
import { drillName } from '../../english';
import { towel, yRaise } from './own-break-drills';

// Issue 24: the progress page names the user's own drills by their own names, finds their levels
// on their own ladders, and names a drill deleted since with words, never its id.

const at = (iso: string) => new Date(iso).getTime();
const done = (iso: string, drillId: DrillId): BreakEvent => ({ at: at(iso), outcome: 'done', dueAt: null, shownAt: null, drillId, rating: null, seconds: 60 });
const NOW = at('2026-03-10T12:00');
const history = {
  events: [
    done('2026-03-02T10:00', 'own-yraise'),
    done('2026-03-03T10:00', 'own-yraise'),
    done('2026-03-04T10:00', 'own-yraise'),
    done('2026-03-05T10:00', 'own-gone'),
    done('2026-03-06T10:00', 'chin-tucks'),
    done('2026-03-06T11:00', 'chin-tucks'),
  ],
  days: [],
};
// Prone Y raise (10 × 2 written): 5 × 1, 8 × 1, 10 × 2, 10 × 3; it starts on the third.
const world = drillWorld([yRaise]);
const ladders = laddersOf(world);
const levels: LevelStore = (() => {
  let store = setLevel(NO_LEVELS, 'own-yraise', 3, at('2026-03-04T12:00'), ladders);
  // A drill deleted since: its ladder is gone, its moves are kept.
  store = setLevel(store, 'own-gone', 2, at('2026-03-05T12:00'), () => ({ rungs: [0, 1, 2, 3].map(() => ({ dose: yRaise.dose })), start: 0, article: 0 }));
  store = rateLevel(rateLevel(store, 'chin-tucks', 'easy', at('2026-03-05T12:00'), true), 'chin-tucks', 'easy', at('2026-03-06T12:00'), true);
  return store;
})();

let ProgressSection: typeof ProgressModule.ProgressSection;
beforeEach(async () => {
  // A page of its own: its drills are read from the storage each test sets up.
  vi.resetModules();
  ({ ProgressSection } = await import('../../../src/options/ProgressSection'));
});
afterEach(cleanup);

const cells = (row: Element) => [...row.querySelectorAll('th, td')].map((c) => c.textContent);

describe('progress with own drills', () => {
  it('the drills done most: an own drill by its own name, a deleted one as such, never an id', async () => {
    await saveOwnDrill(yRaise);
    render(<ProgressSection history={history} now={NOW} levels={levels} locale="en-US" />);
    const list = await screen.findByTestId('top-drills');
    await waitFor(() => expect(within(list).getAllByRole('listitem')[0]!.textContent).toBe('Prone Y raise 3 times'));
    expect(within(list).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Prone Y raise 3 times', `${drillName('chin-tucks')} 2 times`, 'A drill you deleted once']);
    expect(document.body.textContent).not.toContain('own-');
  });

  it('levels over time: an own drill’s moves on its own ladder, a deleted drill’s on the rungs its record names', async () => {
    await saveOwnDrill(yRaise);
    render(<ProgressSection history={history} now={NOW} levels={levels} locale="en-US" />);
    const table = await screen.findByRole('table', { name: 'Levels over time' });
    await waitFor(() => expect(table.querySelector('tbody[data-drill="own-yraise"] .name')!.textContent).toBe('Prone Y raise'));
    // Catalog drills first, then the user's own as their levels first moved.
    expect([...table.querySelectorAll('tbody')].map((g) => g.getAttribute('data-drill'))).toEqual(['chin-tucks', 'own-yraise', 'own-gone']);
    expect(cells(table.querySelector('tbody[data-drill="own-yraise"] tr')!)).toEqual(['Prone Y raise now Level 4 of 4', 'Level 3 of 4', '↑ Level 4 of 4', 'Mar 4, 2026', 'You set it by hand']);
    expect(cells(table.querySelector('tbody[data-drill="own-gone"] tr')!)).toEqual(['A drill you deleted now Level 3 of 3', 'Level 1 of 3', '↑ Level 3 of 3', 'Mar 5, 2026', 'You set it by hand']);
  });

  it('the 90 days count an own drill levelled up above the dose written; a deleted one’s start is not known, so not counted', async () => {
    await saveOwnDrill(yRaise);
    render(<ProgressSection history={history} now={NOW} levels={levels} locale="en-US" />);
    const stats = within(screen.getByTestId('journey-stats'));
    // chin tucks and Prone Y raise; the deleted drill's level-up is still a level-up.
    await waitFor(() => expect(stats.getByText('Drills levelled up').nextElementSibling!.textContent).toBe('2'));
    expect(stats.getByText('Level-ups').nextElementSibling!.textContent).toBe('3');
  });
});

describe('levelProgress with own drills', () => {
  it('lists the own drills after the catalog’s, on their own ladders; the catalog alone by default', () => {
    const progress = levelProgress(levels, laddersOf(drillWorld([yRaise, towel])));
    expect(progress.drills.map((d) => [d.drillId, d.start, d.current, d.rungs])).toEqual([
      ['chin-tucks', 1, 2, 3],
      ['own-yraise', 2, 3, 4],
      ['own-gone', 0, 2, 3],
    ]);
    expect(progress.levelledUp).toBe(2);
    // Without the drills' ladders, an own drill is counted as one whose ladder is gone.
    expect(levelProgress(levels).drills.find((d) => d.drillId === 'own-yraise')).toMatchObject({ start: 0, rungs: 4 });
  });
});

describe('the words of the break view and progress for own drills', () => {
  it('exist in German and Spanish, written for those languages rather than copied', () => {
    const { en, de, es } = readLocaleSources() as Record<string, Record<string, string>>;
    const keys = Object.keys(en!).filter((k) => k.startsWith('ownb_'));
    expect(keys.length).toBeGreaterThanOrEqual(8);
    for (const lang of [de!, es!]) for (const k of keys) expect(lang[k], k).toBeTruthy();
    expect(keys.filter((k) => de![k] === en![k] || es![k] === en![k])).toEqual([]);
  });
});
