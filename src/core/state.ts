import { DRILL_IDS, isDrillId, isOwnId, type DrillId } from './catalog/ids';
import { BUSY_REASONS } from './busy';
import { POSTURE_KINDS } from './posture-kinds';
import { boolean, idsWhere, idWhere, integer, oneOf, optional, read, strictRecord, timestamp, type Field, type Values } from './schema';

// The scheduler's whole memory. The service worker may be stopped between any two events,
// so everything it needs to decide lives here, as timestamps, in storage.local.

function stateSchema(now: number) {
  const time = timestamp(() => now);
  return {
    /** When the timer last started over: a finished, skipped or natural break, or install. */
    lastResetAt: time,
    /** When the next break is due; null while paused until resumed. Derived, stored for the views. */
    nextBreakAt: optional(time),
    /** The break that fell due and has not been answered yet. */
    pending: strictRecord({
      /** Null when every drill was marked painful: the break says no drill is available. */
      drillId: optional(idWhere(isDrillId, DRILL_IDS[0])),
      dueAt: time,
      shownAt: time,
      /** Set while snoozed: the break comes back then. */
      snoozedUntil: optional(time),
      /** Fell due while the user was away; shown when they return, if they were not away long. */
      // Stryker disable next-line BooleanLiteral: absentAs supplies the value for a break stored before holds; a strict record with a broken member never reads the fallback
      held: absentAs(boolean(false), false),
      /** Drills swapped away during this break, so Swap walks down the list instead of bouncing back. */
      // Stryker disable next-line ArrayDeclaration: as for held, the strict record never reads this fallback
      swapped: absentAs(idsWhere(isDrillId, []), []),
      /** Fell due while the user was presenting, on a call or in a meeting: why, and since when it waits. */
      // Stryker disable next-line StringLiteral: as for held, the strict record never reads a member's fallback; a break waiting for an unknown reason is dropped whole
      waiting: strictRecord({ reason: oneOf(BUSY_REASONS, 'fullscreen'), since: time }),
    }),
    snoozesInRow: integer(0, 0, 99),
    /** Until null means until the user resumes. */
    pause: strictRecord({ since: time, until: optional(time) }),
    /** The user said they are in a meeting until then: a break that falls due waits for its end. */
    meetingUntil: optional(time),
    /** When the user went idle or locked the screen; null while they are at the desk. */
    awaySince: optional(time),
    /** Drill ids, each once, most recently done first, for rotation. */
    recentDrills: idsWhere(isDrillId, []),
    /** The last posture reset (core/posture.ts): which, when, and whether it was shown or dropped. */
    // Stryker disable next-line StringLiteral,BooleanLiteral: a strict record never reads a member's fallback
    posture: strictRecord({ kind: oneOf(POSTURE_KINDS, 'chin-tucks'), at: time, shown: boolean(true) }),
    /** The compact drill window we opened, so a second break focuses it instead of stacking another. */
    drillWindowId: optional(integer(0, -1, Number.MAX_SAFE_INTEGER)),
  };
}

/** A member added to a strict record later: a record stored before it existed reads as having `value`, not as broken. */
function absentAs<T>(field: Field<T>, value: T): Field<T> {
  return { ...field, check: (raw) => (raw === undefined ? { ok: true, value: structuredClone(value) } : field.check(raw)) };
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
  // Every drill is remembered, once: rotation always knows which one has waited longest.
  return [drillId, ...recent.filter((id) => id !== drillId)];
}

/**
 * The recent drills without the own drills no longer among `drills` (deleted, or gone from the
 * policy), so the list does not grow with every drill ever written. The catalog's stay, as do
 * drills of a newer version (never in this view: the stored record keeps them).
 */
export function forgetGone(recent: readonly DrillId[], drills: readonly { id: string }[]): DrillId[] {
  const here = new Set(drills.map((d) => d.id));
  return recent.filter((id) => !isOwnId(id) || here.has(id));
}

/** The break the user should see now: pending, not snoozed, not held for their return or their meeting. */
export function visibleBreak(state: State, now: number): PendingBreak | null {
  const p = state.pending;
  // Stryker disable next-line ConditionalExpression: without the null check, null > now is false all the same; it is kept to say so.
  if (!p || p.held || p.waiting || (p.snoozedUntil !== null && p.snoozedUntil > now)) return null;
  return p;
}

/** Whether the break on screen may be snoozed again, or only done or skipped. */
export function canSnooze(state: Pick<State, 'snoozesInRow'>, settings: { snoozeCap: number }): boolean {
  return state.snoozesInRow < settings.snoozeCap;
}
