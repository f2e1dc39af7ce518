import { describe, expect, it } from 'vitest';
import type { IdleState, SchedulerEvent } from '../../src/core/machine';
import { alarm, fresh, run, settle, t } from './machine-run';
import { useTimeZone } from './tz';

// The edges of an update and of a browser start that the everyday cases leave out: an update at
// the very minute a break falls due, an update during a pause with no end, and a break that was
// waiting for a call when the browser closed.
useTimeZone('Europe/Berlin');
const update = (idle: IdleState): SchedulerEvent => ({ type: 'update', idle, busy: null });
const startup = (idle: IdleState): SchedulerEvent => ({ type: 'startup', idle, busy: null });

describe('an update at the edges', () => {
  it('at the very minute the break falls due, at the desk: the break comes, as its alarm would bring it', () => {
    const d = run(fresh('09:00'), update('active'), '10:30');
    expect(d).toMatchObject({ show: true, state: { pending: { dueAt: t('10:30'), shownAt: t('10:30') } } });
  });

  it('a minute before the break is due: nothing comes early', () => {
    const d = run(fresh('09:00'), update('active'), '10:29');
    expect(d).toMatchObject({ show: false, record: [], state: { pending: null, nextBreakAt: t('10:30') } });
  });

  it('during a pause with no end, back from an absence nobody reported: the absence ends, the pause stays', () => {
    const paused = run(fresh('09:00'), { type: 'pause', until: null }, '09:30').state;
    const locked = run(paused, { type: 'idle', idle: 'locked' }, '10:00').state;
    expect(locked.awaySince).toBe(t('10:00'));
    const d = run(locked, update('active'), '10:20');
    expect(d).toMatchObject({ show: false, record: [], state: { awaySince: null, pause: { since: t('09:30'), until: null }, nextBreakAt: null } });
  });
});

describe('a browser start after a break waited for a call', () => {
  /** The 10:30 break, shown, then waiting since 10:30 for a tab playing sound to go quiet. */
  const waitingForCall = () => {
    const shown = run(fresh('09:00'), alarm('active', '10:30'), '10:30').state;
    return { shown, waiting: settle({ ...shown, pending: { ...shown.pending!, held: false, waiting: { reason: 'audio' as const, since: t('10:30') } } }, t('10:30')) };
  };

  it('found after the working day: the break is dropped, and the history says how long it waited', () => {
    const { shown, waiting } = waitingForCall();
    const d = run(waiting, startup('active'), '20:00');
    expect(d.show).toBe(false);
    expect(d.record).toEqual([{ at: t('20:00'), outcome: 'held', dueAt: t('10:30'), shownAt: null, drillId: shown.pending!.drillId, rating: null, seconds: 34_200 }]);
    expect(d.state).toMatchObject({ pending: null, awaySince: null });
  });

  it('back within the working day: the stale break says how long it waited, and the timer starts over', () => {
    const { shown, waiting } = waitingForCall();
    const d = run(waiting, startup('active'), '10:40');
    expect(d.show).toBe(false);
    expect(d.record).toEqual([{ at: t('10:40'), outcome: 'held', dueAt: t('10:30'), shownAt: null, drillId: shown.pending!.drillId, rating: null, seconds: 600 }]);
    expect(d.state).toMatchObject({ pending: null, lastResetAt: t('10:40') });
  });

  it('a stale break that was not waiting for anything leaves no such entry', () => {
    const shown = run(fresh('09:00'), alarm('active', '10:30'), '10:30').state;
    expect(run(shown, startup('active'), '13:00').record.filter((e) => e.outcome === 'held')).toEqual([]);
  });
});
