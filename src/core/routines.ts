import { addDays, startOfDay } from 'date-fns';
import { findDrill, type DrillId } from './catalog';
import type { Dose, Drill } from './drill';
import { parseClock } from './clock';
import { unfit } from './rotation';
import type { Settings } from './settings';

// The desk-worker plan's two optional routines: mobility before sitting down, gentle stretching
// before bed. Each step has a stand-in for users without the equipment or the room.

export const ROUTINE_KINDS = ['morning', 'evening'] as const;
export type RoutineKind = (typeof ROUTINE_KINDS)[number];

interface RoutineStep {
  drill: DrillId;
  alternative: DrillId;
  /** Where the plan prescribes a different dose for the routine than for a break. */
  dose?: Dose;
}

export const ROUTINES: Record<RoutineKind, { title: string; steps: RoutineStep[] }> = {
  // Titles are message keys.
  morning: {
    title: 'routine_morning',
    steps: [
      { drill: 'thoracic-extension-roller', alternative: 'thoracic-extension-chair' },
      { drill: 'band-pull-aparts', alternative: 'wall-slides', dose: { kind: 'reps', reps: 10, sets: 2, perSide: false } },
    ],
  },
  evening: {
    title: 'routine_evening',
    steps: [
      { drill: 'childs-pose-side-reach', alternative: 'upper-trap-stretch' },
      { drill: 'dead-hang', alternative: 'doorway-pec-stretch' },
    ],
  },
};

type RoutineSettings = Pick<Settings, 'disabledDrills' | 'painfulDrills' | 'equipment' | 'spaces'>;

/** The drills this user can do in the routine, with their doses; a step with neither option fitting is left out. */
export function routinePlan(kind: RoutineKind, settings: RoutineSettings): { drill: Drill; dose: Dose }[] {
  // The routine is not a break: switched-off drills and the break-length cap do not apply here.
  const fits = (id: DrillId) => {
    const drill = findDrill(id);
    return drill && unfit(drill, { ...settings, disabledDrills: [], drillCapSeconds: 3600 }) === null ? drill : undefined;
  };
  return ROUTINES[kind].steps.flatMap((step) => {
    const main = fits(step.drill);
    if (main) return [{ drill: main, dose: step.dose ?? main.dose }];
    const alt = fits(step.alternative);
    return alt ? [{ drill: alt, dose: alt.dose }] : [];
  });
}

/** The next time the routine is due: its clock time on a working day, after now; null when it is off. */
export function nextRoutineAt(kind: RoutineKind, settings: Pick<Settings, 'morningRoutine' | 'morningTime' | 'eveningRoutine' | 'eveningTime' | 'workDays'>, now: number): number | null {
  const on = kind === 'morning' ? settings.morningRoutine : settings.eveningRoutine;
  const minutes = parseClock(kind === 'morning' ? settings.morningTime : settings.eveningTime);
  if (!on || minutes === null) return null;
  for (let d = 0; d <= 7; d++) {
    const day = addDays(startOfDay(now), d);
    if (!settings.workDays.includes(day.getDay())) continue;
    const t = new Date(day.getFullYear(), day.getMonth(), day.getDate(), Math.floor(minutes / 60), minutes % 60).getTime();
    if (t > now) return t;
  }
  return null;
}
