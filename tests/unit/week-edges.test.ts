import { describe, expect, it } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { fakeIdle } from './fake-gaps';
import { at, awake, send, sleep, state, useWeek } from './week-sim';

// A week at the edges of working time, through the real service-worker wiring, with Chrome's alarm
// behaviour played by hand (on time while awake, once and late after sleep). Europe/Berlin,
// Mon–Fri 09:00–12:30 and 13:30–17:30 (a lunch gap), every 90 minutes, 5 minutes away is a break.
const LUNCH = [{ start: '09:00', end: '12:30' }, { start: '13:30', end: '17:30' }];
const { shown } = useWeek({ workHours: LUNCH });

async function idle(t: number, s: 'idle' | 'locked' | 'active') {
  await awake(t);
  await fakeIdle.set(s);
}

describe('a week at the edges of working time', () => {
  it('records natural breaks only for time away that stood in for a break, and shows exactly the promised breaks', async () => {
    // Monday: 10:30, 12:00; the 13:30 that would land at lunch moves to 15:00; then 16:30. The night passes quietly.
    await awake(at('03', '08:00'));
    // Tuesday: away from 12:20 to 13:40, across the lunch gap: no natural break; the timer restarts at 13:40.
    await idle(at('03', '12:20'), 'locked');
    await idle(at('03', '13:40'), 'active');
    // Wednesday: paused at 14:00 for 30 minutes, asleep from 14:10 to 16:30. The pause ran out at
    // 14:30: the absence since then is a natural break, and no break springs at 16:31.
    await awake(at('04', '14:00'));
    await send({ type: 'pause', kind: '30m' });
    await sleep(at('04', '16:30'));
    // Thursday: locked at 17:00, after the last break, until 09:10 on Friday: the night, nothing recorded.
    await idle(at('05', '17:00'), 'locked');
    await idle(at('06', '09:10'), 'active');
    // Friday: locked at 16:20; the 16:30 break falls due meanwhile and is held; back at 17:45,
    // after the end of the day: the absence stood in for that break.
    await idle(at('06', '16:20'), 'locked');
    await awake(at('06', '16:45'), 'none');
    await idle(at('06', '17:45'), 'active');
    // The weekend: at the machine on Saturday morning, away for 40 minutes: no working day, nothing.
    await idle(at('07', '11:00'), 'locked');
    await idle(at('07', '11:40'), 'active');
    await awake(at('09', '11:00'));

    const times = shown.map((t) => `${new Date(t).getDate()} ${new Date(t).toTimeString().slice(0, 5)}`);
    expect(times).toEqual([
      '2 10:30', '2 12:00', '2 15:00', '2 16:30', // Monday
      '3 10:30', '3 12:00', '3 15:10', '3 16:40', // Tuesday: the timer restarted at 13:40
      '4 10:30', '4 12:00', // Wednesday: paused, then asleep; 18:00 would be after hours
      '5 10:30', '5 12:00', '5 15:00', '5 16:30', // Thursday
      '6 10:40', '6 12:10', '6 15:00', // Friday: from the 09:10 return; 16:30 was held and answered by the absence
      '9 10:30', // Monday again
    ]);
    const history = ((await fakeBrowser.storage.local.get('history')).history ?? []) as { at: number; outcome: string; dueAt: number | null }[];
    expect(history.filter((e) => e.outcome === 'natural').map(({ at, dueAt }) => ({ at, dueAt }))).toEqual([
      { at: at('04', '16:30'), dueAt: null },
      { at: at('06', '17:45'), dueAt: at('06', '16:30') },
    ]);
    expect(history.filter((e) => e.outcome === 'done')).toHaveLength(18);
    expect(history).toHaveLength(20);
    expect(await state()).toMatchObject({ pause: null, awaySince: null, pending: null, lastResetAt: at('09', '10:30'), nextBreakAt: at('09', '12:00') });
  });
});
