import { addDays, startOfDay } from 'date-fns';
import { CATALOG, findDrill, type DrillId } from './catalog';
import { fullDurationSeconds, type Dose, type Drill } from './drill';
import { parseClock } from './clock';
import { unfit } from './rotation';
import type { Settings } from './settings';

// The desk-worker plan's two optional routines: mobility before sitting down (about 5 minutes),
// gentle stretching before bed (about 8). Each step has a stand-in for users without the equipment
// or the room, dosed so the routine still takes the plan's time.

export { ROUTINE_KINDS, type RoutineKind } from './drill';
import type { RoutineKind } from './drill';

interface RoutineStep {
  drill: DrillId;
  dose: Dose;
  alternative: DrillId;
  alternativeDose: Dose;
  /** Message key of advice for this step, e.g. how a beginner builds up to the plan's dose. */
  note?: string;
}

// Three breaths over each segment of the upper back, twelve segments (the roller moves between them).
const EXTENSION: Dose = { kind: 'hold', seconds: 15, reps: 12, perSide: false };
const TWO_BY_TEN: Dose = { kind: 'reps', reps: 10, sets: 2, perSide: false };
const SIDE_REACHES: Dose = { kind: 'hold', seconds: 45, reps: 4, perSide: true };

export const ROUTINES: Record<RoutineKind, { title: string; graceMinutes: number; steps: RoutineStep[] }> = {
  // Titles are message keys. The grace is how late the routine may still be announced: later than
  // that (a laptop woken the next morning) it belongs to another time of day and is skipped.
  morning: {
    title: 'routine_morning',
    graceMinutes: 30,
    steps: [
      { drill: 'thoracic-extension-roller', dose: EXTENSION, alternative: 'thoracic-extension-chair', alternativeDose: EXTENSION },
      { drill: 'band-pull-aparts', dose: TWO_BY_TEN, alternative: 'wall-slides', alternativeDose: TWO_BY_TEN },
    ],
  },
  evening: {
    title: 'routine_evening',
    graceMinutes: 30,
    steps: [
      { drill: 'childs-pose-side-reach', dose: SIDE_REACHES, alternative: 'upper-trap-stretch', alternativeDose: SIDE_REACHES },
      // The plan's 90 s is the target; a beginner gets there in short hangs (the note says how).
      {
        drill: 'dead-hang',
        dose: { kind: 'hold', seconds: 90, reps: 1, perSide: false },
        note: 'routine_note_dead_hang',
        alternative: 'doorway-pec-stretch',
        alternativeDose: { kind: 'hold', seconds: 45, reps: 1, perSide: true },
      },
    ],
  },
};

type RoutineSettings = Pick<Settings, 'disabledDrills' | 'painfulDrills' | 'equipment' | 'spaces'>;

export interface RoutinePlanStep {
  drill: Drill;
  dose: Dose;
  note?: string;
}

/**
 * The drills this user can do in the routine, with their doses; a step with neither option fitting
 * is left out. The user's own drills chosen for this routine follow the plan's, at their written dose.
 */
export function routinePlan(kind: RoutineKind, settings: RoutineSettings, world: readonly Drill[] = CATALOG): RoutinePlanStep[] {
  // The routine is not a break: switched-off drills and the break-length cap do not apply here.
  const fits = (id: DrillId) => {
    const drill = findDrill(id);
    // Stryker disable next-line ArrayDeclaration: a list holding something that is no drill id switches no drill off either
    return drill && unfit(drill, { ...settings, disabledDrills: [], drillCapSeconds: 3600 }) === null ? drill : undefined;
  };
  const plan = ROUTINES[kind].steps.flatMap((step) => {
    const main = fits(step.drill);
    if (main) return [{ drill: main, dose: step.dose, ...(step.note ? { note: step.note } : {}) }];
    const alt = fits(step.alternative);
    return alt ? [{ drill: alt, dose: step.alternativeDose }] : [];
  });
  const own = world.filter((d) => d.own?.routines.includes(kind) && unfit(d, { ...settings, disabledDrills: [], drillCapSeconds: 3600 }) === null);
  return [...plan, ...own.map((drill) => ({ drill, dose: drill.dose }))];
}

/** How long the routine takes, from its doses: the guided timer's time for every step. */
export function routineSeconds(plan: readonly RoutinePlanStep[]): number {
  return plan.reduce((sum, step) => sum + fullDurationSeconds(step.dose), 0);
}

/** The routine's length in whole minutes, as it is announced; at least one for any step at all. */
export function routineMinutes(plan: readonly RoutinePlanStep[]): number {
  return plan.length === 0 ? 0 : Math.max(1, Math.round(routineSeconds(plan) / 60));
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

/**
 * Whether a routine alarm meant for `scheduledAt` is still worth announcing at `now`: not when it
 * comes more than the routine's grace late (the computer slept through it). A skipped routine is
 * not made up; the next one is set as after any other.
 */
export function routineDue(kind: RoutineKind, scheduledAt: number, now: number): boolean {
  return now - scheduledAt <= ROUTINES[kind].graceMinutes * 60_000;
}
