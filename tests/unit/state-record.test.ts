import { describe, expect, it } from 'vitest';
import { initialState, type PendingBreak, type State } from '../../src/core/state';
import { stateRecord } from '../../src/core/state-record';

// The state record this version writes over the one in storage, which an older or newer version
// of Desk Reset may have written (an update, then a rollback). 'kettlebell-halo' and 'neck-glide'
// are a newer version's drills; 'cue', 'tabId', 'reason' and 'streak' its fields.

const now = Date.UTC(2026, 2, 2, 10); // Monday 2 March 2026, 10:00 UTC
const MIN = 60_000;

const state = (over: Partial<State> = {}): State => ({ ...initialState(now - 60 * MIN), nextBreakAt: now + 30 * MIN, ...over });
const onScreen = (over: Partial<PendingBreak> = {}): PendingBreak => ({
  drillId: 'chin-tucks',
  dueAt: now - 10 * MIN,
  shownAt: now - 10 * MIN,
  snoozedUntil: null,
  held: false,
  swapped: [],
  waiting: null,
  ...over,
});
const written = (next: State, stored: unknown) => stateRecord(next, structuredClone(stored));

describe('the recent drills, with a newer version’s drills among them', () => {
  it('a drill done moves to the front; the newer drills keep their places among the rest', () => {
    const stored = state({ recentDrills: ['wall-slides', 'chin-tucks'] });
    const record = written(state({ recentDrills: ['chin-tucks', 'wall-slides'] }), { ...stored, recentDrills: ['wall-slides', 'kettlebell-halo', 'chin-tucks'] });
    expect(record.recentDrills).toEqual(['chin-tucks', 'wall-slides', 'kettlebell-halo']);
  });

  it('a list this version left as it read it is written back as stored, order and all', () => {
    const stored = { ...state(), recentDrills: ['kettlebell-halo', 'wall-slides', 'wall-slides', 'chin-tucks'] };
    expect(written(state({ recentDrills: ['wall-slides', 'chin-tucks'] }), stored).recentDrills).toEqual(stored.recentDrills);
  });

  it('any other change puts this version’s list first and the newer drills last, each once', () => {
    const stored = { ...state(), recentDrills: ['wall-slides', 'kettlebell-halo', 'chin-tucks', 'neck-glide'] };
    expect(written(state({ recentDrills: ['chin-tucks'] }), stored).recentDrills).toEqual(['chin-tucks', 'kettlebell-halo', 'neck-glide']);
    // Grown at the end (the worker grows only the swapped drills that way): still this version's order first.
    const grown = { ...state(), recentDrills: ['wall-slides', 'kettlebell-halo'] };
    expect(written(state({ recentDrills: ['wall-slides', 'chin-tucks'] }), grown).recentDrills).toEqual(['wall-slides', 'chin-tucks', 'kettlebell-halo']);
  });

  it('a stored list that is no list (broken, or from before the field) gives way to this version’s', () => {
    expect(written(state({ recentDrills: ['chin-tucks'] }), { ...state(), recentDrills: 'chin-tucks' }).recentDrills).toEqual(['chin-tucks']);
    const { recentDrills: _, ...without } = state();
    expect(written(state({ recentDrills: ['side-plank', 'chin-tucks'] }), without).recentDrills).toEqual(['side-plank', 'chin-tucks']);
  });
});

