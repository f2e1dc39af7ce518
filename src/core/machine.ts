import { addMinutes } from 'date-fns';
import type { BusyReason } from './busy';
import { inWorkingPeriod, withinOnePeriod } from './clock';
import { drop, entry, keep, minutes, onScreen, reset, type Decision } from './decision';
import type { BreakEvent } from './history';
import { checkHeld, heldEntry, release } from './hold';
import { inRotation, pickDrill } from './rotation';
import { MIN_LEAD_MINUTES, nextBreakAt } from './schedule';
import { onPostureAlarm } from './posture';
import { CATALOG, type DrillId } from './catalog';
import type { Drill } from './drill';
import type { Settings } from './settings';
import { canSnooze, forgetGone, rememberDrill, type PendingBreak, type State } from './state';

export { canSnooze, type Decision };

// The scheduler as a pure state machine: an event and the stored state go in; the new state,
// whether to put the break in front of the user, and what to record come out. The service
// worker only executes these decisions.

export type IdleState = 'active' | 'idle' | 'locked';

/** `busy`: why a break would have to wait right now (a full-screen window, sound, a meeting); none when absent. */
export type SchedulerEvent =
  /** `scheduledAt`: when the alarm was meant to fire, which says how late it is and what it was for. */
  | { type: 'alarm'; idle: IdleState; scheduledAt: number; busy?: BusyReason | null }
  | { type: 'idle'; idle: IdleState; busy?: BusyReason | null }
  /** A look at a break that waits: the check every minute, or the browser saying a signal changed. */
  | { type: 'check'; idle: IdleState; busy: BusyReason | null }
  /** The user says they are in a meeting until then, or that it is over (null). */
  | { type: 'meeting'; until: number | null; busy: BusyReason | null }
  /** The browser started; `idle` as the worker asks it (a test of the closed browser alone may leave it out: active). */
  | { type: 'startup'; idle?: IdleState; busy?: BusyReason | null }
  /** The worker was replaced while the browser ran: an update of the extension, or its package loaded again over kept data. */
  | { type: 'update'; idle: IdleState; busy: BusyReason | null }
  /** The posture reset's alarm (core/posture.ts). */
  | { type: 'posture'; idle: IdleState; scheduledAt: number; busy: BusyReason | null }
  | { type: 'start-now' }
  | { type: 'swap' }
  | { type: 'finish'; outcome: 'done' | 'skipped'; seconds?: number | undefined }
  | { type: 'snooze'; minutes: number }
  | { type: 'pause'; until: number | null }
  | { type: 'resume' };

