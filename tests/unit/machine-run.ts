import type { Drill } from '../../src/core/drill';
import { step, type IdleState, type SchedulerEvent } from '../../src/core/machine';
import { nextBreakAt } from '../../src/core/schedule';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings';
import { initialState, type State } from '../../src/core/state';
import { inTimeZone } from './tz';

// Drives the pure machine as the worker does: each decision's state is stored with its
// nextBreakAt derived. Everything runs in Europe/Berlin, so fixtures may be built up front too.

const berlin = <T>(fn: () => T): T => inTimeZone('Europe/Berlin', fn);

export const MIN = 60_000;
export const settings: Settings = { ...DEFAULT_SETTINGS, snoozeCap: 2 }; // Mon–Fri 09:00–17:30, every 90, 5 min away

/** A wall-clock time, on Monday 2 March 2026 unless another day of that month is given. */
export const t = (hhmm: string, day = '02') => berlin(() => new Date(`2026-03-${day}T${hhmm}`).getTime());

export function settle(state: State, now: number, s: Settings = settings): State {
  return { ...state, nextBreakAt: berlin(() => nextBreakAt(state, s, now)) };
}
export function fresh(resetAt: string, s: Settings = settings): State {
  return settle(initialState(t(resetAt)), t(resetAt), s);
}
/** A break alarm meant for `scheduled` (a time or an instant); fired at the time `run` is given. */
export function alarm(idle: IdleState, scheduled: string | number): SchedulerEvent {
  return { type: 'alarm', idle, scheduledAt: typeof scheduled === 'number' ? scheduled : t(scheduled) };
}
/** `drills`: the drills there are (the catalog's when not given). */
export function run(state: State, event: SchedulerEvent, at: string | number, s: Settings = settings, drills?: readonly Drill[]) {
  const now = typeof at === 'number' ? at : t(at);
  const d = berlin(() => step(state, s, event, now, drills));
  return { ...d, state: settle(d.state, now, s) };
}
/** Several events at the same instant, in order: every record and every show, and the state at the end. */
export function runAll(state: State, events: SchedulerEvent[], at: string | number, s: Settings = settings) {
  let shows = 0;
  const record = [];
  for (const e of events) {
    const d = run(state, e, at, s);
    state = d.state;
    record.push(...d.record);
    if (d.show) shows++;
  }
  return { state, record, shows };
}
/** The natural break recorded at `at`, standing in for the break due at `dueAt` (null: none was due). */
export function naturalAt(at: number, dueAt: number | null = null) {
  return { at, outcome: 'natural', dueAt, shownAt: null, drillId: null, rating: null, seconds: null };
}
