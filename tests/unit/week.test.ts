import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { fakeIdle } from './fake-gaps';
import { at, awake, send, sleep, useWeek } from './week-sim';

// A working week through the real service-worker wiring, with Chrome's alarm behaviour played by
// hand: on time while awake, once and late after sleep. Europe/Berlin, default settings
// (Mon–Fri 09:00–17:30, every 90 minutes, 5 minutes away counts as a break).
const { shown } = useWeek();

async function idle(t: number, s: 'idle' | 'locked' | 'active') {
  vi.setSystemTime(t);
  await fakeIdle.set(s);
}

describe('a simulated working week', () => {
  it('shows exactly the breaks the schedule promises: no duplicates, nothing stale, nothing at the weekend', async () => {
    // Monday: an ordinary day: 10:30, 12:00, 13:30, 15:00, 16:30.
    await awake(at('02', '23:59'));
    // Tuesday: away from 11:00 to 12:30 (a long lunch): the 12:00 break is a natural one.
    await awake(at('03', '11:05'));
    await idle(at('03', '11:05'), 'idle');
    await awake(at('03', '12:30'), 'none');
    await idle(at('03', '12:30'), 'active');
    await awake(at('03', '23:59'));
    // Wednesday: the screen is locked for three minutes as the 12:00 break falls due: shown at 12:01.
    await awake(at('04', '11:58'));
    await idle(at('04', '11:58'), 'locked');
    await awake(at('04', '12:01'), 'none');
    await idle(at('04', '12:01'), 'active');
    await send({ type: 'finish', outcome: 'done' });
    await awake(at('05', '11:00'));
    // Thursday: the laptop sleeps from 11:00 to 14:00: no stale 12:00 break, no burst; a fresh start at 14:00.
    await sleep(at('05', '14:00'));
    await awake(at('05', '23:59'));
    // Friday: snooze the first break 5 minutes, then pause an hour after the second.
    await awake(at('06', '10:30'), 'none');
    await send({ type: 'snooze', minutes: 5 });
    await awake(at('06', '10:35'), 'none');
    await send({ type: 'finish', outcome: 'done' });
    await awake(at('06', '12:10'));
    await send({ type: 'pause', kind: '1h' });
    await awake(at('08', '23:59'));

    const times = shown.map((t) => new Date(t).toTimeString().slice(0, 5));
    expect(times).toEqual([
      '10:30', '12:00', '13:30', '15:00', '16:30', // Monday
      '10:30', '14:00', '15:30', '17:00', // Tuesday: 12:00 was natural, the timer restarted at 12:30
      '10:30', '12:01', '13:31', '15:01', '16:31', // Wednesday
      '10:30', '15:30', '17:00', // Thursday: the 12:00 break slept through counts as natural
      '10:30', '10:35', '12:05', '14:40', '16:10', // Friday: snoozed once; paused 12:10–13:10
    ]);
    expect(new Set(shown).size).toBe(shown.length);
    const history = ((await fakeBrowser.storage.local.get('history')).history ?? []) as { outcome: string }[];
    expect(history.filter((e) => e.outcome === 'natural')).toHaveLength(2);
    expect(history.filter((e) => e.outcome === 'snoozed')).toHaveLength(1);
    expect(history.filter((e) => e.outcome === 'done')).toHaveLength(21);
  });
});
