import { describe, expect, it } from 'vitest';
import { nextRoutineAt, routinePlan } from '../../src/core/routines';
import { DEFAULT_SETTINGS, OWNABLE_EQUIPMENT, SPACES } from '../../src/core/settings';

const at = (iso: string) => new Date(iso).getTime();
const everything = { ...DEFAULT_SETTINGS, equipment: [...OWNABLE_EQUIPMENT], spaces: [...SPACES] };

describe('routines', () => {
  it('follow the plan when the equipment is there, with the plan’s own dose', () => {
    const plan = routinePlan('morning', everything);
    expect(plan.map((s) => s.drill.id)).toEqual(['thoracic-extension-roller', 'band-pull-aparts']);
    expect(plan[1]!.dose).toEqual({ kind: 'reps', reps: 10, sets: 2, perSide: false });
    expect(routinePlan('evening', everything).map((s) => s.drill.id)).toEqual(['childs-pose-side-reach', 'dead-hang']);
  });

  it('use the stand-ins without a roller, a band, floor space or a bar', () => {
    expect(routinePlan('morning', DEFAULT_SETTINGS).map((s) => s.drill.id)).toEqual(['thoracic-extension-chair', 'wall-slides']);
    expect(routinePlan('evening', DEFAULT_SETTINGS).map((s) => s.drill.id)).toEqual(['upper-trap-stretch', 'doorway-pec-stretch']);
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
