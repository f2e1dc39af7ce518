import { afterEach, beforeEach, expect, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { DEFAULT_SETTINGS, toStored, type Settings } from '../../src/core/settings';
import { inTimeZone, useTimeZone } from './tz';

// A simulated March 2026 in Europe/Berlin through the real service-worker wiring, with Chrome's
// alarm behaviour played by hand: on time while awake, once and late after sleep. Call
// `useWeek` at the top of a test file; it installs the worker on Monday 2 March at 08:00.

export const at = (day: string, hhmm: string) => inTimeZone('Europe/Berlin', () => new Date(`2026-03-${day}T${hhmm}`).getTime());

export function useWeek(settings: Partial<Settings> = {}) {
  useTimeZone('Europe/Berlin');
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
    await fakeBrowser.storage.sync.set({ settings: toStored({ ...DEFAULT_SETTINGS, ...settings, safetyAcknowledged: true }) });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await vi.waitFor(async () => expect((await fakeBrowser.alarms.get('break'))?.scheduledTime).toBe(at('02', '10:30')));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
    shown.length = 0;
  });
  return { shown };
}

export const state = async () => (await fakeBrowser.storage.local.get('state')).state as any;
export const send = (m: unknown) => fakeBrowser.runtime.sendMessage(m);

/** Lets time run to `until`, firing the break alarm whenever it falls due; each break shown is done at once. */
export async function awake(until: number, answer: 'done' | 'none' = 'done') {
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
export async function sleep(until: number) {
  vi.setSystemTime(until);
  const alarm = await fakeBrowser.alarms.get('break');
  if (alarm && alarm.scheduledTime <= until) await fakeBrowser.alarms.onAlarm.trigger(alarm);
}
