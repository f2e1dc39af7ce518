import { MEETING_MINUTES } from './busy';
import { minutes } from './decision';
import { nextBreakAt, pauseUntil, PAUSE_KINDS } from './schedule';
import type { Settings } from './settings';
import type { State } from './state';

// A clock that ran ahead (hours fast until the network corrected it, a wrong time zone set by
// hand) leaves times in storage that lie in the future. Read as they are, a reset three hours
// "ahead" delays the next break by those three hours. Each stored time is bounded by the latest
// it could legitimately be at `now`; anything later is the clock's error and is clamped.

/** The longest wait the user can choose of each kind, from now. */
function latest(settings: Settings, now: number) {
  return {
    snooze: now + minutes(Math.max(...settings.snoozeMinutes)),
    meeting: now + minutes(Math.max(...MEETING_MINUTES)),
    // 'tomorrow' ends at the start of the next working day; 'until resumed' has no end to bound.
    pause: Math.max(...PAUSE_KINDS.map((kind) => pauseUntil(kind, settings, now) ?? now)),
  };
}

/**
 * The state with no time later than it could be at `now`: resets, due and shown times, absences
 * and the starts of waits and pauses are in the past; a snooze, a meeting or a pause ends no later
 * than the longest the user can choose. A pause chosen while the clock was ahead keeps its length,
 * counted from now. A next break in the past is kept: it says an alarm is owed.
 */
export function boundToNow(state: State, settings: Settings, now: number): State {
  const past = (t: number) => Math.min(t, now);
  const most = latest(settings, now);
  const p = state.pending;
  const pending = p && {
    ...p,
    dueAt: past(p.dueAt),
    shownAt: past(p.shownAt),
    snoozedUntil: p.snoozedUntil === null ? null : Math.min(p.snoozedUntil, most.snooze),
    waiting: p.waiting && { ...p.waiting, since: past(p.waiting.since) },
  };
  const ahead = state.pause ? Math.max(0, state.pause.since - now) : 0;
  const pause = state.pause && {
    since: state.pause.since - ahead,
    until: state.pause.until === null ? null : Math.min(state.pause.until - ahead, most.pause),
  };
  const bounded: State = {
    ...state,
    lastResetAt: past(state.lastResetAt),
    pending,
    pause,
    meetingUntil: state.meetingUntil === null ? null : Math.min(state.meetingUntil, most.meeting),
    awaySince: state.awaySince === null ? null : past(state.awaySince),
    posture: state.posture && { ...state.posture, at: past(state.posture.at) },
  };
  const stored = state.nextBreakAt;
  const derived = nextBreakAt(bounded, settings, now);
  // Derived, and derived again at every write; bounded here for the readers before that write (the badge, the heads-up).
  // Anything derived is at least a minute from now, so a stored time in the past stays as it is.
  return { ...bounded, nextBreakAt: stored !== null && derived !== null ? Math.min(stored, derived) : stored };
}
