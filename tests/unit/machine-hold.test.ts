import { describe, expect, it } from 'vitest';
import type { BusyReason } from '../../src/core/busy';
import type { IdleState, SchedulerEvent } from '../../src/core/machine';
import type { Settings } from '../../src/core/settings';
import { alarm, fresh, MIN, naturalAt, run, settings, t } from './machine-run';
import { useTimeZone } from './tz';

useTimeZone('Europe/Berlin');

// Settings: Mon–Fri 09:00–17:30, every 90 minutes, 5 minutes away; a held break waits 45 minutes at most.
const busyAlarm = (scheduled: string, busy: BusyReason | null = 'fullscreen', idle: IdleState = 'active'): SchedulerEvent => ({ type: 'alarm', idle, scheduledAt: t(scheduled), busy });
const check = (busy: BusyReason | null, idle: 'active' | 'idle' | 'locked' = 'active'): SchedulerEvent => ({ type: 'check', idle, busy });
/** The break due at 10:30, fallen due while a window is full screen. */
const waiting = () => run(fresh('09:00'), busyAlarm('10:30'), '10:30');
const held = (since: number, at: number, shown: boolean, drillId: string) => ({ at, outcome: 'held', dueAt: t('10:30'), shownAt: shown ? at : null, drillId, rating: null, seconds: (at - since) / 1000 });

describe('a break that falls due while the user presents or is on a call', () => {
  it('waits, out of sight: no drill, no notification, the reason and the start of the wait kept', () => {
    const d = waiting();
    expect(d.show).toBe(false);
    expect(d.record).toEqual([]);
    expect(d.state.pending).toMatchObject({ dueAt: t('10:30'), waiting: { reason: 'fullscreen', since: t('10:30') }, held: false });
  });

  it('comes as soon as the signal ends, and the history says how long it waited', () => {
    const d = waiting();
    const freed = run(d.state, check(null), '10:52');
    expect(freed.show).toBe(true);
    expect(freed.quiet).toBeUndefined();
    expect(freed.state.pending).toMatchObject({ waiting: null, shownAt: t('10:52') });
    expect(freed.record).toEqual([held(t('10:30'), t('10:52'), true, d.state.pending!.drillId!)]);
  });

  it('keeps waiting while the signal lasts; a new reason replaces the old, the wait keeps its start', () => {
    const d = waiting();
    const still = run(d.state, check('fullscreen'), '10:40');
    expect(still).toMatchObject({ show: false, record: [] });
    const call = run(still.state, check('audio'), '10:50');
    expect(call).toMatchObject({ show: false, record: [], state: { pending: { waiting: { reason: 'audio', since: t('10:30') } } } });
  });

  it('waits at most the set time: then only a quiet notification, never a window over the full-screen one', () => {
    const d = waiting();
    expect(run(d.state, check('fullscreen'), t('11:15') - 1)).toMatchObject({ show: false, record: [] });
    const capped = run(d.state, check('fullscreen'), '11:15');
    expect(capped).toMatchObject({ show: true, quiet: true, state: { pending: { waiting: null, shownAt: t('11:15') } } });
    expect(capped.record).toEqual([held(t('10:30'), t('11:15'), true, d.state.pending!.drillId!)]);
    const shorter: Settings = { ...settings, holdCapMinutes: 10 };
    expect(run(d.state, check('fullscreen'), '10:40', shorter)).toMatchObject({ show: true, quiet: true });
  });

  it('the reminder alarm of a waiting break keeps it waiting, from when it first had to', () => {
    const d = waiting();
    const reminder = run(d.state, busyAlarm('12:00', 'audio'), '12:00');
    expect(reminder).toMatchObject({ show: true, quiet: true, record: [held(t('10:30'), t('12:00'), true, d.state.pending!.drillId!)] });
    const shortWait = run(d.state, busyAlarm('12:00', 'audio'), '12:00', { ...settings, holdCapMinutes: 120 });
    expect(shortWait).toMatchObject({ show: false, record: [], state: { pending: { waiting: { reason: 'audio', since: t('10:30') } } } });
  });

  it('a check with nothing waiting changes nothing', () => {
    const state = fresh('09:00');
    expect(run(state, check(null), '09:30')).toMatchObject({ show: false, record: [], state });
    expect(run(state, check('fullscreen'), '09:30')).toMatchObject({ show: false, record: [], state });
  });
});

