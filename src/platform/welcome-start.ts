import browser from './browser';
import type { WelcomeProgress } from '../core/welcome';

// What the worker needs of the welcome, apart from the rest so its bundle stays small.

export const WELCOME_KEY = 'welcome';
export const WELCOME_PAGE = 'src/welcome/index.html';

/** On a first install (storage starts empty): the welcome starts at its first step, in a tab of its own. */
export async function startWelcome(): Promise<void> {
  const start: WelcomeProgress = { step: 'safety', finishedAt: null };
  await browser.storage.local.set({ [WELCOME_KEY]: start });
  await openWelcomePage();
}

/** A tab on our own page needs no permission. */
export async function openWelcomePage(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) });
}
