import browser from './browser';

// Listeners return the handler's promise: the browser ignores it, and tests can await it.

/**
 * 'install', or 'update' for every other reason: the extension's update, and the browser's (which
 * restarts it, with an onStartup of its own). Either way the worker starts while the browser runs.
 */
export function onInstalled(callback: (reason: 'install' | 'update') => Promise<void>): void {
  browser.runtime.onInstalled.addListener((details) => callback(details.reason === 'install' ? 'install' : 'update'));
}

export function onStartup(callback: () => Promise<void>): void {
  browser.runtime.onStartup.addListener(() => callback());
}



export const START_BREAK_SHORTCUT = 'start-break';

/** Firefox for Android has no commands API: there, no shortcut, and nothing else is lost. */
export function onShortcut(callback: (name: string) => Promise<void>): void {
  (browser.commands as typeof browser.commands | undefined)?.onCommand.addListener((name: string) => callback(name));
}
