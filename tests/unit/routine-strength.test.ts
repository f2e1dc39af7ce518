import { describe, expect, it } from 'vitest';
import { weeklyDose } from '../../src/core/dose';
import { CATALOG } from '../../src/core/catalog';
import { addRoutineStrength, readRoutineStrength } from '../../src/core/routine-strength';
import { inTimeZone, useTimeZone } from './tz';

// The routines' strengthening: kept per local day apart from the break history, and counted in the
// weekly dose with the breaks' (the routines record no break).

useTimeZone('Europe/Berlin');
const at = (iso: string) => inTimeZone('Europe/Berlin', () => new Date(iso).getTime());
const empty = { events: [], days: [] };

describe('strengthening in the routines', () => {
  it('is added per local day, counted as a break’s drill is (at most 10 minutes a drill), keeping what it does not read', () => {
    const stored = { days: { '2026-03-02': 60, 'week-10': 5, '2024-12-01': 90 }, note: 'x' };
    const once = inTimeZone('Europe/Berlin', () => addRoutineStrength(stored, at('2026-03-02T07:30'), 75.4));
    expect(once).toEqual({ days: { '2026-03-02': 135, 'week-10': 5 }, note: 'x' });
    expect(inTimeZone('Europe/Berlin', () => addRoutineStrength(undefined, at('2026-03-03T07:30'), 5000))).toEqual({ days: { '2026-03-03': 600 } });
    expect(readRoutineStrength({ days: { '2026-03-02': 60, '2026-03-03': -5, '2026-03-04': 'a', x: 3 } })).toEqual({ '2026-03-02': 60 });
  });

  it('counts in the week’s minutes, its active days and its days of two minutes, with the breaks’ of the same day', () => {
    const band = CATALOG.find((d) => d.category === 'strength')!;
    const history = { events: [{ at: at('2026-03-02T10:30'), outcome: 'done' as const, dueAt: null, shownAt: null, drillId: band.id, rating: null, seconds: 60 }], days: [] };
    const [week] = inTimeZone('Europe/Berlin', () => weeklyDose(history, CATALOG, at('2026-03-04T12:00'), 1, { '2026-03-02': 60, '2026-03-03': 30 }));
    expect(week).toEqual({ week: '2026-03-02', strengthSeconds: 150, strengthMinutes: 2.5, activeDays: 2, strengthDays: 1 });
    const [none] = inTimeZone('Europe/Berlin', () => weeklyDose(empty, CATALOG, at('2026-03-04T12:00'), 1));
    expect(none).toMatchObject({ strengthSeconds: 0, activeDays: 0 });
  });
});
