import { describe, expect, it } from 'vitest';
import { step, type IdleState, type SchedulerEvent } from '../../src/core/machine';
import { nextBreakAt } from '../../src/core/schedule';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings';
import { initialState, type State } from '../../src/core/state';
import { inTimeZone, useTimeZone } from './tz';

useTimeZone('Europe/Berlin');

const t = (hhmm: string) => inTimeZone('Europe/Berlin', () => new Date(`2026-03-02T${hhmm}`).getTime()); // a Monday
const settings: Settings = { ...DEFAULT_SETTINGS, snoozeCap: 2 };

/** A state as the worker stores it: with nextBreakAt derived. */
function settle(state: State, now: number): State {
  return { ...state, nextBreakAt: nextBreakAt(state, settings, now) };
}
function fresh(resetAt: string): State {
  return settle(initialState(t(resetAt)), t(resetAt));
}
/** A break alarm meant for `scheduled`; fired at the time `run` is given. */
function alarm(idle: IdleState, scheduled: string): SchedulerEvent {
  return { type: 'alarm', idle, scheduledAt: t(scheduled) };
}
function run(state: State, event: SchedulerEvent, at: string) {
  const d = step(state, settings, event, t(at));
  return { ...d, state: settle(d.state, t(at)) };
}

describe('scheduler machine', () => {
  it('an alarm on time with the user at the desk shows a break', () => {
    const d = run(fresh('09:00'), alarm('active', '10:30'), '10:30');
    expect(d.show).toBe(true);
    expect(d.state.pending).toMatchObject({ dueAt: t('10:30'), shownAt: t('10:30'), held: false, snoozedUntil: null });
    expect(d.state.nextBreakAt).toBe(t('12:00')); // the reminder if it is ignored
  });

  it('an alarm with nothing scheduled (paused until resumed, or no period fits the interval) shows nothing', () => {
    const paused = run(fresh('09:00'), { type: 'pause', until: null }, '09:10').state;
    expect(paused.nextBreakAt).toBeNull();
    expect(run(paused, alarm('active', '10:30'), '10:30')).toMatchObject({ show: false, record: [], state: paused });
    const short: Settings = { ...settings, workHours: [{ start: '09:00', end: '10:00' }] };
    expect(step(fresh('09:00'), short, alarm('active', '10:30'), t('10:30'))).toMatchObject({ show: false, record: [] });
  });

  it('a break due while the user is away is held, then shown if they were away briefly', () => {
    let s = run(fresh('09:00'), { type: 'idle', idle: 'locked' }, '10:28').state;
    const held = run(s, alarm('locked', '10:30'), '10:30');
    expect(held.show).toBe(false);
    expect(held.state.pending?.held).toBe(true);
    s = held.state;
    const back = run(s, { type: 'idle', idle: 'active' }, '10:31');
    expect(back.show).toBe(true);
    expect(back.state.pending).toMatchObject({ held: false, shownAt: t('10:31') });
  });

  it('a long absence is a natural break: recorded, no break shown, the timer restarts on return', () => {
    let s = run(fresh('09:00'), { type: 'idle', idle: 'idle' }, '10:20').state; // idle since 10:15
    expect(s.awaySince).toBe(t('10:15'));
    s = run(s, alarm('idle', '10:30'), '10:30').state;
    const back = run(s, { type: 'idle', idle: 'active' }, '10:40');
    expect(back.show).toBe(false);
    expect(back.record).toEqual([{ at: t('10:40'), outcome: 'natural', dueAt: t('10:30'), shownAt: null, drillId: null, rating: null, seconds: null }]);
    expect(back.state).toMatchObject({ pending: null, lastResetAt: t('10:40'), nextBreakAt: t('12:10'), awaySince: null });
  });

  it('after sleep, a stale alarm never shows a break: it counts as natural and reschedules', () => {
    const d = run(fresh('09:00'), alarm('active', '10:30'), '13:05');
    expect(d.show).toBe(false);
    expect(d.record.map((r) => r.outcome)).toEqual(['natural']);
    expect(d.state.nextBreakAt).toBe(t('14:35'));
  });

  it('waking from sleep: the return and the late alarm, in either order, make one natural break and no break on screen', () => {
    const locked = run(fresh('09:00'), { type: 'idle', idle: 'locked' }, '10:00').state;
    // The return arrives first: the late alarm that waited behind it is outdated.
    const back = run(locked, { type: 'idle', idle: 'active' }, '13:00');
    expect(back.record.map((r) => r.outcome)).toEqual(['natural']);
    const late = run(back.state, alarm('active', '10:30'), '13:00');
    expect(late).toMatchObject({ show: false, record: [] });
    expect(late.state.nextBreakAt).toBe(t('14:30'));
    // The alarm arrives first, while the screen is still locked: the return records the absence once.
    const first = run(locked, alarm('locked', '10:30'), '13:00');
    expect(first).toMatchObject({ show: false, record: [] });
    const then = run(first.state, { type: 'idle', idle: 'active' }, '13:01');
    expect(then.record.map((r) => r.outcome)).toEqual(['natural']);
    expect(then.state).toMatchObject({ pending: null, awaySince: null, lastResetAt: t('13:01'), nextBreakAt: t('14:31') });
  });

  it('a lock reported only on waking does not hide the sleep: the return records it, and no break follows', () => {
    const woke = run(fresh('09:00'), { type: 'idle', idle: 'locked' }, '13:00').state; // slept 10:00–13:00
    const late = run(woke, alarm('locked', '10:30'), '13:00');
    expect(late).toMatchObject({ show: false, record: [] });
    expect(late.state.awaySince).toBe(t('10:30'));
    const back = run(late.state, { type: 'idle', idle: 'active' }, '13:00:30');
    expect(back.show).toBe(false);
    expect(back.record).toEqual([expect.objectContaining({ outcome: 'natural', dueAt: t('10:30') })]);
    expect(back.state).toMatchObject({ pending: null, lastResetAt: t('13:00:30'), nextBreakAt: t('14:30:30') });
  });

  it('waking locked near the end of the day and unlocking after it still records the absence', () => {
    const s = fresh('15:30'); // break due 17:00
    const late = run(s, alarm('locked', '17:00'), '17:25').state;
    const back = run(late, { type: 'idle', idle: 'active' }, '17:45');
    expect(back.record).toEqual([expect.objectContaining({ outcome: 'natural', dueAt: t('17:00') })]);
  });

  it('an alarm that waited behind a snooze does not bring the snoozed break back early', () => {
    const shown = run(fresh('09:00'), alarm('active', '10:30'), '10:30').state;
    const snoozed = run(shown, { type: 'snooze', minutes: 10 }, '12:00').state;
    const queued = run(snoozed, alarm('active', '12:00'), '12:00');
    expect(queued.show).toBe(false);
    expect(queued.state.pending?.snoozedUntil).toBe(t('12:10'));
    expect(run(queued.state, alarm('active', '12:10'), '12:10').show).toBe(true);
  });

  it('a late alarm with the user already back records the absence once; their return adds nothing', () => {
    const locked = run(fresh('09:00'), { type: 'idle', idle: 'locked' }, '10:00').state;
    const late = run(locked, alarm('active', '10:30'), '13:00');
    expect(late.record.map((r) => r.outcome)).toEqual(['natural']);
    expect(run(late.state, { type: 'idle', idle: 'active' }, '13:00').record).toEqual([]);
  });

  it('an alarm that waited behind Done shows no second break', () => {
    const started = run(fresh('09:00'), { type: 'start-now' }, '10:29').state;
    const done = run(started, { type: 'finish', outcome: 'done' }, '10:30').state;
    const queued = run(done, alarm('active', '10:30'), '10:30');
    expect(queued).toMatchObject({ show: false, record: [] });
    expect(queued.state.pending).toBeNull();
    expect(queued.state.nextBreakAt).toBe(t('12:00'));
  });

  it('a snooze that ends just past the working period still comes back, as the user asked', () => {
    const s = run({ ...fresh('09:00'), lastResetAt: t('15:56') }, alarm('active', '17:26'), '17:26').state;
    const snoozed = run(s, { type: 'snooze', minutes: 15 }, '17:26').state;
    expect(snoozed.nextBreakAt).toBe(t('17:41'));
    const back = run(snoozed, alarm('active', '17:41'), '17:41');
    expect(back.show).toBe(true);
    expect(back.state.pending).toMatchObject({ drillId: s.pending!.drillId, snoozedUntil: null });
  });

  it('opening the browser long after a break fell due settles it as the missed alarm would: natural, no break springs', () => {
    const friday = new Date('2026-02-27T16:00').getTime();
    const yesterday = settle(initialState(friday), friday);
    expect(yesterday.nextBreakAt).toBe(t('10:30')); // Monday, one interval into the day
    const opened = run(yesterday, { type: 'startup' }, '11:00');
    expect(opened.show).toBe(false);
    expect(opened.record).toEqual([{ at: t('11:00'), outcome: 'natural', dueAt: t('10:30'), shownAt: null, drillId: null, rating: null, seconds: null }]);
    expect(opened.state).toMatchObject({ pending: null, lastResetAt: t('11:00'), nextBreakAt: t('12:30') });
    // Shortly after the break fell due the user was not away long: it is shown, as its alarm would.
    expect(run(yesterday, { type: 'startup' }, '10:34:59')).toMatchObject({ show: true, record: [], state: { pending: { dueAt: t('10:30'), shownAt: t('10:34:59') } } });
    expect(run(yesterday, { type: 'startup' }, '10:35').record.map((r) => r.outcome)).toEqual(['natural']);
    // A moment before it fell due there is nothing to settle: its alarm is still to come.
    expect(run(yesterday, { type: 'startup' }, '10:29:59')).toMatchObject({ show: false, record: [], state: { pending: null, lastResetAt: friday, nextBreakAt: t('10:30:59') } });
  });

  it('an alarm outside working hours (the time zone moved) shows nothing', () => {
    const s = { ...fresh('09:00'), nextBreakAt: t('18:00') };
    const d = run(s, alarm('active', '18:00'), '18:00');
    expect(d.show).toBe(false);
    expect(d.state.pending).toBeNull();
  });

  it('snooze brings the same drill back, up to the cap; then only Done or Skip', () => {
    let s = run(fresh('09:00'), alarm('active', '10:30'), '10:30').state;
    const drill = s.pending!.drillId;
    let d = run(s, { type: 'snooze', minutes: 5 }, '10:31');
    expect(d.record[0]).toMatchObject({ outcome: 'snoozed', drillId: drill });
    expect(d.state.nextBreakAt).toBe(t('10:36'));
    s = run(d.state, alarm('active', '10:36'), '10:36').state;
    expect(s.pending).toMatchObject({ drillId: drill, snoozedUntil: null });
    s = run(s, { type: 'snooze', minutes: 10 }, '10:37').state;
    s = run(s, alarm('active', '10:47'), '10:47').state;
    d = run(s, { type: 'snooze', minutes: 5 }, '10:48');
    expect(d.record).toEqual([]);
    expect(d.state.pending?.snoozedUntil).toBeNull();
    const done = run(d.state, { type: 'finish', outcome: 'done' }, '10:49');
    expect(done.state).toMatchObject({ snoozesInRow: 0, pending: null, lastResetAt: t('10:49'), nextBreakAt: t('12:19') });
  });

  it('skip is recorded and gives a full interval', () => {
    const s = run(fresh('09:00'), alarm('active', '10:30'), '10:30').state;
    const d = run(s, { type: 'finish', outcome: 'skipped' }, '10:30');
    expect(d.record[0]).toMatchObject({ outcome: 'skipped', dueAt: t('10:30') });
    expect(d.state.nextBreakAt).toBe(t('12:00'));
    expect(d.state.recentDrills[0]).toBe(s.pending!.drillId);
  });

  it('pause dismisses a pending break; resume is a reset', () => {
    const s = run(fresh('09:00'), alarm('active', '10:30'), '10:30').state;
    const paused = run(s, { type: 'pause', until: null }, '10:31');
    expect(paused.record[0]).toMatchObject({ outcome: 'paused' });
    expect(paused.state).toMatchObject({ pending: null, pause: { since: t('10:31'), until: null }, nextBreakAt: null });
    const resumed = run(paused.state, { type: 'resume' }, '11:00');
    expect(resumed.state).toMatchObject({ pause: null, lastResetAt: t('11:00'), nextBreakAt: t('12:30') });
  });

  it('a timed pause ends by itself at its alarm', () => {
    const paused = run(fresh('09:00'), { type: 'pause', until: t('10:00') }, '09:30').state;
    expect(paused.nextBreakAt).toBe(t('11:30'));
    const over = run(paused, alarm('active', '10:00'), '10:00');
    expect(over.show).toBe(false);
    expect(over.state).toMatchObject({ pause: null, lastResetAt: t('10:00'), nextBreakAt: t('11:30') });
  });

  it('start-now shows a break at once; finishing it resets the timer', () => {
    const d = run(fresh('09:00'), { type: 'start-now' }, '09:20');
    expect(d.state.pending).toMatchObject({ dueAt: t('09:20'), shownAt: t('09:20') });
    expect(run(d.state, { type: 'finish', outcome: 'done' }, '09:22').state.nextBreakAt).toBe(t('10:52'));
  });

  it('after a browser restart a long-forgotten break is dropped and absences end', () => {
    let s = run(fresh('09:00'), alarm('active', '10:30'), '10:30').state;
    s = { ...s, awaySince: t('10:40'), drillWindowId: 7 };
    const d = run(s, { type: 'startup' }, '14:00');
    expect(d.state).toMatchObject({ pending: null, awaySince: null, drillWindowId: null });
  });
});

describe('swap', () => {
  it('replaces the drill on screen with the next candidate and walks the list', () => {
    let s = run(fresh('09:00'), alarm('active', '10:30'), '10:30').state;
    const seen = [s.pending!.drillId];
    for (let i = 1; i < 3; i++) {
      s = run(s, { type: 'swap' }, '10:31').state;
      expect(seen).not.toContain(s.pending!.drillId);
      seen.push(s.pending!.drillId);
    }
    expect(s.pending).toMatchObject({ dueAt: t('10:30'), shownAt: t('10:30') });
  });

  it('does nothing without a break on screen', () => {
    const s = fresh('09:00');
    expect(run(s, { type: 'swap' }, '09:10').state).toEqual(s);
  });
});
