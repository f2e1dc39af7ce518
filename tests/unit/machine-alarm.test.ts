import { describe, expect, it } from 'vitest';
import type { SchedulerEvent } from '../../src/core/machine';
import { DRILL_IDS } from '../../src/core/catalog';
import type { Settings } from '../../src/core/settings';
import type { State } from '../../src/core/state';
import { alarm, fresh, naturalAt, run, runAll, settings, t } from './machine-run';
import { useTimeZone } from './tz';

useTimeZone('Europe/Berlin');

describe('the idle query wins over a remembered absence (issue 12.3)', () => {
  // Locked at 10:00; the "active" event on return was lost (the worker stopped, the event dropped).
  const lost = run(fresh('09:00'), { type: 'idle', idle: 'locked' }, '10:00').state;

  it('an alarm on time with the query saying active shows the break and forgets the absence', () => {
    const d = run(lost, alarm('active', '10:30'), '10:30');
    expect(d).toMatchObject({ show: true, record: [] });
    expect(d.state).toMatchObject({ awaySince: null, pending: { dueAt: t('10:30'), shownAt: t('10:30'), held: false }, nextBreakAt: t('12:00') });
  });

  it('up to a moment before the idle threshold late it is still on time; at the threshold it is sleep', () => {
    expect(run(lost, alarm('active', '10:30'), t('10:35') - 1)).toMatchObject({ show: true, state: { pending: { shownAt: t('10:35') - 1 } } });
    expect(run(lost, alarm('active', '10:30'), '10:35')).toMatchObject({ show: false, record: [naturalAt(t('10:35'), t('10:30'))] });
  });

  it('the query saying locked or idle still holds the break, dating the absence as before', () => {
    expect(run(lost, alarm('locked', '10:30'), '10:30')).toMatchObject({ show: false, state: { awaySince: t('10:00'), pending: { held: true, dueAt: t('10:30') } } });
    const idle = run(fresh('09:00'), alarm('idle', '10:30'), '10:30');
    expect(idle).toMatchObject({ show: false, state: { awaySince: t('10:25'), pending: { held: true } } });
  });
});

describe('browser start and the alarm it missed, in either order (issue 12.4)', () => {
  const closedAt = (over: Partial<State>, s: Settings = settings): State => ({ ...fresh('09:00', s), drillWindowId: 3, ...over });
  const shownAt1030 = run(fresh('09:00'), alarm('active', '10:30'), '10:30').state;
  const snoozed = run(shownAt1030, { type: 'snooze', minutes: 10 }, '10:31').state;
  const cases: [string, State, number, string, object][] = [
    ['a break fell due while closed', closedAt({}), t('10:30'), '13:00', { record: [naturalAt(t('13:00'), t('10:30'))], state: { lastResetAt: t('13:00'), nextBreakAt: t('14:30') } }],
    ['the reminder of a break left on screen', { ...shownAt1030, drillWindowId: 3 }, t('12:00'), '13:00', { record: [naturalAt(t('13:00'), t('10:30'))], state: { pending: null, nextBreakAt: t('14:30') } }],
    ['a snoozed break', snoozed, t('10:41'), '13:00', { record: [naturalAt(t('13:00'), t('10:30'))], state: { pending: null, snoozesInRow: 0 } }],
    ['reopened after hours', closedAt({}), t('10:30'), '19:00', { record: [], state: { lastResetAt: t('09:00'), nextBreakAt: t('10:30', '03') } }],
    ['reopened soon after the break fell due', closedAt({}), t('10:30'), '10:33', { shows: 1, record: [], state: { pending: { dueAt: t('10:30'), shownAt: t('10:33') } } }],
    ['reopened just after the reminder of a break left on screen', { ...shownAt1030, drillWindowId: 3 }, t('12:00'), '12:04', { shows: 1, record: [], state: { pending: { dueAt: t('10:30'), shownAt: t('12:04') } } }],
  ];

  it.each(cases)('%s: the same decisions both ways', (_name, before, scheduledAt, at, expected) => {
    const missed: SchedulerEvent = { type: 'alarm', idle: 'active', scheduledAt };
    const startupFirst = runAll(before, [{ type: 'startup' }, missed], at);
    const alarmFirst = runAll(before, [missed, { type: 'startup' }], at);
    expect(startupFirst).toEqual(alarmFirst);
    expect(startupFirst).toMatchObject({ shows: 0, ...expected, state: { awaySince: null, drillWindowId: null, ...(expected as { state: object }).state } });
  });

  it('a break left on screen and then the browser closed, reopened before its reminder: dropped, nothing recorded', () => {
    const d = run({ ...shownAt1030, awaySince: t('10:40') }, { type: 'startup' }, '11:00');
    expect(d).toMatchObject({ show: false, record: [], state: { pending: null, awaySince: null, lastResetAt: t('11:00'), nextBreakAt: t('12:30') } });
    expect(run(shownAt1030, { type: 'startup' }, t('10:35') - 1).state.pending).toEqual(shownAt1030.pending);
  });
});

