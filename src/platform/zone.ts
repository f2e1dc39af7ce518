import browser from './browser';

// Routine alarms are set for a clock time in the zone the clock read in when they were set. After
// a change of zone (travel, a system setting) they are set again at the worker's next event; this
// remembers the zone of the last setting, in a key of its own beside the scheduler's state record.
export const ZONE_KEY = 'alarmZone';

/** The zone the clock reads in now, by name: a change of daylight saving time is no change of zone. */
export function currentZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** Whether the clock's zone differs from the one the alarms were last set in (none recorded counts as different). */
export async function zoneMoved(): Promise<boolean> {
  return (await browser.storage.local.get(ZONE_KEY))[ZONE_KEY] !== currentZone();
}

/** Records the zone the alarms were just set in; writes only a change. */
export async function rememberZone(zone: string): Promise<void> {
  if ((await browser.storage.local.get(ZONE_KEY))[ZONE_KEY] !== zone) await browser.storage.local.set({ [ZONE_KEY]: zone });
}
