import browser from './browser';

export const BREAK_ALARM = 'break';

/**
 * One named alarm carries the schedule; creating it again replaces it, so there is never a second.
 * The period is a safety net: if a handler dies before rescheduling, the break still comes back.
 */
export async function setBreakAlarm(when: number, periodInMinutes: number): Promise<void> {
  await browser.alarms.create(BREAK_ALARM, { when, periodInMinutes });
}

export async function getBreakAlarm() {
  return (await browser.alarms.get(BREAK_ALARM)) ?? null;
}

export function onBreakAlarm(callback: (scheduledTime: number) => Promise<void>): void {
  browser.alarms.onAlarm.addListener((alarm) => (alarm.name === BREAK_ALARM ? callback(alarm.scheduledTime) : undefined));
}