describe('an alarm that does not match the current schedule is ignored (issue 12.5)', () => {
  const longer: Settings = { ...settings, intervalMinutes: 120 };

  it('the interval grew while the 10:30 alarm was queued: no break at the old time, whichever ran first', () => {
    const notYet = fresh('09:00'); // still says 10:30: the alarm runs before the reschedule
    expect(run(notYet, alarm('active', '10:30'), '10:30', longer)).toMatchObject({ show: false, record: [], state: { pending: null, nextBreakAt: t('11:00') } });
    const rescheduled = run(notYet, { type: 'resume' }, '10:29:59', longer).state;
    expect(rescheduled.nextBreakAt).toBe(t('11:00'));
    expect(run(rescheduled, alarm('active', '10:30'), '10:30', longer)).toMatchObject({ show: false, state: { pending: null } });
    expect(run(rescheduled, alarm('active', '11:00'), '11:00', longer)).toMatchObject({ show: true, state: { pending: { dueAt: t('11:00') } } });
  });

  it('a moment before the time the schedule sets is outdated; the time itself and later (a late alarm) are not', () => {
    const s = fresh('09:00');
    expect(run(s, alarm('active', t('10:30') - 1), '10:30').show).toBe(false);
    expect(run(s, alarm('active', '10:30'), '10:30').show).toBe(true);
    // The safety-net repeat one interval on, after a handler died before rescheduling.
    expect(run(s, alarm('active', '12:00'), '12:00')).toMatchObject({ show: true, state: { pending: { dueAt: t('12:00') } } });
  });

  it('a shorter interval: the queued alarm is not early for the new schedule, and shows once', () => {
    const shorter: Settings = { ...settings, intervalMinutes: 60 };
    const both = runAll(fresh('09:00'), [alarm('active', '10:30'), alarm('active', '10:31')], '10:31', shorter);
    expect(both).toMatchObject({ shows: 1, state: { pending: { dueAt: t('10:30'), shownAt: t('10:31') } } });
  });

  it('an alarm pushed a minute on by a settings change still matches: the schedule never sets one sooner', () => {
    const changedAt12 = { ...fresh('09:00'), nextBreakAt: t('12:01') };
    expect(run(changedAt12, alarm('active', '12:01'), '12:01')).toMatchObject({ show: true, state: { pending: { dueAt: t('12:01') } } });
  });
});

describe('edges of startup and pause', () => {
  it('a pause with no break on screen records nothing', () => {
    expect(run(fresh('09:00'), { type: 'pause', until: null }, '09:30').record).toEqual([]);
  });

  it('a startup at the very moment the break fell due settles that break as the alarm would', () => {
    const s = fresh('09:00');
    expect(s.nextBreakAt).toBe(t('10:30'));
    const d = run(s, { type: 'startup' }, '10:30');
    expect(d.state.pending).toMatchObject({ dueAt: t('10:30'), shownAt: t('10:30'), held: false });
    expect(run(s, { type: 'startup' }, t('10:30') - 1).state.pending).toBeNull();
  });

  it('at startup a break shown exactly the idle threshold ago is stale; a moment less is not', () => {
    const shown = run(fresh('09:00'), alarm('active', '10:30'), '10:30').state;
    expect(run(shown, { type: 'startup' }, '10:35').state).toMatchObject({ pending: null, lastResetAt: t('10:35') });
    expect(run(shown, { type: 'startup' }, t('10:35') - 1).state.pending).toMatchObject({ shownAt: t('10:30') });
  });
});

describe('swap at the end of the list, and a pause alarm early or late', () => {
  const only = (...ids: string[]): Settings => ({ ...settings, disabledDrills: DRILL_IDS.filter((id) => !ids.includes(id)) });

  it('swapping past the last candidate starts over from the best one; with one candidate, swap keeps it', () => {
    const two = only('chin-tucks', 'shoulder-blade-squeeze');
    const shown = run(fresh('09:00', two), alarm('active', '10:30'), '10:30', two).state;
    const first = shown.pending!.drillId;
    const second = run(shown, { type: 'swap' }, '10:31', two).state;
    expect(second.pending).toMatchObject({ swapped: [first] });
    expect(second.pending!.drillId).not.toBe(first);
    const third = run(second, { type: 'swap' }, '10:32', two).state;
    expect(third.pending).toMatchObject({ drillId: first, swapped: [second.pending!.drillId] });

    const one = only('chin-tucks');
    const alone = run(fresh('09:00', one), alarm('active', '10:30'), '10:30', one).state;
    expect(run(alone, { type: 'swap' }, '10:31', one).state.pending).toEqual(alone.pending);
  });

  it('an alarm before the pause ends leaves the pause alone', () => {
    const paused = run(fresh('09:00'), { type: 'pause', until: t('11:00') }, '10:00').state;
    expect(run(paused, alarm('active', '11:00'), t('11:00') - 1).state.pause).toEqual({ since: t('10:00'), until: t('11:00') });
  });

  it('a pause handled a minute after it ended, with the screen locked, remembers no absence', () => {
    const paused = run(fresh('09:00'), { type: 'pause', until: t('11:00') }, '10:00').state;
    const d = run(paused, alarm('locked', '11:00'), '11:01');
    expect(d).toMatchObject({ show: false, record: [], state: { pause: null, awaySince: null, lastResetAt: t('11:00') } });
  });
});

describe('alarms and idle events the schedule does not expect', () => {
  it('inside working time with no break that fits (interval longer than the period), an alarm shows nothing', () => {
    const short: Settings = { ...settings, workHours: [{ start: '09:00', end: '10:00' }] };
    const s = fresh('09:00', short);
    expect(s.nextBreakAt).toBeNull();
    expect(run(s, alarm('active', '09:30'), '09:30', short)).toMatchObject({ show: false, record: [], state: { pending: null } });
  });

  it('a second report of being away keeps the time the absence began', () => {
    const locked = run(fresh('09:00'), { type: 'idle', idle: 'locked' }, '10:00').state;
    expect(run(locked, { type: 'idle', idle: 'idle' }, '10:10').state.awaySince).toBe(t('10:00'));
  });

  it('"active" with no absence known changes nothing and records nothing', () => {
    const s = fresh('09:00');
    const d = run(s, { type: 'idle', idle: 'active' }, '10:00');
    expect(d).toMatchObject({ show: false, record: [] });
    expect(d.state).toEqual(s);
  });
});
