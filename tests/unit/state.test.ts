import { describe, expect, it } from 'vitest';
import type { DrillId } from '../../src/core/catalog';
import { initialState, readState, rememberDrill, visibleBreak } from '../../src/core/state';

const now = Date.UTC(2026, 10, 21, 9);

describe('state', () => {
  it('starts the clock at install', () => {
    expect(initialState(now)).toEqual({
      lastResetAt: now,
      nextBreakAt: null,
      pending: null,
      snoozesInRow: 0,
      pause: null,
      meetingUntil: null,
      awaySince: null,
      recentDrills: [],
      posture: null,
      drillWindowId: null,
    });
  });

  it('drops a pending break that names an unknown drill, keeping the rest', () => {
    const raw = { lastResetAt: now - 1000, nextBreakAt: now + 5000, pending: { drillId: 'gone', dueAt: now, shownAt: now, snoozedUntil: null, held: false }, recentDrills: ['chin-tucks', 'gone'] };
    const { state, repaired } = readState(raw, now);
    expect(state).toMatchObject({ lastResetAt: now - 1000, nextBreakAt: now + 5000, pending: null, recentDrills: ['chin-tucks'] });
    expect(repaired).toEqual(['pending']);
  });

  it('keeps a valid pending break and pause, and repairs a broken pause alone', () => {
    const pending = { drillId: 'chin-tucks', dueAt: now, shownAt: now, snoozedUntil: now + 5000, held: false, swapped: [], waiting: null };
    const { state, repaired } = readState({ lastResetAt: now, pending, pause: { since: 'yesterday' }, snoozesInRow: 2 }, now);
    expect(state).toMatchObject({ pending, pause: null, snoozesInRow: 2 });
    expect(repaired).toEqual(['pause']);
  });

  it('the visible break is the pending one unless it is snoozed or held', () => {
    const pending = { drillId: 'chin-tucks' as const, dueAt: now, shownAt: now, snoozedUntil: null, held: false, swapped: [], waiting: null };
    const base = initialState(now);
    expect(visibleBreak({ ...base, pending }, now)).toEqual(pending);
    expect(visibleBreak({ ...base, pending: { ...pending, held: true } }, now)).toBeNull();
    expect(visibleBreak({ ...base, pending: { ...pending, snoozedUntil: now + 1 } }, now)).toBeNull();
    expect(visibleBreak({ ...base, pending: { ...pending, snoozedUntil: now - 1 } }, now)).toEqual({ ...pending, snoozedUntil: now - 1 });
  });

  it('remembers each drill once, most recently done first', () => {
    let recent: DrillId[] = [];
    for (let i = 0; i < 30; i++) recent = rememberDrill(recent, i % 2 ? 'chin-tucks' : 'wall-slides');
    expect(recent).toEqual(['chin-tucks', 'wall-slides']);
    recent = rememberDrill(recent, 'band-rows');
    recent = rememberDrill(recent, 'wall-slides');
    expect(recent).toEqual(['wall-slides', 'band-rows', 'chin-tucks']);
  });
});

describe('state edges', () => {
  const NOW = new Date('2026-03-02T10:00:00Z').getTime();
  const pending = { drillId: 'chin-tucks', dueAt: NOW, shownAt: NOW, snoozedUntil: null, held: false, swapped: [], waiting: null };

  it('a break snoozed until this very moment is back on screen', () => {
    const state = { ...initialState(NOW), pending: { ...pending, snoozedUntil: NOW } } as ReturnType<typeof initialState>;
    expect(visibleBreak(state, NOW)).toEqual(state.pending);
    expect(visibleBreak(state, NOW - 1)).toBeNull();
  });

  it('a stored break with a broken member is dropped whole, not repaired', () => {
    expect(readState({ ...initialState(NOW), pending: { ...pending, held: 'maybe' } }, NOW).state.pending).toBeNull();
  });

  it('keeps a drill window id from 1 up, and Chrome\'s "no window" (-1); anything lower is dropped', () => {
    for (const id of [1, 4_000, -1]) expect(readState({ ...initialState(NOW), drillWindowId: id }, NOW).state.drillWindowId).toBe(id);
    expect(readState({ ...initialState(NOW), drillWindowId: -2 }, NOW).state.drillWindowId).toBeNull();
  });
});
