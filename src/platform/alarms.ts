import browser from './browser';

/** The one alarm that carries the schedule. Creating it again replaces it, so there is never a second. */
export const BREAK_ALARM = 'break';
/** Optional, separate from the schedule: the warning before a break and the badge countdown. */
export const HEADS_UP_ALARM = 'heads-up';
export const BADGE_ALARM = 'badge';
export const ROUTINE_ALARMS = { morning: 'routine-morning', evening: 'routine-evening' } as const;
/** Set only while a break waits for a meeting or presentation to end. */
export const HOLD_ALARM = 'hold-check';
/** The next posture reset, and the moment its notification goes (set only while one is on screen). */
export const POSTURE_ALARM = 'posture';
export const POSTURE_CLEAR_ALARM = 'posture-clear';

export type AlarmName =
  | typeof BREAK_ALARM
  | typeof HEADS_UP_ALARM
  | typeof BADGE_ALARM
  | typeof HOLD_ALARM
  | typeof POSTURE_ALARM
  | typeof POSTURE_CLEAR_ALARM
  | (typeof ROUTINE_ALARMS)[keyof typeof ROUTINE_ALARMS];

/** Sets the named alarm for `when`, or clears it when there is nothing to wake for (null). */
export async function setAlarm(name: AlarmName, when: number | null, periodInMinutes?: number): Promise<void> {
  if (when === null) await browser.alarms.clear(name);
  else await browser.alarms.create(name, periodInMinutes === undefined ? { when } : { when, periodInMinutes });
}

/** `scheduledTime` is when the alarm was meant to fire: the handler can tell a late or outdated one. */
export function onAlarm(name: AlarmName, callback: (scheduledTime: number) => Promise<void>): void {
  browser.alarms.onAlarm.addListener((alarm) => (alarm.name === name ? callback(alarm.scheduledTime) : undefined));
}