describe('the break on screen', () => {
  it('a drill swapped away is added after the swapped drills already stored, a newer version’s among them', () => {
    const stored = state({ pending: onScreen({ swapped: ['wall-slides'] }) });
    const next = state({ pending: onScreen({ drillId: 'side-plank', swapped: ['wall-slides', 'chin-tucks'] }) });
    const record = written(next, { ...stored, pending: { ...stored.pending, swapped: ['wall-slides', 'kettlebell-halo'] } });
    expect((record.pending as PendingBreak).swapped).toEqual(['wall-slides', 'kettlebell-halo', 'chin-tucks']);
  });

  it('a break stored before swaps existed takes the swapped drills this version adds', () => {
    const { swapped: _, ...older } = onScreen();
    const next = state({ pending: onScreen({ drillId: 'side-plank', swapped: ['chin-tucks'] }) });
    expect(written(next, { ...state(), pending: older }).pending).toEqual(next.pending);
  });

  it('a newer version’s members of the break are kept while it goes on, and go with it when a new break comes', () => {
    const stored = { ...state({ pending: onScreen() }), pending: { ...onScreen(), swapped: ['kettlebell-halo'], cue: { sound: 'chime' } } };
    const snoozed = state({ pending: onScreen({ snoozedUntil: now + 5 * MIN }) });
    expect(written(snoozed, stored).pending).toEqual({ ...snoozed.pending, swapped: ['kettlebell-halo'], cue: { sound: 'chime' } });
    const nextBreak = state({ pending: onScreen({ dueAt: now, shownAt: now }) });
    expect(written(nextBreak, stored).pending).toEqual(nextBreak.pending);
  });

  it('a newer version’s members of a wait are kept while the same wait goes on; a new wait has none', () => {
    const since = now - 5 * MIN;
    const stored = { ...state(), pending: { ...onScreen(), waiting: { reason: 'audio', since, tabId: 7 } } };
    const same = state({ pending: onScreen({ snoozedUntil: now + 5 * MIN, waiting: { reason: 'audio', since } }) });
    expect((written(same, stored).pending as PendingBreak).waiting).toEqual({ reason: 'audio', since, tabId: 7 });
    const again = state({ pending: onScreen({ waiting: { reason: 'meeting', since: now } }) });
    expect((written(again, stored).pending as PendingBreak).waiting).toEqual({ reason: 'meeting', since: now });
  });
});

describe('a pause', () => {
  it('a newer version’s members of a pause are kept while it lasts; a new pause has none', () => {
    const stored = { ...state(), pause: { since: now - 20 * MIN, until: now + 40 * MIN, reason: 'lunch' } };
    const longer = state({ pause: { since: now - 20 * MIN, until: now + 70 * MIN } });
    expect(written(longer, stored).pause).toEqual({ since: now - 20 * MIN, until: now + 70 * MIN, reason: 'lunch' });
    const another = state({ pause: { since: now, until: null } });
    expect(written(another, stored).pause).toEqual({ since: now, until: null });
  });
});

describe('the whole record', () => {
  it('a newer version’s fields are kept, and this version’s values written over its own fields', () => {
    const stored = { ...state({ snoozesInRow: 2 }), streak: { days: 4 }, schemaVersion: 9 };
    const next = state({ snoozesInRow: 0, lastResetAt: now });
    expect(written(next, stored)).toEqual({ ...next, streak: { days: 4 }, schemaVersion: 9 });
  });

  it('a newer version’s field named like a member every object has (constructor, toString) is kept as well', () => {
    const stored = { ...state(), constructor: 'weekly', pending: { ...onScreen(), toString: 'chime' }, pause: { since: now - MIN, until: null, valueOf: 3 } };
    const next = state({ pending: onScreen({ snoozedUntil: now + 5 * MIN }), pause: { since: now - MIN, until: null } });
    const record = written(next, stored);
    expect(Object.hasOwn(record, 'constructor') && record.constructor).toBe('weekly');
    expect(Object.hasOwn(record.pending as object, 'toString') && (record.pending as Record<string, unknown>).toString).toBe('chime');
    expect(Object.hasOwn(record.pause as object, 'valueOf') && (record.pause as Record<string, unknown>).valueOf).toBe(3);
  });

  it('with nothing readable stored, the record is this version’s state alone', () => {
    const next = state();
    for (const stored of [undefined, null, 'broken', [next]]) expect(written(next, stored)).toEqual(next);
  });
});
