import { describe, expect, it } from 'vitest';
import type { DrillId } from '../../src/core/catalog';
import { initialState, readState, rememberDrill } from '../../src/core/state';

const now = Date.UTC(2026, 10, 21, 9);

describe('state', () => {
  it('starts the clock at install', () => {
    expect(initialState(now)).toEqual({ lastResetAt: now, nextBreakAt: null, pending: null, recentDrills: [], drillWindowId: null });
  });

  it('drops a pending break that names an unknown drill, keeping the rest', () => {
    const raw = { lastResetAt: now - 1000, nextBreakAt: now + 5000, pending: { drillId: 'gone', dueAt: now, shownAt: now }, recentDrills: ['chin-tucks', 'gone'] };
    const { state, repaired } = readState(raw, now);
    expect(state).toEqual({ lastResetAt: now - 1000, nextBreakAt: now + 5000, pending: null, recentDrills: ['chin-tucks'], drillWindowId: null });
    expect(repaired).toEqual(['pending']);
  });

  it('keeps the newest twenty drills', () => {
    let recent: DrillId[] = [];
    for (let i = 0; i < 30; i++) recent = rememberDrill(recent, i % 2 ? 'chin-tucks' : 'wall-slides');
    expect(recent).toHaveLength(20);
    expect(recent[0]).toBe('chin-tucks');
  });
});
