import { describe, expect, it } from 'vitest';
import { DRILL_IDS } from '../../src/core/catalog';
import { fullDurationSeconds, breakDose, type Dose } from '../../src/core/drill';
import { readHistory } from '../../src/core/history-read';
import { readLevels } from '../../src/core/levels';
import { subsetOf } from '../../src/core/schema';
import { readSettings, SETTINGS_VERSION } from '../../src/core/settings';
import { FIELD_KEYS, fromSync, planSettingsWrite, readStoredSettings } from '../../src/core/settings-sync';
import { readState } from '../../src/core/state';
import { stateRecord } from '../../src/core/state-record';
import { topDrills } from '../../src/core/stats';
import { planSeconds, timerPlan } from '../../src/core/timer';

// Issue 24: records that name the user's own drills (own-…) and the organisation's (org-…), read
// and written by this version, and by an older one that knows only the catalog's ids.

const T0 = Date.UTC(2026, 2, 2, 9);
const MIN = 60_000;
/** A drill of a kind a newer version may name: this version keeps it stored, unread. */
const NEWER = 'team-ab12';

describe('settings naming own drills', () => {
  it('are read with the own ids in the switched-off and painful lists', () => {
    const { settings, repaired } = readSettings({ version: SETTINGS_VERSION, disabledDrills: ['own-a1', 'chin-tucks', 'org-x1', NEWER], painfulDrills: ['own-b2'] });
    expect(settings.disabledDrills).toEqual(['own-a1', 'chin-tucks', 'org-x1']);
    expect(settings.painfulDrills).toEqual(['own-b2']);
    expect(repaired).toEqual([]);
  });

  it('written with one more drill switched off, keep the own ids and the newer version’s', () => {
    const stored = fromSync({ settings: { version: SETTINGS_VERSION, disabledDrills: ['own-a1', NEWER] } });
    expect(readStoredSettings(stored).settings.disabledDrills).toEqual(['own-a1']);
    const { items } = planSettingsWrite(stored, (fresh) => ({ disabledDrills: [...fresh.disabledDrills, 'org-x1'] }));
    expect(items).toMatchObject({ [FIELD_KEYS.disabledDrills]: ['own-a1', 'org-x1', NEWER], settings: { disabledDrills: ['own-a1', 'org-x1', NEWER] } });
  });

  it('read by an older version (catalog ids only): the own ids are not in its view, and stay in storage when it writes', () => {
    const older = subsetOf(DRILL_IDS, []);
    const stored = ['own-a1', 'chin-tucks', 'org-x1'];
    expect(older.check(stored)).toEqual({ ok: true, value: ['chin-tucks'] });
    expect(older.keep!(stored, ['chin-tucks', 'wall-slides'])).toEqual(['chin-tucks', 'wall-slides', 'own-a1', 'org-x1']);
  });
});

describe('the state naming own drills', () => {
  const raw = {
    lastResetAt: T0,
    nextBreakAt: T0 + 90 * MIN,
    pending: { drillId: 'own-a1', dueAt: T0, shownAt: T0, snoozedUntil: null, held: false, swapped: ['org-x1', NEWER], waiting: null },
    snoozesInRow: 0,
    pause: null,
    meetingUntil: null,
    awaySince: null,
    recentDrills: ['own-b2', NEWER, 'chin-tucks'],
    drillWindowId: null,
  };

  it('is read with the break’s own drill, its swapped drills and the recent ones', () => {
    const { state } = readState(raw, T0 + MIN);
    expect(state.pending).toMatchObject({ drillId: 'own-a1', swapped: ['org-x1'] });
    expect(state.recentDrills).toEqual(['own-b2', 'chin-tucks']);
  });

  it('written after a swap and a drill done, keeps the newer version’s drills in their places', () => {
    const { state } = readState(raw, T0 + MIN);
    const next = { ...state, pending: { ...state.pending!, drillId: 'chin-tucks' as const, swapped: [...state.pending!.swapped, 'own-a1' as const] }, recentDrills: ['own-a1' as const, ...state.recentDrills] };
    const record = stateRecord(next, raw) as typeof raw;
    expect(record.pending.swapped).toEqual(['org-x1', NEWER, 'own-a1']);
    expect(record.recentDrills).toEqual(['own-a1', 'own-b2', NEWER, 'chin-tucks']);
  });
});

describe('history and levels naming own drills', () => {
  const event = (drillId: unknown) => ({ at: T0, outcome: 'done', dueAt: T0, shownAt: T0, drillId, rating: 'easy', seconds: 40 });

  it('history keeps an own drill’s breaks; a newer version’s drill reads as none named', () => {
    const { events, unknown, malformed } = readHistory([event('own-a1'), event('org-x1'), event(NEWER)]);
    expect(events.map((e) => e.drillId)).toEqual(['own-a1', 'org-x1', null]);
    expect({ unknown, malformed }).toEqual({ unknown: 0, malformed: 0 });
  });

  it('counts own drills among the most done, after the catalog’s at equal counts', () => {
    const events = readHistory([event('own-a1'), event('own-a1'), event('chin-tucks'), event('own-b2'), event('band-rows')]).events;
    expect(topDrills(events)).toEqual([
      { drillId: 'own-a1', count: 2 },
      { drillId: 'band-rows', count: 1 },
      { drillId: 'chin-tucks', count: 1 },
      { drillId: 'own-b2', count: 1 },
    ]);
  });

  it('levels keep an own drill’s level and moves, even where its ladder is not known here', () => {
    const level = { rung: 3, streak: { rating: 'easy', count: 1 }, last: { from: 2, to: 3, at: T0, why: 'easy' } };
    const { levels, unknown, malformed } = readLevels({ drills: { 'own-a1': level, 'org-x1': { rung: 0, streak: null, last: null }, [NEWER]: level }, log: [{ drillId: 'own-a1', from: 2, to: 3, at: T0, why: 'easy' }] });
    expect(levels.drills).toEqual({ 'own-a1': level, 'org-x1': { rung: 0, streak: null, last: null } });
    expect(levels.log).toEqual([{ drillId: 'own-a1', from: 2, to: 3, at: T0, why: 'easy' }]);
    expect({ unknown, malformed }).toEqual({ unknown: 1, malformed: 0 });
  });
});

describe('a dose that names its rest', () => {
  const reps: Dose = { kind: 'reps', reps: 5, sets: 3, perSide: true, rest: 40 };
  const hold: Dose = { kind: 'hold', seconds: 20, reps: 4, perSide: false, rest: 30 };

  it('rests that long between sets and holds, and the usual 5 s to switch sides', () => {
    const rests = timerPlan(reps).filter((s) => s.kind === 'rest').map((s) => [s.cue, s.seconds]);
    expect(rests).toEqual([['switch sides', 5], ['rest', 40], ['switch sides', 5], ['rest', 40], ['switch sides', 5]]);
    expect(fullDurationSeconds(reps)).toBe(planSeconds(timerPlan(reps)));
    expect(fullDurationSeconds(hold)).toBe(4 * 20 + 3 * 30);
  });

  it('fits as many holds in a break as the cap allows with those rests', () => {
    expect(breakDose(hold, 120)).toEqual({ ...hold, reps: 3 });
    // Four holds take 4 × 20 s and 3 × 30 s of rest: 170 s.
    expect(breakDose(hold, 169)).toEqual({ ...hold, reps: 3 });
    expect(breakDose(hold, 170)).toEqual({ ...hold, reps: 4 });
    expect(planSeconds(timerPlan(breakDose(hold, 120)))).toBeLessThanOrEqual(120);
  });
});
