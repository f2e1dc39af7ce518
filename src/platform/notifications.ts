import browser from './browser';

export const BREAK_NOTIFICATION = 'break';
export const HEADS_UP_NOTIFICATION = 'heads-up';

export const ROUTINE_NOTIFICATIONS = { morning: 'routine-morning', evening: 'routine-evening' } as const;

type NotificationId = typeof BREAK_NOTIFICATION | typeof HEADS_UP_NOTIFICATION | (typeof ROUTINE_NOTIFICATIONS)[keyof typeof ROUTINE_NOTIFICATIONS];

/** Firefox has no notification buttons, and no event for a click on one: their absence tells. */
const buttonEvent = () => browser.notifications.onButtonClicked as typeof browser.notifications.onButtonClicked | undefined;

/**
 * Shows a notification; `quiet` asks for no sound or vibration. Buttons are asked for only where
 * a click on one can be heard; they and quiet are dropped where the browser refuses them
 * (Firefox refuses buttons outright). A click on the notification itself still opens the drill.
 */
export async function notify(id: NotificationId, title: string, message: string, offered: string[] = [], quiet = false): Promise<void> {
  const base = { type: 'basic' as const, iconUrl: browser.runtime.getURL('icons/icon-128.png'), title, message };
  const buttons = buttonEvent() ? offered : [];
  if (buttons.length > 0 || quiet) {
    try {
      const extra = { ...(buttons.length > 0 ? { buttons: buttons.map((title) => ({ title })) } : {}), ...(quiet ? { silent: true } : {}) };
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
