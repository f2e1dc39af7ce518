import browser from './browser';

/** The one alarm that carries the schedule. Creating it again replaces it, so there is never a second. */
export const BREAK_ALARM = 'break';
/** Optional, separate from the schedule: the warning before a break and the badge countdown. */
export const HEADS_UP_ALARM = 'heads-up';
export const BADGE_ALARM = 'badge';
export const ROUTINE_ALARMS = { morning: 'routine-morning', evening: 'routine-evening' } as const;

export type AlarmName = typeof BREAK_ALARM | typeof HEADS_UP_ALARM | typeof BADGE_ALARM | (typeof ROUTINE_ALARMS)[keyof typeof ROUTINE_ALARMS];

export async function setAlarm(name: AlarmName, when: number, periodInMinutes?: number): Promise<void> {
  await browser.alarms.create(name, periodInMinutes === undefined ? { when } : { when, periodInMinutes });
}

export async function clearAlarm(name: AlarmName): Promise<void> {
  await browser.alarms.clear(name);
}

export async function getAlarm(name: AlarmName) {
  return (await browser.alarms.get(name)) ?? null;
}

export function onAlarm(name: AlarmName, callback: () => Promise<void>): void {
  browser.alarms.onAlarm.addListener((alarm) => (alarm.name === name ? callback() : undefined));
}
