import { vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';

// What the worker tests read from the fake browser, and the alarm they fire, shared by their files.

export const state = async () => (await fakeBrowser.storage.local.get('state')).state as any;
export const history = async () => ((await fakeBrowser.storage.local.get('history')).history ?? []) as any[];
export const notes = () => fakeBrowser.notifications.getAllCreateOptions();
export const send = (message: unknown) => fakeBrowser.runtime.sendMessage(message);

/** Fires the named alarm at `at`, carrying the time it was set for, as Chrome does (late after sleep). */
export async function fire(name: string, at: number) {
  const set = (await fakeBrowser.alarms.get(name))?.scheduledTime ?? at;
  vi.setSystemTime(at);
  await fakeBrowser.alarms.onAlarm.trigger({ name, scheduledTime: Math.min(set, at) } as any);
}

/** A break started now, done and rated; the drill it came with. */
export async function doneAndRated(when: number, rating: string): Promise<string> {
  vi.setSystemTime(when);
  await send({ type: 'start-now' });
  const { drillId } = (await state()).pending;
  await send({ type: 'finish', outcome: 'done', seconds: 30 });
  await send({ type: 'rate', drillId, rating });
  return drillId as string;
}
