import browser from './browser';

export const BREAK_NOTIFICATION = 'break';

export async function showBreakNotification(title: string, message: string): Promise<void> {
  await browser.notifications.create(BREAK_NOTIFICATION, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('icons/icon-128.png'),
    title,
    message,
  });
}

export async function clearBreakNotification(): Promise<void> {
  await browser.notifications.clear(BREAK_NOTIFICATION);
}

export function onBreakNotificationClicked(callback: () => Promise<void>): void {
  browser.notifications.onClicked.addListener((id) => (id === BREAK_NOTIFICATION ? callback() : undefined));
}