describe('holding and the rest of the scheduler', () => {
  it('a snooze that ends during a presentation waits too', () => {
    const shown = run(fresh('09:00'), alarm('active', '10:30'), '10:30');
    const snoozed = run(shown.state, { type: 'snooze', minutes: 10 }, '10:31');
    const back = run(snoozed.state, busyAlarm('10:41'), '10:41');
    expect(back).toMatchObject({ show: false, state: { pending: { snoozedUntil: null, waiting: { reason: 'fullscreen', since: t('10:41') } } } });
    expect(run(back.state, check(null), '10:45')).toMatchObject({ show: true });
  });

  it('a pause drops a waiting break and records it paused; a meeting is a hold, not a pause', () => {
    const d = waiting();
    const paused = run(d.state, { type: 'pause', until: null }, '10:40');
    expect(paused.state).toMatchObject({ pending: null, pause: { until: null } });
    expect(paused.record).toMatchObject([{ outcome: 'paused', dueAt: t('10:30') }]);
    const meeting = run(fresh('09:00'), { type: 'meeting', until: t('11:00'), busy: 'meeting' }, '10:00');
    expect(meeting.state).toMatchObject({ meetingUntil: t('11:00'), pause: null, nextBreakAt: t('10:30') });
  });

  it('away during the wait: nothing comes to an empty desk; a short absence leaves it waiting, a long one is the break', () => {
    const d = waiting();
    const gone = run(d.state, { type: 'idle', idle: 'locked' }, '10:40');
    expect(run(gone.state, check(null, 'locked'), '10:41')).toMatchObject({ show: false, record: [] });
    const shortly = run(gone.state, { type: 'idle', idle: 'active', busy: 'fullscreen' }, '10:43');
    expect(shortly).toMatchObject({ show: false, record: [], state: { pending: { waiting: { since: t('10:30') } } } });
    // Back quickly, the presentation over: the return itself brings the break.
    expect(run(gone.state, { type: 'idle', idle: 'active', busy: null }, '10:43')).toMatchObject({ show: true, record: [{ outcome: 'held' }] });
    const long = run(gone.state, { type: 'idle', idle: 'active', busy: null }, '11:00');
    expect(long).toMatchObject({ show: false, record: [naturalAt(t('11:00'), t('10:30'))], state: { pending: null } });
  });

  it('back from a short absence while the break was held for it, but now presenting: it waits for that instead', () => {
    const heldForReturn = run(fresh('09:00'), alarm('locked', '10:30'), '10:30');
    expect(heldForReturn.state.pending).toMatchObject({ held: true });
    const back = run(heldForReturn.state, { type: 'idle', idle: 'active', busy: 'audio' }, '10:33');
    expect(back).toMatchObject({ show: false, state: { pending: { held: false, waiting: { reason: 'audio', since: t('10:33') } } } });
  });

  it('after sleep the late alarm is settled by the absence rules, as before, whatever the screen shows', () => {
    const late = run(fresh('09:00'), busyAlarm('10:30'), '11:30');
    expect(late).toMatchObject({ show: false, record: [naturalAt(t('11:30'), t('10:30'))], state: { pending: null } });
    const stillLocked = run(fresh('09:00'), busyAlarm('10:30', 'fullscreen', 'locked'), '11:30');
    expect(stillLocked.state.pending).toMatchObject({ held: true, waiting: null });
  });

  it('the working day ends while the user is away: the break goes then, said in the history', () => {
    const evening = run(fresh('15:30'), busyAlarm('17:00'), '17:00');
    const gone = run(evening.state, { type: 'idle', idle: 'locked' }, '17:10');
    expect(run(gone.state, check('fullscreen', 'locked'), '17:31')).toMatchObject({ show: false, state: { pending: null }, record: [{ outcome: 'held', shownAt: null }] });
  });

  it('the working day ends during the wait: the break goes, and the history says it waited', () => {
    const evening = run(fresh('15:30'), busyAlarm('17:00'), '17:00');
    expect(evening.state.pending?.waiting).toMatchObject({ since: t('17:00') });
    const over = run(evening.state, check('fullscreen'), '17:31');
    expect(over).toMatchObject({ show: false, state: { pending: null } });
    expect(over.record).toEqual([{ ...held(t('17:00'), t('17:31'), false, evening.state.pending!.drillId!), dueAt: t('17:00') }]);
  });

  it('"Start a break now" shows the waiting break at once and records the wait', () => {
    const d = waiting();
    const now = run(d.state, { type: 'start-now' }, '10:35');
    expect(now.state.pending).toMatchObject({ waiting: null, shownAt: t('10:35') });
    expect(now.record).toEqual([held(t('10:30'), t('10:35'), true, d.state.pending!.drillId!)]);
  });

  it('"I am in a meeting" holds the break until the meeting ends; ending it early brings the break', () => {
    const meeting = run(fresh('09:00'), { type: 'meeting', until: t('11:00'), busy: 'meeting' }, '10:15').state;
    const due = run(meeting, busyAlarm('10:30', 'meeting'), '10:30');
    expect(due.state.pending?.waiting).toEqual({ reason: 'meeting', since: t('10:30') });
    const over = run(due.state, { type: 'meeting', until: null, busy: null }, '10:50');
    expect(over).toMatchObject({ show: true, state: { meetingUntil: null, pending: { waiting: null } } });
    expect(over.record).toMatchObject([{ outcome: 'held', seconds: 20 * 60 }]);
    const stillPresenting = run(due.state, { type: 'meeting', until: null, busy: 'fullscreen' }, '10:50');
    expect(stillPresenting).toMatchObject({ show: false, state: { meetingUntil: null, pending: { waiting: { reason: 'fullscreen', since: t('10:30') } } } });
  });

  it('a break that is not waiting never springs from a meeting change', () => {
    const state = fresh('09:00');
    expect(run(state, { type: 'meeting', until: null, busy: null }, '10:00')).toMatchObject({ show: false, record: [] });
    expect(run(state, { type: 'meeting', until: t('10:30') + 30 * MIN, busy: 'meeting' }, '10:00').show).toBe(false);
  });
});
