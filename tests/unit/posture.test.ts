import { describe, expect, it } from 'vitest';
import type { BusyReason } from '../../src/core/busy';
import type { IdleState, SchedulerEvent } from '../../src/core/machine';
import { nextPostureAt, postureAfter } from '../../src/core/posture';
import { ROTATING_POSTURES, type PostureKind } from '../../src/core/posture-kinds';
import type { Settings } from '../../src/core/settings';
import type { State } from '../../src/core/state';
import { fresh, MIN, run, settings as base, t } from './machine-run';
import { inTimeZone, useTimeZone } from './tz';

useTimeZone('Europe/Berlin');

// Mon–Fri 09:00–17:30, a drill every 90 minutes (10:30 after a 09:00 start), resets every 30.
const on: Settings = { ...base, postureResets: true };
const sitStand: Settings = { ...on, sitStand: true };
const berlin = <T>(fn: () => T) => inTimeZone('Europe/Berlin', fn);
const next = (state: State, at: string, s: Settings = on) => berlin(() => nextPostureAt(state, s, t(at)));
const alarm = (scheduled: string | number, busy: BusyReason | null = null, idle: IdleState = 'active'): SchedulerEvent => ({
  type: 'posture',
  idle,
  busy,
  scheduledAt: typeof scheduled === 'number' ? scheduled : t(scheduled),
});
/** Each reset's alarm fired on time, from a fresh day at `from`: the times and kinds shown, until none is due before `until`. */
function day(s: Settings, state = fresh('09:00', s), until = t('17:30')) {
  const shown: { at: number; kind: PostureKind }[] = [];
  for (let at = next(state, '09:00', s); at !== null && at < until; at = berlin(() => nextPostureAt(state, s, at!))) {
    const d = run(state, alarm(at), at, s);
    state = d.state;
    if (d.posture) shown.push({ at, kind: d.posture });
  }
  return { shown, state };
}

