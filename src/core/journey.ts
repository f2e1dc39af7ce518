import { differenceInCalendarDays } from 'date-fns';
import { DRILL_IDS, isCatalogId, type DrillId } from './catalog/ids';
import { fromDayKey } from './history';
import { catalogLadders, levelOf, type LevelChange, type Ladders, type LevelStore } from './levels';
import { doneDays, type HistoryView } from './today';

// The 90 days of the upper-back plan, counted from the first drill the user finished, and how
// their drills' levels moved. Pure: the progress page renders it in the user's language.

export const JOURNEY_DAYS = 90;

export const MILESTONE_IDS = ['week1', 'weeks3', 'month1', 'month2', 'month3'] as const;
export type MilestoneId = (typeof MILESTONE_IDS)[number];

/**
 * The plan names its milestones by week and month ("week 1", "month 1" …) and asks for three
 * steady weeks; the day numbers are our mapping of those onto journey days, not the plan's.
 */
export const MILESTONE_DAYS: Record<MilestoneId, number> = { week1: 7, weeks3: 21, month1: 30, month2: 60, month3: 90 };

export interface Milestone {
  id: MilestoneId;
  day: number;
  reached: boolean;
}

export interface Journey {
  /** The local day (yyyy-MM-dd) of the first drill done, from events and folded days alike. */
  firstDay: string;
  /** Calendar days since then, that day being day 1. Can pass JOURNEY_DAYS: the count goes on. */
  day: number;
  past: boolean;
  /** Local days with at least one drill done since the first: how steady the journey has been. */
  daysDone: number;
  milestones: Milestone[];
}

/** The first local day with a drill done, or null before any. */
export function firstDrillDay(history: HistoryView): string | null {
  // yyyy-MM-dd keys sort as the days they name.
  return [...doneDays(history)].sort()[0] ?? null;
}

/**
 * Where the user is in the 90 days at `now`, or null before the first drill. Counted in local
 * calendar days, so a 23- or 25-hour day across a clock change is still one day.
 */
export function journeyAt(history: HistoryView, now: number): Journey | null {
  const firstDay = firstDrillDay(history);
  if (firstDay === null) return null;
  // A clock set back past the first drill would make the count zero or less; the journey has begun, so it is day 1.
  const day = Math.max(1, differenceInCalendarDays(now, fromDayKey(firstDay)) + 1);
  return {
    firstDay,
    day,
    past: day > JOURNEY_DAYS,
    daysDone: doneDays(history).size,
    milestones: MILESTONE_IDS.map((id) => ({ id, day: MILESTONE_DAYS[id], reached: day >= MILESTONE_DAYS[id] })),
  };
}

/** One drill's level over time: where its ladder starts, each move oldest first, where it is now. */
export interface DrillLevelHistory {
  drillId: DrillId;
  start: number;
  changes: LevelChange[];
  current: number;
  /** How many rungs its ladder has, for "level 2 of 4". */
  rungs: number;
}

export interface LevelProgress {
  /** Drills now above the rung their ladder starts on. */
  levelledUp: number;
  /** Moves up, for whatever reason, in the record kept (see MAX_LEVEL_LOG). */
  levelUps: number;
  /** Every drill whose level ever moved: the catalog's in catalog order, then the user's own as their levels first moved. */
  drills: DrillLevelHistory[];
}

/**
 * `ladders`: the drills' ladders, the user's own among them (laddersOf(world)). An own drill whose
 * ladder is not known here (deleted) keeps its record, out of the count of drills above their start.
 */
export function levelProgress(levels: LevelStore, ladders: Ladders = catalogLadders): LevelProgress {
  const byDrill = new Map<DrillId, LevelChange[]>();
  for (const change of levels.log) byDrill.set(change.drillId, [...(byDrill.get(change.drillId) ?? []), change]);
  const own = new Set([...byDrill.keys(), ...(Object.keys(levels.drills) as DrillId[])].filter((id) => !isCatalogId(id)));
  const drills: DrillLevelHistory[] = [];
  let levelledUp = 0;
  for (const id of [...DRILL_IDS, ...own]) {
    const level = levelOf(levels, id, ladders);
    const ladder = ladders(id);
    if (ladder && level.rung > ladder.start) levelledUp++;
    // A level whose moves were dropped from the record (repaired storage) still knows its last one.
    const changes = byDrill.get(id) ?? (level.last ? [{ drillId: id, ...level.last }] : []);
    // A deleted drill's ladder is gone: its top is the highest rung its record names.
    const rungs = ladder?.rungs.length ?? 1 + Math.max(level.rung, ...changes.flatMap((c) => [c.from, c.to]));
    if (changes.length > 0) drills.push({ drillId: id, start: ladder?.start ?? 0, changes, current: level.rung, rungs });
  }
  const levelUps = drills.reduce((n, d) => n + d.changes.filter((c) => c.to > c.from).length, 0);
  return { levelledUp, levelUps, drills };
}
