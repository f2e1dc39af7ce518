import { DRILL_IDS, type DrillId } from './catalog';
import { integer, listOf, oneOf, optional, read, strictRecord, timestamp, type Values } from './schema';

// The scheduler's whole memory. The service worker may be stopped between any two events,
// so everything it needs to decide lives here, as timestamps, in storage.local.

const RECENT_MAX = 20;

function stateSchema(now: number) {
  return {
    /** When the timer last started over: a finished or skipped break, or install. */
    lastResetAt: timestamp(() => now),
    /** When the break alarm is meant to fire; null until first scheduled. */
    nextBreakAt: optional(timestamp(() => now)),
    /** The break on screen now, if any. */
    pending: strictRecord({
      drillId: oneOf(DRILL_IDS, DRILL_IDS[0]!),
      dueAt: timestamp(() => now),
      shownAt: timestamp(() => now),
    }),
    /** Drill ids, most recent first, for rotation. */
    recentDrills: listOf(DRILL_IDS, RECENT_MAX),
    /** The compact drill window we opened, so a second break focuses it instead of stacking another. */
    drillWindowId: optional(integer(0, -1, Number.MAX_SAFE_INTEGER)),
  };
}

export type State = Values<ReturnType<typeof stateSchema>>;
export type PendingBreak = NonNullable<State['pending']>;

export function readState(raw: unknown, now: number): { state: State; repaired: string[] } {
  const { value, repaired } = read(stateSchema(now), raw);
  return { state: value, repaired };
}

export function initialState(now: number): State {
  return readState(undefined, now).state;
}

export function rememberDrill(recent: readonly DrillId[], drillId: DrillId): DrillId[] {
  return [drillId, ...recent].slice(0, RECENT_MAX);
}
