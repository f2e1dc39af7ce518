import browser from './browser';
import { readWelcome, WELCOME_START, type WelcomeProgress } from '../core/welcome';
import { watch, type Unsubscribe } from './storage';

export const WELCOME_KEY = 'welcome';
export const WELCOME_PAGE = 'src/welcome/index.html';

export async function loadWelcome(): Promise<WelcomeProgress | null> {
  return readWelcome((await browser.storage.local.get(WELCOME_KEY))[WELCOME_KEY]);
}

export async function saveWelcome(progress: WelcomeProgress): Promise<void> {
  await browser.storage.local.set({ [WELCOME_KEY]: progress });
}

export function onWelcomeChanged(callback: (progress: WelcomeProgress | null) => void): Unsubscribe {
  return watch('local', WELCOME_KEY, (raw) => callback(readWelcome(raw)));
}

/** On a first install (storage starts empty): the welcome starts at its first step, in a tab of its own. */
export async function startWelcome(): Promise<void> {
  await saveWelcome(WELCOME_START);
  await openWelcomePage();
}

/** A tab on our own page needs no permission. */
export async function openWelcomePage(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) });
}

/** Closes the tab this page is in (the welcome, once finished); a page cannot close a tab it did not open by script. */
export async function closeThisTab(): Promise<void> {
  const tab = await browser.tabs.getCurrent();
  if (tab?.id !== undefined) await browser.tabs.remove(tab.id);
}
