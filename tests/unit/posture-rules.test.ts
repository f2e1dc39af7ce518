import { describe, expect, it } from 'vitest';
import type { SchedulerEvent } from '../../src/core/machine';
import { nextPostureAt, postureAfter, upcomingPosture } from '../../src/core/posture';
import { nextBreakAt } from '../../src/core/schedule';
import type { Settings } from '../../src/core/settings';
import type { State } from '../../src/core/state';
import { fresh, MIN, run, settings as base, t } from './machine-run';
import { inTimeZone, useTimeZone } from './tz';

// The posture resets' rules at their edges: the exact minute a limit falls on, the weeks with no
// room for a reset, and states the worker's own flow rarely makes (another version's record).

useTimeZone('Europe/Berlin');

const on: Settings = { ...base, postureResets: true };
const sitStand: Settings = { ...on, sitStand: true };
const berlin = <T>(fn: () => T) => inTimeZone('Europe/Berlin', fn);
const next = (state: State, at: string, s: Settings = on) => berlin(() => nextPostureAt(state, s, t(at)));
const after = (anchor: number, gap: number, week: Pick<Settings, 'workDays' | 'workHours'>, now: number) => berlin(() => postureAfter(anchor, gap, week, now));
const alarm = (scheduledAt: number): SchedulerEvent => ({ type: 'posture', idle: 'active', busy: null, scheduledAt });

describe('when the next reset falls', () => {
  it('one due exactly now comes as soon as an alarm can be set, not a whole gap later', () => {
    expect(after(t('09:00'), 30, on, t('09:30'))).toBe(t('09:31'));
  });

  it('one that would fall exactly at the end of working time goes to the next working day', () => {
    expect(after(t('17:00'), 30, on, t('17:00'))).toBe(t('09:30', '03'));
  });

  it('none in a week without working days', () => {
    expect(after(t('09:00'), 30, { ...on, workDays: [] }, t('09:00'))).toBeNull();
  });

  it('none when every working period is shorter than the gap, and the search ends', () => {
    expect(after(t('09:00'), 30, { ...on, workHours: [{ start: '09:00', end: '09:20' }] }, t('09:00'))).toBeNull();
  });

  it('with no drill to come (working periods shorter than the drill interval), the resets come all the same', () => {
    const short: Settings = { ...on, workHours: [{ start: '09:00', end: '10:00' }] };
    const state = fresh('09:00', short);
    expect(berlin(() => nextBreakAt(state, short, t('09:00')))).toBeNull();
    expect(next(state, '09:00', short)).toBe(t('09:30'));
  });
});

describe('the sit-stand rhythm at its edges', () => {
  it('a drill timer reset at the very instant of the last prompt starts the rhythm over, sitting first', () => {
    const state = { ...fresh('10:00', sitStand), posture: { kind: 'stand-up' as const, at: t('10:00'), shown: true } };
    expect(upcomingPosture(state, sitStand)).toEqual({ kind: 'stand-up', anchor: t('10:00'), gap: 20 });
    expect(next(state, '10:00', sitStand)).toBe(t('10:20'));
  });

  it('never within 10 minutes after the drill timer was reset, whatever the stored reset says', () => {
    // A stand-up recorded 5 minutes after the reset (another version's record): a 2-minute stand
    // would bring "sit down" 7 minutes after it, too soon; 8 minutes after, it comes exactly at 10.
    const short: Settings = { ...sitStand, standMinutes: 2 };
    const at = (hhmm: string) => ({ ...fresh('10:00', short), posture: { kind: 'stand-up' as const, at: t(hhmm), shown: true } });
    expect(next(at('10:05'), '10:05', short)).toBeNull();
    expect(next(at('10:08'), '10:08', short)).toBe(t('10:10'));
  });
});

describe('a reset alarm that fires late', () => {
  it('is shown up to just under 2 minutes late, and dropped at 2', () => {
    const state = fresh('09:00', on);
    expect(run(state, alarm(t('09:30')), t('09:32') - 1, on).posture).toBe('chin-tucks');
    const dropped = run(state, alarm(t('09:30')), t('09:32'), on);
    expect(dropped.posture).toBeUndefined();
    expect(dropped.state.posture).toEqual({ kind: 'chin-tucks', at: t('09:32'), shown: false });
    expect(next(dropped.state, '09:32')).toBe(t('09:32') + 30 * MIN);
  });
});

describe('a reset whose last anchor is long past', () => {
  it('still comes a whole gap after now, however many working periods lie between', () => {
    const months = inTimeZone('Europe/Berlin', () => {
      const s: Settings = { ...base, postureResets: true, intervalMinutes: 240 };
      const old = new Date('2025-11-03T09:00').getTime(); // four months of working days before
      const now = new Date('2026-03-02T09:40').getTime();
      return [postureAfter(old, 30, s, now), now + 30 * 60_000];
    });
    expect(months[0]).toBe(months[1]);
  });
});
