import { step, type SchedulerEvent } from '../core/machine';
import { holdCheckAt, HOLD_CHECK_MINUTES } from '../core/busy';
import { badgeChangesAt, badgeText, headsUpAt, nextBreakAt, nextWakeAt } from '../core/schedule';
import type { Settings } from '../core/settings';
import { visibleBreak, type State } from '../core/state';
import { boundToNow } from '../core/state-bounds';
import { nextRoutineAt, ROUTINE_KINDS } from '../core/routines';
import { BADGE_ALARM, BREAK_ALARM, HEADS_UP_ALARM, HOLD_ALARM, POSTURE_ALARM, ROUTINE_ALARMS, setAlarm } from '../platform/alarms';
import { nextPostureAt } from '../core/posture';
import { setBadge, setPopupForBreak } from '../platform/action';
import { queryIdle, setIdleThreshold } from '../platform/idle';
import { listenForTabs } from '../platform/busy';
import { currentZone, rememberZone } from '../platform/zone';
import { BREAK_NOTIFICATION, clearNotification, HEADS_UP_NOTIFICATION } from '../platform/notifications';
import { loadSettings, loadState, loadStateRecord, saveState } from '../platform/storage';
import { loadDrillWorld } from '../platform/own-drills';
import { appendHistory } from '../platform/history';
import { busyNow } from './busy';
import { present } from './present';
import { clearPosture, showPosture } from './posture';

/** An event, or how to make one from what is stored, for events that depend on it (a snooze length, a meeting). */
export type EventSource = SchedulerEvent | ((settings: Settings, state: State) => SchedulerEvent | Promise<SchedulerEvent>);

/**
 * The one path by which anything changes the schedule: load, let the pure machine decide,
 * then store the result and bring the alarms, badge and notification in line with it.
 */
export async function dispatch(source: EventSource | null, now: number): Promise<State> {
  const [settings, read, drills] = await Promise.all([loadSettings(), loadStateRecord(now), loadDrillWorld()]);
  const state = boundToNow(read.state, settings, now);
  const event = typeof source === 'function' ? await source(settings, state) : source;
  const decision = event ? step(state, settings, event, now, drills) : { state, show: false, record: [] };
  const next: State = { ...decision.state, nextBreakAt: nextBreakAt(decision.state, settings, now) };
  // The break goes on screen while the state is written and the alarms and the badge catch up.
  // The drill page reads the state only once it has loaded, and storage answers in order, so it
  // reads what was written here first.
  await Promise.all([
    decision.record.length > 0 ? appendHistory(decision.record, now) : undefined,
    saveState(next, read),
    syncIndicators(next, settings, now),
    decision.show ? present(next, settings, decision.quiet, drills) : undefined,
    decision.posture ? showPosture(decision.posture, settings, now) : undefined,
    // At most one on screen: a drill takes the place of a reset still showing.
    decision.show ? clearPosture() : undefined,
  ]);
  return next;
}

/** Re-derives the schedule from storage without an event: after a settings change. */
export function reschedule(now: number): Promise<State> {
  return dispatch(null, now);
}

/**
 * On a first install and at browser start: first run starts the clock (no stored state reads as a
 * fresh one, its timer starting now); later runs rebuild the alarms from storage.
 */
export function ensureSchedule(now: number): Promise<State> {
  // A break the closed browser missed may be due at once: it waits if the user already presents,
  // and is held if the browser started behind a locked screen.
  return dispatch(async (settings, state) => ({ type: 'startup', idle: await queryIdle(settings.idleMinutes), busy: await busyNow(settings, state, now) }), now);
}

/** After an update (or an install that found data kept from before): the alarms rebuilt, nothing assumed of the user. */
export function resumeSchedule(now: number): Promise<State> {
  return dispatch(async (settings, state) => ({ type: 'update', idle: await queryIdle(settings.idleMinutes), busy: await busyNow(settings, state, now) }), now);
}

async function syncIndicators(state: State, settings: Settings, now: number): Promise<void> {
  setIdleThreshold(settings.idleMinutes);
  listenForTabs({ sound: settings.holdForAudio, calls: settings.holdForCalls });
  const onScreen = visibleBreak(state, now) !== null;
  // Independent of one another, so sent together rather than one round trip after another.
  await Promise.all([
    // The period is a safety net: if a handler ever dies before rescheduling, the worker still wakes.
    setAlarm(BREAK_ALARM, nextWakeAt(state, settings, now), settings.intervalMinutes),
    setAlarm(HEADS_UP_ALARM, headsUpAt(state, settings, now)),
    syncBadge(state, settings, now),
    // Only while a break waits and the user is at the desk (their return is an event of its own):
    // a look each minute for the signals the browser sends no event for.
    setAlarm(HOLD_ALARM, holdCheckAt(state, now), HOLD_CHECK_MINUTES),
    setAlarm(POSTURE_ALARM, nextPostureAt(state, settings, now)),
    ...ROUTINE_KINDS.map((kind) => setAlarm(ROUTINE_ALARMS[kind], nextRoutineAt(kind, settings, now))),
    // The clock times above are this zone's: an event that sets no alarm can tell a change of zone.
    rememberZone(currentZone()),
    setPopupForBreak(onScreen),
    onScreen ? undefined : clearNotification(BREAK_NOTIFICATION),
    state.pending || state.pause ? clearNotification(HEADS_UP_NOTIFICATION) : undefined,
  ]);
}

export async function refreshBadge(now: number): Promise<void> {
  const [settings, state] = await loadSchedule(now);
  await syncBadge(state, settings, now);
}

/** The badge, and its alarm for the moment its text next changes: none while only an event can change it. */
async function syncBadge(state: State, settings: Settings, now: number): Promise<void> {
  await Promise.all([setBadge(badgeText(state, settings, now)), setAlarm(BADGE_ALARM, badgeChangesAt(state, settings, now))]);
}

/** Settings, and the state with the times a clock that ran ahead left in it bounded by now. */
export async function loadSchedule(now: number): Promise<[Settings, State]> {
  const [settings, state] = await Promise.all([loadSettings(), loadState(now)]);
  return [settings, boundToNow(state, settings, now)];
}
