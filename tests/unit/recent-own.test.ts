import { describe, expect, it } from 'vitest';
import type { DrillId } from '../../src/core/catalog/ids';
import { step } from '../../src/core/machine';
import { drillWorld } from '../../src/core/own-world';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { initialState, type State } from '../../src/core/state';
import { stateRecord } from '../../src/core/state-record';
import { towel, yRaise } from './own-fixtures';

// Issue 24, review: the recent drills (rotation's memory of what was done when) lose the own
// drills that are gone as a drill is done, so the list does not grow with every drill ever
// written or pushed. The catalog's stay; a newer version's drills stay in storage, in their places.

const NOW = Date.UTC(2026, 2, 2, 10);
const world = drillWorld([yRaise, towel]);
const pending = { drillId: 'own-yraise' as DrillId, dueAt: NOW - 60_000, shownAt: NOW - 60_000, snoozedUntil: null, held: false, swapped: [], waiting: null };
const withRecent = (recentDrills: DrillId[]): State => ({ ...initialState(NOW - 3_600_000), pending, recentDrills });

describe('a drill done', () => {
  it('is remembered first, and the own drills no longer there are forgotten; the catalog’s stay', () => {
    const state = withRecent(['own-gone', 'chin-tucks', 'org-left', 'own-towel', 'wall-slides']);
    const done = step(state, DEFAULT_SETTINGS, { type: 'finish', outcome: 'done', seconds: 30 }, NOW, world);
    expect(done.state.recentDrills).toEqual(['own-yraise', 'chin-tucks', 'own-towel', 'wall-slides']);
  });

  it('the drill just done is remembered first even when it is gone since (a policy took it away): forgotten at the next', () => {
    const state = { ...withRecent(['own-gone', 'chin-tucks']), pending: { ...pending, drillId: 'org-left' as DrillId } };
    const done = step(state, DEFAULT_SETTINGS, { type: 'finish', outcome: 'done', seconds: 30 }, NOW, world).state;
    expect(done.recentDrills).toEqual(['org-left', 'chin-tucks']);
    const next = step({ ...done, pending }, DEFAULT_SETTINGS, { type: 'finish', outcome: 'done', seconds: 30 }, NOW + 60_000, world).state;
    expect(next.recentDrills).toEqual(['own-yraise', 'chin-tucks']);
  });

  it('a skip forgets them too; a break with no drill changes nothing', () => {
    const state = withRecent(['own-gone', 'chin-tucks']);
    expect(step(state, DEFAULT_SETTINGS, { type: 'finish', outcome: 'skipped' }, NOW, world).state.recentDrills).toEqual(['own-yraise', 'chin-tucks']);
    const none = { ...state, pending: { ...pending, drillId: null } };
    expect(step(none, DEFAULT_SETTINGS, { type: 'finish', outcome: 'skipped' }, NOW, world).state.recentDrills).toEqual(['own-gone', 'chin-tucks']);
  });

  it('stored over a record a newer version shares, keeps that version’s drills where they were', () => {
    const stored = { ...withRecent([]), recentDrills: ['own-gone', 'kettlebell-halo', 'chin-tucks', 'own-yraise'] };
    const next = { ...withRecent([]), pending: null, recentDrills: ['own-yraise', 'chin-tucks'] as DrillId[] };
    expect(stateRecord(next, stored).recentDrills).toEqual(['own-yraise', 'kettlebell-halo', 'chin-tucks']);
  });
});
