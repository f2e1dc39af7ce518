import { describe, expect, it } from 'vitest';
import type { Settings } from '../../src/core/settings';
import { alarm, fresh, naturalAt, run, runAll, settings, t } from './machine-run';
import { useTimeZone } from './tz';

useTimeZone('Europe/Berlin');
const away = (from: string | number, back: string | number, s: Settings = settings, state = fresh('09:00', s)) =>
  run(run(state, { type: 'idle', idle: 'locked' }, from, s).state, { type: 'idle', idle: 'active' }, back, s);

describe('a pause that ran out while the machine slept or the browser was closed (issue 12.1)', () => {
  const paused = run(fresh('09:00'), { type: 'pause', until: t('13:10') }, '12:10').state;

  it('waking long after it ended, the absence since its end is a natural break; no break springs a minute later', () => {
    const woke = run(paused, alarm('active', '13:10'), '15:00');
    expect(woke).toMatchObject({ show: false, record: [naturalAt(t('15:00'))] });
    expect(woke.state).toMatchObject({ pause: null, pending: null, awaySince: null, lastResetAt: t('15:00'), nextBreakAt: t('16:30') });
    expect(run(woke.state, alarm('active', '15:01'), '15:01')).toMatchObject({ show: false, record: [] });
  });

  it('the absence starts at the pause end: exactly the idle threshold later is away, a moment less is not', () => {
    expect(run(paused, alarm('active', '13:10'), '13:15')).toMatchObject({ record: [naturalAt(t('13:15'))], state: { lastResetAt: t('13:15') } });
    const onTime = run(paused, alarm('active', '13:10'), t('13:15') - 1);
    expect(onTime).toMatchObject({ show: false, record: [], state: { pause: null, awaySince: null, lastResetAt: t('13:10'), nextBreakAt: t('14:40') } });
  });

  it('waking still locked: the absence is dated from the pause end and the return records it', () => {
    const woke = run(paused, alarm('locked', '13:10'), '15:00');
    expect(woke).toMatchObject({ show: false, record: [], state: { pause: null, awaySince: t('13:10'), lastResetAt: t('13:10') } });
    const back = run(woke.state, { type: 'idle', idle: 'active' }, '15:02');
    expect(back).toMatchObject({ show: false, record: [naturalAt(t('15:02'))], state: { lastResetAt: t('15:02'), nextBreakAt: t('16:32') } });
  });

  it('time away during the pause is not counted: only the absence after it ended', () => {
    const locked = run(paused, { type: 'idle', idle: 'locked' }, '12:30').state;
    const ended = run(locked, alarm('locked', '13:10'), '13:10');
    expect(ended.state).toMatchObject({ pause: null, awaySince: t('13:10') });
    expect(run(ended.state, { type: 'idle', idle: 'active' }, t('13:15') - 1)).toMatchObject({ show: false, record: [], state: { awaySince: null, nextBreakAt: t('14:40') } });
    expect(run(ended.state, { type: 'idle', idle: 'active' }, '13:15').record).toEqual([naturalAt(t('13:15'))]);
  });

  it('a pause that ended near the close of the day, asleep into the evening: nothing recorded, tomorrow as usual', () => {
    const late = run(fresh('09:00'), { type: 'pause', until: t('17:00') }, '16:00').state;
    const woke = run(late, alarm('active', '17:00'), '19:00');
    expect(woke).toMatchObject({ show: false, record: [], state: { pause: null, lastResetAt: t('19:00'), nextBreakAt: t('10:30', '03') } });
  });

  it('the browser reopened after the pause ended: startup and the missed alarm, in either order, end it the same way', () => {
    const first = runAll(paused, [{ type: 'startup' }, alarm('active', '13:10')], '15:00');
    const second = runAll(paused, [alarm('active', '13:10'), { type: 'startup' }], '15:00');
    expect(first).toEqual(second);
    expect(first).toMatchObject({ shows: 0, record: [naturalAt(t('15:00'))], state: { pause: null, lastResetAt: t('15:00'), nextBreakAt: t('16:30') } });
  });
});

describe('a natural break is time away from work, not the night (issue 12.2)', () => {
  const lunch: Settings = { ...settings, workHours: [{ start: '09:00', end: '12:00' }, { start: '13:00', end: '17:30' }] };

  it('locked at 17:10, back at 09:10 the next morning: nothing recorded; the timer starts from the return', () => {
    const evening = fresh('16:00'); // 17:30 is the end, so the next break is tomorrow's
    const next = away(t('17:10'), t('09:10', '03'), settings, evening);
    expect(next).toMatchObject({ show: false, record: [], state: { awaySince: null, pending: null, lastResetAt: t('09:10', '03'), nextBreakAt: t('10:40', '03') } });
  });

  it('back before work starts: nothing recorded, and the start of the working period is the reset', () => {
    const back = away(t('17:10'), t('08:30', '03'), settings, fresh('16:00'));
    expect(back).toMatchObject({ record: [], state: { lastResetAt: t('08:30', '03'), nextBreakAt: t('10:30', '03') } });
  });

  it('an absence counts from the idle threshold: a moment less is only a short step away', () => {
    expect(away('10:00', '10:05').record).toEqual([naturalAt(t('10:05'))]);
    expect(away('10:00', t('10:05') - 1)).toMatchObject({ record: [], state: { lastResetAt: t('09:00'), nextBreakAt: t('10:30') } });
  });

  it('the edges of the working period: leaving at its start and returning at its end both lie inside it', () => {
    const evening = fresh('16:00');
    expect(away('17:00', '17:30', settings, evening).record).toEqual([naturalAt(t('17:30'))]);
    expect(away('17:00', t('17:30') + 1, settings, evening).record).toEqual([]);
    const early = fresh('08:00');
    expect(away('09:00', '09:10', settings, early).record).toEqual([naturalAt(t('09:10'))]);
    expect(away(t('09:00') - 1, '09:10', settings, early).record).toEqual([]);
  });

  it('lunch: away across the gap records nothing, inside one period it is a break', () => {
    const morning = fresh('10:40', lunch); // next break 14:30, after lunch
    const across = away('11:50', '13:10', lunch, morning);
    expect(across).toMatchObject({ record: [], state: { lastResetAt: t('13:10'), nextBreakAt: t('14:40') } });
    expect(away('12:10', '12:50', lunch, morning).record).toEqual([]);
    expect(away('13:10', '13:20', lunch, morning).record).toEqual([naturalAt(t('13:20'))]);
  });

  it('a break that fell due while away is stood in for by the absence, even across the end of the day', () => {
    const held = run(run(fresh('15:30'), { type: 'idle', idle: 'locked' }, '16:55').state, alarm('locked', '17:00'), '17:00').state;
    expect(held.pending).toMatchObject({ dueAt: t('17:00'), held: true });
    expect(run(held, { type: 'idle', idle: 'active' }, t('09:10', '03')).record).toEqual([naturalAt(t('09:10', '03'), t('17:00'))]);
  });

  it('an absence while paused is no break, however long', () => {
    const paused = run(fresh('09:00'), { type: 'pause', until: null }, '09:30').state;
    expect(away('10:00', '11:00', settings, paused)).toMatchObject({ record: [], state: { pause: { until: null } } });
  });
});
