import { fakeBrowser } from '@webext-core/fake-browser';
import { DEFAULT_SETTINGS, toStored, type Settings } from '../../src/core/settings';
import { WORKER_LOCK } from '../../src/background/queue';
import { inTimeZone } from './tz';

// Shared by the worker's routine and time-zone tests: times in a named zone on Monday 2 March 2026,
// and an install with the evening routine at 18:00.

export const at = (zone: string, hhmm: string, day = '02') => inTimeZone(zone, () => new Date(`2026-03-${day}T${hhmm}`).getTime());

/** Resolves once the worker's queued handlers have run. */
export const settle = () => navigator.locks.request(WORKER_LOCK, () => undefined);

export const alarmAt = async (name: string) => (await fakeBrowser.alarms.get(name))?.scheduledTime ?? null;

export async function install(over: Partial<Settings>) {
  await fakeBrowser.storage.sync.set({ settings: toStored({ ...DEFAULT_SETTINGS, eveningRoutine: true, eveningTime: '18:00', ...over }) });
  await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
  await settle();
}
