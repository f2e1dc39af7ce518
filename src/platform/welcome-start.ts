import browser from './browser';
import type { WelcomeProgress } from '../core/welcome';
import { STATE_KEY } from './storage';

// What the worker needs of the welcome, apart from the rest so its bundle stays small.

export const WELCOME_KEY = 'welcome';
export const WELCOME_PAGE = 'src/welcome/index.html';

/** On a first install (storage starts empty): the welcome starts at its first step, in a tab of its own. */
export async function startWelcome(): Promise<void> {
  const start: WelcomeProgress = { step: 'safety', finishedAt: null };
  await browser.storage.local.set({ [WELCOME_KEY]: start });
  await openWelcomePage();
}

/**
 * Whether this profile already holds what Desk Reset stores: its schedule or welcome here, or
 * anything in sync (settings, written only once someone used it, on this computer or another;
 * read whole, as their keys change between versions and sync holds a few kilobytes at most).
 */
export async function foundKeptData(): Promise<boolean> {
  const [local, sync] = await Promise.all([browser.storage.local.get([STATE_KEY, WELCOME_KEY]), browser.storage.sync.get(null)]);
  return local[STATE_KEY] !== undefined || local[WELCOME_KEY] !== undefined || Object.keys(sync).length > 0;
}

/** A tab on our own page needs no permission. */
export async function openWelcomePage(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) });
}
