import { describe, expect, it } from 'vitest';
import { nextRoutineAt, routineMinutes, routinePlan, ROUTINES, routineSeconds } from '../../src/core/routines';
import { english } from '../english';
import { DEFAULT_SETTINGS, OWNABLE_EQUIPMENT, SPACES } from '../../src/core/settings';

const at = (iso: string) => new Date(iso).getTime();
const everything = { ...DEFAULT_SETTINGS, equipment: [...OWNABLE_EQUIPMENT], spaces: [...SPACES] };

describe('routines', () => {
  // The desk-worker plan: a 5-minute morning (roller extensions, 2 × 10 pull-aparts) and an
  // 8-minute evening (child's pose with side reaches, a 90 s dead hang).
  it('follow the plan when the equipment is there, with the plan’s own doses', () => {
    const morning = routinePlan('morning', everything);
    expect(morning.map((s) => [s.drill.id, s.dose])).toEqual([
      ['thoracic-extension-roller', { kind: 'hold', seconds: 15, reps: 12, perSide: false }],
      ['band-pull-aparts', { kind: 'reps', reps: 10, sets: 2, perSide: false }],
    ]);
    const evening = routinePlan('evening', everything);
    expect(evening.map((s) => [s.drill.id, s.dose])).toEqual([
      ['childs-pose-side-reach', { kind: 'hold', seconds: 45, reps: 4, perSide: true }],
      ['dead-hang', { kind: 'hold', seconds: 90, reps: 1, perSide: false }],
    ]);
  });

  it('take the plan’s time, worked out from the doses', () => {
    const morning = routinePlan('morning', everything);
    expect(routineSeconds(morning)).toBe(12 * 15 + 11 * 5 + (2 * 10 * 3 + 5));
    expect(routineSeconds(morning)).toBe(300);
    expect(routineMinutes(morning)).toBe(5);
    const evening = routinePlan('evening', everything);
    expect(routineSeconds(evening)).toBe(4 * (45 + 5 + 45) + 3 * 5 + 90);
    expect(routineMinutes(evening)).toBe(8);
    // The stand-ins keep the routine as long as the plan's.
    expect(routineSeconds(routinePlan('morning', DEFAULT_SETTINGS))).toBe(300);
    expect(routineSeconds(routinePlan('evening', DEFAULT_SETTINGS))).toBe(395 + 95);
    expect(routineMinutes(routinePlan('evening', DEFAULT_SETTINGS))).toBe(8);
  });

  it('count a routine left with a single short step as at least a minute, and an empty one as none', () => {
    const one = routinePlan('morning', { ...everything, painfulDrills: ['thoracic-extension-roller', 'thoracic-extension-chair'] });
    expect(routineSeconds(one)).toBe(65);
    expect(routineMinutes(one)).toBe(1);
    expect(routineMinutes([{ drill: one[0]!.drill, dose: { kind: 'hold', seconds: 20, reps: 1, perSide: false } }])).toBe(1);
    expect(routineMinutes([])).toBe(0);
  });

  it('let a beginner build up to the 90 s hang, while the target stays the plan’s', () => {
    const hang = routinePlan('evening', everything)[1]!;
    expect(hang.note).toBe('routine_note_dead_hang');
    expect(routinePlan('evening', DEFAULT_SETTINGS)[1]!.note).toBeUndefined();
  });

  it('use the stand-ins without a roller, a band, floor space or a bar', () => {
    expect(routinePlan('morning', DEFAULT_SETTINGS).map((s) => s.drill.id)).toEqual(['thoracic-extension-chair', 'wall-slides']);
    expect(routinePlan('evening', DEFAULT_SETTINGS).map((s) => s.drill.id)).toEqual(['upper-trap-stretch', 'doorway-pec-stretch']);
    expect(routinePlan('morning', DEFAULT_SETTINGS).map((s) => s.dose)).toEqual([
      { kind: 'hold', seconds: 15, reps: 12, perSide: false },
      { kind: 'reps', reps: 10, sets: 2, perSide: false },
    ]);
    expect(routinePlan('evening', DEFAULT_SETTINGS).map((s) => s.dose)).toEqual([
      { kind: 'hold', seconds: 45, reps: 4, perSide: true },
      { kind: 'hold', seconds: 45, reps: 1, perSide: true },
    ]);
  });

  it('leave out a step whose drills were both reported painful', () => {
    const plan = routinePlan('evening', { ...DEFAULT_SETTINGS, painfulDrills: ['upper-trap-stretch', 'childs-pose-side-reach'] });
    expect(plan.map((s) => s.drill.id)).toEqual(['doorway-pec-stretch']);
  });

  it('come at their time on working days only, and not when off', () => {
    const s = { ...DEFAULT_SETTINGS, morningRoutine: true, eveningRoutine: true };
    expect(nextRoutineAt('morning', s, at('2026-03-02T07:00'))).toBe(at('2026-03-02T08:30'));
    expect(nextRoutineAt('morning', s, at('2026-03-02T09:00'))).toBe(at('2026-03-03T08:30'));
    expect(nextRoutineAt('evening', s, at('2026-03-06T19:00'))).toBe(at('2026-03-09T18:00')); // Friday evening → Monday
    expect(nextRoutineAt('morning', DEFAULT_SETTINGS, at('2026-03-02T07:00'))).toBeNull();
  });
});

describe('routine timing edges', () => {
  it('a routine on the only working day, its time passed today, comes back a week on', () => {
    const s = { ...DEFAULT_SETTINGS, morningRoutine: true, morningTime: '08:30', workDays: [1] }; // Mondays
    expect(nextRoutineAt('morning', s, at('2026-03-02T09:00'))).toBe(at('2026-03-09T08:30'));
  });

  it('an unreadable time sets no routine, rather than one at midnight', () => {
    expect(nextRoutineAt('evening', { ...DEFAULT_SETTINGS, eveningRoutine: true, eveningTime: 'late' }, at('2026-03-02T09:00'))).toBeNull();
  });

  it('each routine is titled in words', () => {
    expect(english(ROUTINES.morning.title)).toBe('Morning mobility');
    expect(english(ROUTINES.evening.title)).toBe('Evening wind-down');
  });
});
