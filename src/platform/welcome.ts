import browser from './browser';
import { readWelcome, type WelcomeProgress } from '../core/welcome';
import { watch, type Unsubscribe } from './storage';
import { WELCOME_KEY } from './welcome-start';

export { WELCOME_PAGE } from './welcome-start';

export async function loadWelcome(): Promise<WelcomeProgress | null> {
  return readWelcome((await browser.storage.local.get(WELCOME_KEY))[WELCOME_KEY]);
}

export async function saveWelcome(progress: WelcomeProgress): Promise<void> {
  await browser.storage.local.set({ [WELCOME_KEY]: progress });
}

export function onWelcomeChanged(callback: (progress: WelcomeProgress | null) => void): Unsubscribe {
  return watch('local', WELCOME_KEY, (raw) => callback(readWelcome(raw)));
}

/** Closes the tab this page is in (the welcome, once finished); a page cannot close a tab it did not open by script. */
export async function closeThisTab(): Promise<void> {
  const tab = await browser.tabs.getCurrent();
  if (tab?.id !== undefined) await browser.tabs.remove(tab.id);
}
