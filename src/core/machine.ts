import { addMinutes } from 'date-fns';
import { inWorkingPeriod } from './clock';
import type { BreakEvent, Outcome as HistoryOutcome } from './history';
import { pickDrill } from './rotation';
import type { DrillId } from './catalog';
import type { Settings } from './settings';
import { canSnooze, rememberDrill, type PendingBreak, type State } from './state';

export { canSnooze };

// The scheduler as a pure state machine: an event and the stored state go in; the new state,
// whether to put the break in front of the user, and what to record come out. The service
// worker only executes these decisions.

export type IdleState = 'active' | 'idle' | 'locked';

export type SchedulerEvent =
  /** `scheduledAt`: when the alarm was meant to fire, which says how late it is and what it was for. */
  | { type: 'alarm'; idle: IdleState; scheduledAt: number }
  | { type: 'idle'; idle: IdleState }
  | { type: 'startup' }
  | { type: 'start-now' }
  | { type: 'swap' }
  | { type: 'finish'; outcome: 'done' | 'skipped'; seconds?: number | undefined }
  | { type: 'snooze'; minutes: number }
  | { type: 'pause'; until: number | null }
  | { type: 'resume' };

export interface Decision {
  state: State;
  /** Put the pending break in front of the user: notification and drill. */
  show: boolean;
  record: BreakEvent[];
}

export function step(state: State, settings: Settings, event: SchedulerEvent, now: number): Decision {
  switch (event.type) {
    case 'alarm':
      return onAlarm(state, settings, event.idle, event.scheduledAt, now);
    case 'idle':
      return onIdle(state, settings, event.idle, now);
    case 'startup':
      return onStartup(state, settings, now);
    case 'start-now':
      return keep({ ...state, pending: onScreen(state.pending ?? newPending(state, settings, now), now) });
    case 'swap': {
      const p = state.pending;
      if (!p) return keep(state);
      let choice = pickDrill(settings, state.recentDrills, [p.drillId, ...p.swapped]);
      let swapped = [...p.swapped, p.drillId];
      if (choice.fallback) {
        // Walked the whole list: start over from the best candidate.
        choice = pickDrill(settings, state.recentDrills, [p.drillId]);
        swapped = [p.drillId];
      }
      if (choice.fallback) return keep(state); // the only drill that fits
      return keep({ ...state, pending: { ...p, drillId: choice.drill.id as DrillId, swapped } });
    }
    case 'finish': {
      const p = state.pending;
      if (!p) return keep(state);
      return {
        state: { ...reset(state, now), recentDrills: rememberDrill(state.recentDrills, p.drillId) },
        show: false,
        record: [{ ...entry(event.outcome, p, now), seconds: event.seconds ?? null }],
      };
    }
    case 'snooze': {
      const p = state.pending;
      if (!p || !canSnooze(state, settings)) return keep(state);
      const pending = { ...p, snoozedUntil: addMinutes(now, event.minutes).getTime() };
      return { state: { ...state, pending, snoozesInRow: state.snoozesInRow + 1 }, show: false, record: [entry('snoozed', p, now)] };
    }
    case 'pause': {
      const record = state.pending ? [entry('paused', state.pending, now)] : [];
      return { state: { ...drop(state), pause: { since: now, until: event.until } }, show: false, record };
    }
    case 'resume':
      return keep(state.pause ? { ...state, pause: null, lastResetAt: now } : state);
  }
}