describe('posture resets between drills', () => {
  it('are off by default: no reset is ever due', () => {
    expect(next(fresh('09:00'), '09:00', base)).toBeNull();
  });

  it('come every 30 minutes from the start of work, never within 10 minutes before the drill', () => {
    const { shown } = day(on, fresh('09:00', on), t('10:30'));
    expect(shown.map((r) => r.at)).toEqual([t('09:30'), t('10:00')]);
    // 10:30 is the drill's: a reset then would be on top of it; none is due before the drill.
    const afterTen = run(fresh('09:00', on), alarm('09:30'), '09:30', on).state;
    expect(next(run(afterTen, alarm('10:00'), '10:00', on).state, '10:00')).toBeNull();
  });

  it('a reset exactly 10 minutes before the drill may come; one later may not', () => {
    expect(next(fresh('09:00', on), '09:00', { ...on, postureMinutes: 40 })).toBe(t('09:40'));
    const at940 = run(fresh('09:00', on), alarm('09:40'), '09:40', { ...on, postureMinutes: 40 }).state;
    expect(next(at940, '09:40', { ...on, postureMinutes: 40 })).toBe(t('10:20'));
    const at945 = run(fresh('09:00', on), alarm('09:45'), '09:45', { ...on, postureMinutes: 45 }).state;
    expect(next(at945, '09:45', { ...on, postureMinutes: 45 })).toBeNull();
  });

  it('start over a whole gap after a drill is done, so none comes within 10 minutes after it', () => {
    const due = run(fresh('09:00', on), { type: 'alarm', idle: 'active', scheduledAt: t('10:30'), busy: null }, '10:30', on);
    expect(next(due.state, '10:31')).toBeNull(); // a break on screen: no reset
    const done = run(due.state, { type: 'finish', outcome: 'done' }, '10:33', on);
    expect(next(done.state, '10:33')).toBe(t('11:03'));
  });

  it('never while away, paused, snoozed, held for the return or waiting for a call', () => {
    const s = fresh('09:00', on);
    expect(next({ ...s, awaySince: t('09:10') }, '09:15')).toBeNull();
    expect(next(run(s, { type: 'pause', until: t('10:00') }, '09:10', on).state, '09:10')).toBeNull();
    const shown = run(s, { type: 'alarm', idle: 'active', scheduledAt: t('10:30'), busy: null }, '10:30', on).state;
    expect(next(run(shown, { type: 'snooze', minutes: 10 }, '10:31', on).state, '10:31')).toBeNull();
    const held = run(s, { type: 'alarm', idle: 'locked', scheduledAt: t('10:30'), busy: null }, '10:30', on).state;
    expect(held.pending?.held).toBe(true);
    expect(next({ ...held, awaySince: null }, '10:31')).toBeNull();
    const waiting = run(s, { type: 'alarm', idle: 'active', scheduledAt: t('10:30'), busy: 'call-google-meet' }, '10:30', on).state;
    expect(waiting.pending?.waiting?.reason).toBe('call-google-meet');
    expect(next(waiting, '10:31')).toBeNull();
  });

  it('only during working time: the evening has none, the next comes 30 minutes into the next working day', () => {
    const evening = { ...fresh('09:00', on), lastResetAt: t('17:10') };
    expect(next(evening, '17:10')).toBe(t('09:30', '03'));
    const friday = { ...fresh('09:00', on), lastResetAt: t('17:10', '06') };
    expect(next(friday, '17:10', on)).toBe(t('09:30', '09'));
    // Delivered outside working time all the same (the zone moved): dropped, not shown.
    const late = run(fresh('09:00', on), alarm('09:30'), t('09:30') + 30_000, { ...on, workHours: [{ start: '08:00', end: '09:30' }] });
    expect(late.posture).toBeUndefined();
  });

  it('a reset that cannot come is dropped, never queued: busy, away or late, the next is a whole gap later', () => {
    const s = fresh('09:00', on);
    for (const [why, event, at] of [
      ['in a call', alarm('09:30', 'call-zoom'), '09:30'],
      ['full screen', alarm('09:30', 'fullscreen'), '09:30'],
      ['in a meeting', alarm('09:30', 'meeting'), '09:30'],
      ['idle', alarm('09:30', null, 'idle'), '09:30'],
      ['asleep', alarm('09:30'), '09:45'],
    ] as const) {
      const d = run(s, event, at, on);
      expect(d.posture, why).toBeUndefined();
      expect(d.show, why).toBe(false);
      expect(d.record, why).toEqual([]);
      expect(d.state.posture, why).toEqual({ kind: 'chin-tucks', at: t(at), shown: false });
      // The same reset, a whole gap on: the missed one is not made up.
      expect(next(d.state, at), why).toBe(t(at) + 30 * MIN);
    }
  });

  it('back after time away, the reset that fell due meanwhile is dropped: the next is a gap from the return', () => {
    // Away 09:20–09:40 (too short for a natural break): the 09:30 reset went by.
    const back = run({ ...fresh('09:00', on), awaySince: t('09:20') }, { type: 'idle', idle: 'active', busy: null }, '09:40', on);
    expect(next(back.state, '09:40')).toBe(t('10:10'));
    expect(inTimeZone('Europe/Berlin', () => postureAfter(t('09:00'), 30, on, t('09:40')))).toBe(t('10:10'));
  });

  it('an outdated alarm (the schedule moved since it was set) changes nothing', () => {
    const s = fresh('09:00', on);
    expect(run(s, alarm('09:20'), '09:20', on)).toMatchObject({ state: s, show: false, record: [] });
    expect(run(s, alarm('09:30'), '09:30', base)).toMatchObject({ state: s, show: false });
  });

  it('rotate through the set, each in turn; a dropped one comes next time', () => {
    const { shown } = day({ ...on, intervalMinutes: 240, postureMinutes: 20 });
    expect(shown.slice(0, 7).map((r) => r.kind)).toEqual([...ROTATING_POSTURES, ROTATING_POSTURES[0]]);
    const dropped = run(fresh('09:00', on), alarm('09:30', 'fullscreen'), '09:30', on).state;
    expect(run(dropped, alarm('10:00'), '10:00', on).posture).toBe('chin-tucks');
  });

  it('with a standing desk, alternate "stand up now" after the sitting time and "sit down now" after the standing time (Cornell: 20, 8, 2)', () => {
    const { shown } = day(sitStand, fresh('09:00', sitStand), t('10:30'));
    expect(shown).toEqual([
      { at: t('09:20'), kind: 'stand-up' },
      { at: t('09:28'), kind: 'sit-down' },
      { at: t('09:50'), kind: 'stand-up' },
      { at: t('09:58'), kind: 'sit-down' },
      { at: t('10:20'), kind: 'stand-up' },
    ]);
    const own = day({ ...sitStand, sitMinutes: 30, standMinutes: 15, moveMinutes: 5 }, fresh('09:00', sitStand), t('10:30')).shown;
    expect(own.map((r) => [r.at, r.kind])).toEqual([[t('09:30'), 'stand-up'], [t('09:45'), 'sit-down'], [t('10:20'), 'stand-up']]);
    // After a drill the rhythm starts over, sitting.
    const done = { ...fresh('09:00', sitStand), lastResetAt: t('10:35'), posture: { kind: 'stand-up' as const, at: t('10:20'), shown: true } };
    expect(next(done, '10:35', sitStand)).toBe(t('10:55'));
  });
});

describe('posture resets across midnight', () => {
  it('working time that runs on past midnight is one stretch: the gap runs on through it', () => {
    const always: Settings = { ...on, workDays: [0, 1, 2, 3, 4, 5, 6], workHours: [{ start: '00:00', end: '24:00' }] };
    const state = { ...fresh('09:00', always), lastResetAt: t('23:50', '02'), nextBreakAt: null };
    expect(next(state, '23:55', always)).toBe(t('00:20', '03'));
    // Looked at again just after midnight (any event): the same time, not 30 minutes from midnight.
    const after = berlin(() => nextPostureAt(state, always, t('00:05', '03')));
    expect(after).toBe(t('00:20', '03'));
    const night: Settings = { ...on, workDays: [0, 1, 2, 3, 4, 5, 6], workHours: [{ start: '00:00', end: '06:00' }, { start: '22:00', end: '24:00' }] };
    expect(next({ ...state, lastResetAt: t('23:45', '02') }, '23:50', night)).toBe(t('00:15', '03'));
  });
});
