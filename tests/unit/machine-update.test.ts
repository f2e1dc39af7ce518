import { describe, expect, it } from 'vitest';
import type { IdleState, SchedulerEvent } from '../../src/core/machine';
import { alarm, fresh, naturalAt, run, t } from './machine-run';
import { useTimeZone } from './tz';

// Issue 23 item 3 in the pure machine: an update of the extension while the browser runs, and a
// browser start that asks the idle state instead of assuming the user is back.
useTimeZone('Europe/Berlin');
const update = (idle: IdleState): SchedulerEvent => ({ type: 'update', idle, busy: null });
const startup = (idle: IdleState): SchedulerEvent => ({ type: 'startup', idle, busy: null });
const lockedAt = (at: string) => run(fresh('09:00'), { type: 'idle', idle: 'locked' }, at).state;

describe('an update', () => {
  it('still locked: the absence and the schedule stay as they were', () => {
    const before = lockedAt('10:00');
    const d = run(before, update('locked'), '10:20');
    expect(d).toMatchObject({ show: false, record: [] });
    expect(d.state).toEqual({ ...before, nextBreakAt: t('10:30') });
  });

  it('back already (the return went unreported): the absence is settled as a return', () => {
    const d = run(lockedAt('10:00'), update('active'), '10:20');
    expect(d).toMatchObject({ show: false, record: [naturalAt(t('10:20'))], state: { awaySince: null, lastResetAt: t('10:20'), nextBreakAt: t('11:50') } });
  });

  it('idle for the detection interval: an absence begins, dated that long ago', () => {
    expect(run(fresh('09:00'), update('idle'), '10:00').state.awaySince).toBe(t('09:55'));
  });

  it('a break due meanwhile, behind a locked screen: held, as its alarm would have held it', () => {
    const before = lockedAt('10:28');
    const d = run(before, update('locked'), '10:31');
    expect(d.show).toBe(false);
    expect(d.state).toMatchObject({ awaySince: t('10:28'), pending: { dueAt: t('10:30'), held: true } });
    // And the alarm, delivered after all, is outdated.
    expect(run(d.state, alarm('locked', '10:30'), '10:31')).toMatchObject({ show: false, record: [] });
  });

  it('a break due meanwhile at the desk: shown, as its alarm would have shown it', () => {
    expect(run(fresh('09:00'), update('active'), '10:31')).toMatchObject({ show: true, state: { pending: { dueAt: t('10:30'), shownAt: t('10:31') } } });
  });

  it('a break on screen stays; its window is forgotten (the update closed it)', () => {
    const shown = run(fresh('09:00'), alarm('active', '10:30'), '10:30').state;
    const d = run({ ...shown, drillWindowId: 7 }, update('active'), '10:50');
    expect(d).toMatchObject({ show: false, record: [] });
    expect(d.state).toMatchObject({ pending: shown.pending, lastResetAt: t('09:00'), drillWindowId: null });
  });
});

describe('a browser start asks the idle state', () => {
  it('at the desk: as before, the closed browser was an absence and is over', () => {
    const d = run(lockedAt('10:00'), startup('active'), '13:00');
    expect(d).toMatchObject({ show: false, record: [naturalAt(t('13:00'), t('10:30'))], state: { awaySince: null, pending: null } });
  });

  it('behind a locked screen: a break due a moment ago is held, the absence begins now', () => {
    const d = run(fresh('09:00'), startup('locked'), '10:31');
    expect(d).toMatchObject({ show: false, record: [], state: { awaySince: t('10:31'), pending: { dueAt: t('10:30'), held: true } } });
  });

  it('behind a locked screen long after: the held break waits for the return, which records it once', () => {
    const d = run(lockedAt('10:00'), startup('locked'), '13:00');
    // Asleep or closed past the alarm's time: the absence is dated from it at the latest, as after sleep.
    expect(d).toMatchObject({ show: false, record: [], state: { awaySince: t('10:30'), pending: { dueAt: t('10:30'), held: true } } });
    const back = run(d.state, { type: 'idle', idle: 'active' }, '13:20');
    expect(back).toMatchObject({ show: false, record: [naturalAt(t('13:20'), t('10:30'))], state: { pending: null, lastResetAt: t('13:20') } });
  });

  it('a stale break on screen is dropped whoever is there', () => {
    const shown = run(fresh('09:00'), alarm('active', '10:30'), '10:30').state;
    for (const idle of ['active', 'locked'] as const) expect(run(shown, startup(idle), '11:00').state).toMatchObject({ pending: null, lastResetAt: t('11:00') });
  });
});