function onAlarm(state: State, settings: Settings, idle: IdleState, scheduledAt: number, now: number): Decision {
  if (state.pause) {
    const until = state.pause.until;
    // A pause that has run out ends where it was meant to; resuming is a reset.
    return keep(until !== null && now >= until ? { ...state, pause: null, lastResetAt: Math.max(state.lastResetAt, until) } : state);
  }
  // An alarm meant for before the timer last restarted waited behind that restart (Done, a return
  // from a long absence), or behind a snooze: the break it was for is settled or put off.
  const p = state.pending;
  if (state.nextBreakAt === null || scheduledAt <= state.lastResetAt || scheduledAt < (p?.snoozedUntil ?? 0)) return keep(state);
  const due = Math.min(state.nextBreakAt, scheduledAt);
  // A snooze the user chose comes back when asked, even just past the end of the working period.
  if (p?.snoozedUntil == null && !inWorkingPeriod(settings, now)) return keep(drop(state)); // e.g. the time zone moved
  // Far later than it was meant for means the machine slept: the user was away, so never a stale break.
  const late = now - scheduledAt >= minutes(settings.idleMinutes);
  if (late && idle === 'active') return natural(state, now, true);
  if (late || idle !== 'active' || state.awaySince !== null) {
    // Held for their return. After sleep the absence began by the alarm's time at the latest,
    // whatever a lock reported on waking says, so the return records it as a natural break.
    const awaySince = Math.min(state.awaySince ?? awayStart(idle, settings, now), late ? scheduledAt : now);
    return keep({ ...state, awaySince, pending: { ...(p ?? newPending(state, settings, due)), held: true, snoozedUntil: null } });
  }
  return show({ ...state, pending: onScreen(p ?? newPending(state, settings, due), now) });
}

function onIdle(state: State, settings: Settings, idle: IdleState, now: number): Decision {
  if (idle !== 'active') return keep(state.awaySince === null ? { ...state, awaySince: awayStart(idle, settings, now) } : state);
  if (state.awaySince === null) return keep(state);
  const back = { ...state, awaySince: null };
  if (now - state.awaySince >= minutes(settings.idleMinutes)) {
    return natural(back, now, !state.pause && (state.pending !== null || inWorkingPeriod(settings, now)));
  }
  if (state.pending?.held) return show({ ...back, pending: onScreen(state.pending, now) });
  return keep(back);
}

/**
 * After a browser restart: any absence is over, and a break that fell due (or was left on screen)
 * long ago, while the browser was closed, is stale: the timer starts over instead of springing a
 * break a minute after the browser opens.
 */
function onStartup(state: State, settings: Settings, now: number): Decision {
  const away = minutes(settings.idleMinutes);
  const p = state.pending;
  const missed = p ? now - (p.snoozedUntil ?? p.shownAt) >= away : !state.pause && state.nextBreakAt !== null && now - state.nextBreakAt >= away;
  return keep({ ...(missed ? reset(state, now) : state), awaySince: null, drillWindowId: null });
}

/** The user was away long enough: that was their break. The timer restarts now. */
function natural(state: State, now: number, recordIt: boolean): Decision {
  const record: BreakEvent[] = recordIt ? [{ at: now, outcome: 'natural', dueAt: state.pending?.dueAt ?? null, shownAt: null, drillId: null, rating: null, seconds: null }] : [];
  return { state: { ...reset(state, now), awaySince: null }, show: false, record };
}

/** The pending break goes, unanswered; the timer carries on from the last reset. */
function drop(state: State): State {
  return { ...state, pending: null, snoozesInRow: 0 };
}

function reset(state: State, now: number): State {
  return { ...drop(state), lastResetAt: now };
}

/** A new break due at `dueAt`; `onScreen` or the hold sets when it was shown. */
function newPending(state: State, settings: Settings, dueAt: number): PendingBreak {
  const drillId = pickDrill(settings, state.recentDrills).drill.id as DrillId;
  return { drillId, dueAt, shownAt: dueAt, snoozedUntil: null, held: false, swapped: [] };
}

/** The break in front of the user from `now`: neither held for their return nor snoozed. */
function onScreen(p: PendingBreak, now: number): PendingBreak {
  return { ...p, held: false, snoozedUntil: null, shownAt: now };
}

/** Chrome reports "idle" only after the detection interval without input, so the absence began that long ago. */
function awayStart(idle: IdleState, settings: Settings, now: number): number {
  return idle === 'idle' ? now - minutes(settings.idleMinutes) : now;
}

function entry(outcome: HistoryOutcome, p: PendingBreak, now: number): BreakEvent {
  return { at: now, outcome, dueAt: p.dueAt, shownAt: p.shownAt, drillId: p.drillId, rating: null, seconds: null };
}

function keep(state: State): Decision {
  return { state, show: false, record: [] };
}

function show(state: State): Decision {
  return { state, show: true, record: [] };
}

function minutes(n: number): number {
  return n * 60_000;
}
