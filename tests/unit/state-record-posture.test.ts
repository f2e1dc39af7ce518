import { describe, expect, it } from 'vitest';
import { initialState, type State } from '../../src/core/state';
import { stateRecord } from '../../src/core/state-record';

// The state record over a stored one another version wrote: the posture reset's unknown members
// belong to that reset alone, and a list this version shortened is written shortened.

const now = Date.UTC(2026, 2, 2, 10); // Monday 2 March 2026, 10:00 UTC
const MIN = 60_000;

const state = (over: Partial<State> = {}): State => ({ ...initialState(now - 60 * MIN), nextBreakAt: now + 30 * MIN, ...over });
const written = (next: State, stored: unknown) => stateRecord(next, structuredClone(stored));

describe('the posture reset in the stored record', () => {
  it('keeps the unknown members of the same reset, and drops them with it when a new one comes', () => {
    const stored = { ...state(), posture: { kind: 'belly-breaths', at: now - 30 * MIN, shown: true, cue: 'newer' } };
    const same = state({ posture: { kind: 'belly-breaths', at: now - 30 * MIN, shown: true } });
    expect(written(same, stored).posture).toEqual(stored.posture);
    const newer = state({ posture: { kind: 'chest-open', at: now, shown: false } });
    expect(written(newer, stored).posture).toEqual({ kind: 'chest-open', at: now, shown: false });
  });
});

describe('a list of drills this version shortened', () => {
  it('is written shortened, not as stored, even when what is left is how the stored list begins', () => {
    const stored = { ...state(), recentDrills: ['chin-tucks', 'wall-slides', 'kettlebell-halo', 'doorway-pec-stretch'] };
    expect(written(state({ recentDrills: ['chin-tucks', 'wall-slides'] }), stored).recentDrills).toEqual(['chin-tucks', 'wall-slides', 'kettlebell-halo']);
  });
});
