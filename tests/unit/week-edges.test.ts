import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { DEFAULT_SETTINGS, toStored } from '../../src/core/settings';
import { fakeIdle } from './fake-gaps';
import { inTimeZone, useTimeZone } from './tz';

// A week at the edges of working time, through the real service-worker wiring, with Chrome's alarm
// behaviour played by hand (on time while awake, once and late after sleep). Europe/Berlin,
// Mon–Fri 09:00–12:30 and 13:30–17:30 (a lunch gap), every 90 minutes, 5 minutes away is a break.
useTimeZone('Europe/Berlin');

const at = (day: string, hhmm: string) => inTimeZone('Europe/Berlin', () => new Date(`2026-03-${day}T${hhmm}`).getTime());
const LUNCH = [{ start: '09:00', end: '12:30' }, { start: '13:30', end: '17:30' }];
const shown: number[] = [];

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(at('02', '08:00')); // Monday, before work
  vi.resetModules();
  await import('../../src/background/index');
  vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue(undefined);
  const create = fakeBrowser.notifications.create.bind(fakeBrowser.notifications);
  vi.spyOn(fakeBrowser.notifications, 'create').mockImplementation(((id: string, options: never) => {
    if (id === 'break') shown.push(Date.now());
    return create(id, options);
  }) as never);
  await fakeBrowser.storage.sync.set({ settings: toStored({ ...DEFAULT_SETTINGS, workHours: LUNCH, safetyAcknowledged: true }) });
  await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
  await vi.waitFor(async () => expect((await fakeBrowser.alarms.get('break'))?.scheduledTime).toBe(at('02', '10:30')));
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  shown.length = 0;
});

const state = async () => (await fakeBrowser.storage.local.get('state')).state as any;
const send = (m: unknown) => fakeBrowser.runtime.sendMessage(m);

/** Lets time run to `until`, firing the break alarm whenever it falls due; each break shown is done at once. */
async function awake(until: number, answer: 'done' | 'none' = 'done') {
  for (let guard = 0; guard < 50; guard++) {
    const alarm = await fakeBrowser.alarms.get('break');
    if (!alarm || alarm.scheduledTime > until) break;
    vi.setSystemTime(alarm.scheduledTime);
    await fakeBrowser.alarms.onAlarm.trigger(alarm);
    const s = await state();
    if (answer === 'done' && s.pending && !s.pending.held && !s.pending.snoozedUntil) await send({ type: 'finish', outcome: 'done' });
  }
  vi.setSystemTime(until);
}

/** The machine sleeps from now to `until`: nothing fires; on waking, a missed alarm fires once, late. */
async function sleep(until: number) {
  vi.setSystemTime(until);
  const alarm = await fakeBrowser.alarms.get('break');
  if (alarm && alarm.scheduledTime <= until) await fakeBrowser.alarms.onAlarm.trigger(alarm);
}

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
