import browser from './browser';

export const BREAK_NOTIFICATION = 'break';
export const HEADS_UP_NOTIFICATION = 'heads-up';
export const POSTURE_NOTIFICATION = 'posture';

export const ROUTINE_NOTIFICATIONS = { morning: 'routine-morning', evening: 'routine-evening' } as const;

type NotificationId = typeof BREAK_NOTIFICATION | typeof HEADS_UP_NOTIFICATION | typeof POSTURE_NOTIFICATION | (typeof ROUTINE_NOTIFICATIONS)[keyof typeof ROUTINE_NOTIFICATIONS];

/** The event for a click on a button, where the browser has one. */
const buttonEvent = () => browser.notifications.onButtonClicked as typeof browser.notifications.onButtonClicked | undefined;

// Firefox's notifications take neither buttons nor `silent`: it refuses a notification that asks
// for either, yet has an onButtonClicked (an event that never fires), so its build knows from the
// build. Elsewhere a browser without the event has no buttons either.
const firefox = () => import.meta.env.MODE === 'firefox';

/**
 * Shows a notification; `quiet` asks for no sound or vibration. Buttons and quiet are asked for
 * only where the browser has them, and dropped where it refuses them all the same (a plain
 * notification comes instead). A click on the notification itself still opens the drill.
 */
export async function notify(id: NotificationId, title: string, message: string, offered: string[] = [], quiet = false): Promise<void> {
  const base = { type: 'basic' as const, iconUrl: browser.runtime.getURL('icons/icon-128.png'), title, message };
  const buttons = !firefox() && buttonEvent() ? offered : [];
  const silent = quiet && !firefox();
  if (buttons.length > 0 || silent) {
    try {
      const extra = { ...(buttons.length > 0 ? { buttons: buttons.map((title) => ({ title })) } : {}), ...(silent ? { silent: true } : {}) };
      await browser.notifications.create(id, { ...base, ...extra } as typeof base);
      return;
    } catch {
      // fall through to a plain notification; a click on it still opens the drill
    }
  }
  await browser.notifications.create(id, base);
}

export async function clearNotification(id: NotificationId): Promise<void> {
  await browser.notifications.clear(id);
}

export function onNotificationClicked(callback: (id: string) => Promise<void>): void {
  browser.notifications.onClicked.addListener((id) => callback(id));
}

export function onNotificationButton(callback: (id: string, index: number) => Promise<void>): void {
  buttonEvent()?.addListener((id, index) => callback(id, index));
}