/** `drills`: every drill there is to choose from, the catalog's and the user's own. */
export function step(state: State, settings: Settings, event: SchedulerEvent, now: number, drills: readonly Drill[] = CATALOG): Decision {
  switch (event.type) {
    case 'alarm':
      return onAlarm(state, settings, event.idle, event.scheduledAt, now, event.busy, drills);
    case 'idle':
      return onIdle(state, settings, event.idle, now, event.busy);
    case 'check':
      return checkHeld(state, settings, event.idle === 'active', event.busy, now);
    case 'meeting':
      // Ending a meeting may free the break that waited for it; the user is at the desk, clicking.
      return checkHeld({ ...state, meetingUntil: event.until }, settings, true, event.busy, now);
    case 'startup':
      return onStartup(state, settings, event.idle ?? 'active', now, event.busy, drills);
    case 'update':
      return onUpdate(state, settings, event.idle, now, event.busy, drills);
    case 'posture':
      return onPostureAlarm(state, settings, event.idle, event.scheduledAt, event.busy, now);
    case 'start-now': {
      // Asked for: shown whatever holds it, the wait it ends recorded.
      const p = state.pending ?? newPending(state, settings, now, drills);
      return { state: { ...state, pending: onScreen(p, now) }, show: false, record: heldEntry(p, now, true) };
    }
    case 'swap': {
      const p = state.pending;
      if (!p?.drillId) return keep(state); // no break, or no drill that did not hurt
      const s = inRotation(settings, drills);
      let choice = pickDrill(s, state.recentDrills, [p.drillId, ...p.swapped], drills);
      let swapped = [...p.swapped, p.drillId];
      if (choice.fallback) {
        // Walked the whole list: start over from the best candidate.
        choice = pickDrill(s, state.recentDrills, [p.drillId], drills);
        swapped = [p.drillId];
      }
      if (choice.fallback) return keep(state); // the only drill that fits
      return keep({ ...state, pending: { ...p, drillId: choice.drill!.id as DrillId, swapped } });
    }
    case 'finish': {
      const p = state.pending;
      if (!p) return keep(state);
      return {
        state: { ...reset(state, now), recentDrills: p.drillId ? rememberDrill(forgetGone(state.recentDrills, drills), p.drillId) : state.recentDrills },
        show: false,
        record: [{ ...entry(event.outcome, p, now), seconds: event.seconds ?? null }],
      };
    }
    case 'snooze': {
      const p = state.pending;
      // A waiting break was never shown: there is nothing on screen to snooze.
      if (!p || p.waiting || !canSnooze(state, settings)) return keep(state);
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

function onAlarm(state: State, settings: Settings, idle: IdleState, scheduledAt: number, now: number, busy: BusyReason | null | undefined, drills: readonly Drill[]): Decision {
  const away = minutes(settings.idleMinutes);
  if (state.pause) {
    const until = state.pause.until;
    if (until === null || now < until) return keep(state);
    // A pause that has run out ends where it was meant to; resuming is a reset. Far past its end
    // (asleep, the browser closed) the user was away from then at the latest: an absence like any other.
    const since = now - until >= away ? until : state.awaySince === null ? null : Math.max(state.awaySince, until);
    const over = { ...state, pause: null, lastResetAt: Math.max(state.lastResetAt, until), awaySince: since };
    // Back now: onIdle settles the absence (with none remembered it keeps the state, as keep does).
    return idle === 'active' ? onIdle(over, settings, idle, now, busy) : keep(over);
  }
  // The alarm says when it was meant to fire. The schedule as it stands must have set it for that
  // time, else it is outdated: it waited behind Done, a return, a snooze, or an interval change.
  const expected = nextBreakAt(state, settings, scheduledAt - minutes(MIN_LEAD_MINUTES));
  if (expected === null || expected > scheduledAt) return keep(state);
  const p = state.pending;
  // A snooze the user chose comes back when asked, even just past the end of the working period.
  // e.g. the time zone moved; a break that waited for a meeting says so as it goes.
  if (p?.snoozedUntil == null && !inWorkingPeriod(settings, now)) return { state: drop(state), show: false, record: p ? heldEntry(p, now, false) : [] };
  const pending = p ?? newPending(state, settings, scheduledAt, drills);
  // Far later than it was meant for means the machine slept: the user was away, so never a stale break.
  const late = now - scheduledAt >= away;
  // The idle query wins over a remembered absence whose return went unreported.
  if (!late && idle === 'active') return release({ ...state, awaySince: null }, pending, busy, settings, now);
  // Held for their return. After sleep the absence began by the alarm's time at the latest,
  // whatever a lock reported on waking says, so the return records it as a natural break.
  const awaySince = late ? scheduledAt : (state.awaySince ?? awayStart(idle, settings, now));
  const held = { ...state, awaySince, pending: { ...pending, held: true, snoozedUntil: null } };
  // Stryker disable next-line ConditionalExpression: onIdle keeps a held break whose absence is already dated, as keep does.
  return idle === 'active' ? onIdle(held, settings, idle, now, busy) : keep(held);
}

/**
 * A natural break is time away that stood in for a break: one fell due meanwhile, or the user left
 * and came back inside one working period. Away across the edge of a period (home for the night,
 * lunch, arriving) with nothing due records nothing; the timer starts from the return either way.
 */
function onIdle(state: State, settings: Settings, idle: IdleState, now: number, busy?: BusyReason | null): Decision {
  if (idle !== 'active') return keep(state.awaySince === null ? { ...state, awaySince: awayStart(idle, settings, now) } : state);
  const since = state.awaySince;
  if (since === null) return keep(state);
  const back = { ...state, awaySince: null };
  if (now - since >= minutes(settings.idleMinutes)) {
    return natural(back, now, !state.pause && (state.pending !== null || withinOnePeriod(settings, since, now)));
  }
  // Back from a short absence: a break held for the return, or waiting for a meeting, comes now if nothing holds it.
  if (state.pending?.held || state.pending?.waiting) return release(back, state.pending, busy, settings, now);
  return keep(back);
}

/**
 * After a browser restart: the closed browser was an absence. The alarm missed meanwhile may come
 * before or after this event, so it is settled here just as it would settle itself (the alarm,
 * coming second, is then outdated), and the order makes no difference. A break left on screen
 * long ago is stale: the timer starts over instead of springing a break on opening. A browser
 * started behind a locked screen (at login, after an OS update) finds the user still away: the
 * absence goes on, a break due is held for their return, and that return settles it.
 */
function onStartup(state: State, settings: Settings, idle: IdleState, now: number, busy: BusyReason | null | undefined, drills: readonly Drill[]): Decision {
  const away = minutes(settings.idleMinutes);
  const wake = state.pause ? state.pause.until : state.nextBreakAt;
  const d =
    // Stryker disable next-line ConditionalExpression: with nothing to wake for, onAlarm keeps the state too.
    wake !== null &&
    wake <= now
      ? onAlarm(state, settings, idle, wake, now, busy, drills)
      : keep(state);
  const here = idle === 'active';
  const p = d.state.pending;
  const stale = p !== null && (here || !p.held) && now - (p.snoozedUntil ?? p.shownAt) >= away;
  // A break that waited for a meeting when the browser closed says so as it goes.
  const record = stale ? [...d.record, ...heldEntry(p, now, false)] : d.record;
  const awaySince = here ? null : (d.state.awaySince ?? awayStart(idle, settings, now));
  return { ...d, record, state: { ...(stale ? reset(d.state, now) : d.state), awaySince, drillWindowId: null } };
}

/**
 * After an update, while the browser ran: nothing was closed, so nothing is assumed. An absence
 * stays an absence, and the idle state asked now decides as at any other event. The alarm may
 * have been lost with the old worker, so a break due meanwhile is settled as that alarm would
 * have settled it: held behind a locked screen, shown to a user at the desk. A break on screen
 * stays there: the toolbar popup still offers it (the update closed its window).
 */
function onUpdate(state: State, settings: Settings, idle: IdleState, now: number, busy: BusyReason | null, drills: readonly Drill[]): Decision {
  const wake = state.pause ? state.pause.until : state.nextBreakAt;
  const d = wake !== null && wake <= now ? onAlarm(state, settings, idle, wake, now, busy, drills) : onIdle(state, settings, idle, now, busy);
  return { ...d, state: { ...d.state, drillWindowId: null } };
}

/** The user was away long enough: that was their break. The timer restarts now. */
function natural(state: State, now: number, recordIt: boolean): Decision {
  const record: BreakEvent[] = recordIt ? [{ at: now, outcome: 'natural', dueAt: state.pending?.dueAt ?? null, shownAt: null, drillId: null, rating: null, seconds: null }] : [];
  return { state: { ...reset(state, now), awaySince: null }, show: false, record };
}

/** A new break due at `dueAt`; `onScreen` or the hold sets when it was shown. */
function newPending(state: State, settings: Settings, dueAt: number, drills: readonly Drill[]): PendingBreak {
  // Null when every drill hurt: the break still comes, saying no drill is available.
  const drillId = (pickDrill(inRotation(settings, drills), state.recentDrills, [], drills).drill?.id ?? null) as DrillId | null;
  // Stryker disable next-line BooleanLiteral: every caller sets `held` (onScreen or the hold) before it is stored.
  return { drillId, dueAt, shownAt: dueAt, snoozedUntil: null, held: false, swapped: [], waiting: null };
}

/** Chrome reports "idle" only after the detection interval without input, so the absence began that long ago. */
function awayStart(idle: IdleState, settings: Settings, now: number): number {
  return idle === 'idle' ? now - minutes(settings.idleMinutes) : now;
}
